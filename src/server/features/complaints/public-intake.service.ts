import type {
  PublicComplaintBody,
  PublicForm,
  PublicReceipt,
  PublicStatus,
} from '../../../shared/api/complaints.schema.js';
import { intakeRules, judgeSubmission, publicAttachmentTypes } from '../../../shared/complaints/intake-rules.js';
import { publicUploadPolicy } from '../../adapters/upload-policy.js';
import { type ComplaintStatus } from '../../../shared/complaints/complaint-status.js';
import { nuisanceCategories, type NuisanceCategory } from '../../../shared/barometer/categories.js';
import type { ServiceDeps } from '../context.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import { processAudit } from '../audit/audit.service.js';
import { enqueueMail, type MailOutbox } from '../mail/mail-outbox.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import type { FileService, PreparedFile } from '../files/files.service.js';
import { ComplaintsRepository } from './complaints.repository.js';
import { accessCodeMatches, auditView, defaultResponseDays, syncBarometer } from './complaint-core.js';
import { newComplaintRow, receiveComplaint } from './complaint-intake.js';
import { receiptMail } from './complaint-mail.js';
import type { FormTokens, IntakeLimiter } from './intake-guard.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'> & {
  files: Pick<FileService, 'prepare' | 'writeBytes' | 'insertRows' | 'discard'>;
  outbox: MailOutbox;
  tokens: FormTokens;
  limiter: IntakeLimiter;
  publicUrl: string;
};

/**
 * The citizen's side of the nuisance desk: the public form, the submission (after the spam and flood checks) and the
 * status page.
 */
export class PublicIntakeService {
  constructor(private readonly deps: Deps) {}

  /** The form's data for one municipality; unknown municipalities are 404. */
  async form(slug: string): Promise<PublicForm> {
    const municipality = await this.municipality(slug);
    const geo = await geoOf(this.deps).of(municipality.id);
    return {
      municipality: { slug: municipality.slug, name: municipality.name },
      formToken: this.deps.tokens.issue(municipality.id),
      categories: [...nuisanceCategories],
      wijken: geo
        ? geo.wijken.features.map((f) => ({ code: f.properties.wijk_code, name: f.properties.wijk_naam }))
        : [],
      geojson: geo?.wijken ?? null,
      attribution: geo?.attribution ?? null,
      limits: {
        maxDescriptionChars: intakeRules.maxDescriptionChars,
        maxAttachments: intakeRules.maxAttachments,
        maxAttachmentBytes: intakeRules.maxAttachmentBytes,
        attachmentTypes: Object.keys(publicAttachmentTypes),
        minFillSeconds: intakeRules.minFillMs / 1000,
      },
      responseDays: defaultResponseDays,
    };
  }

  /**
   * Accepts a citizen's complaint: spam rules, rate limits, attachments, then one transaction with the barometer, audit
   * and receipt mail.
   */
  async submit(body: PublicComplaintBody, address: string): Promise<PublicReceipt> {
    const { db, clock } = this.deps;
    const municipality = await this.municipality(body.municipality);
    const now = clock.now();
    const issuedAt = this.deps.tokens.issuedAt(municipality.id, body.formToken);
    if (issuedAt === null) throw new AppError('COMPLAINT_FORM_EXPIRED');
    const verdict = judgeSubmission({
      honeypot: body.website,
      formIssuedAt: issuedAt,
      now: now.getTime(),
      description: body.description,
    });
    if (verdict === 'too_fast') throw new AppError('COMPLAINT_FORM_TOO_FAST');
    if (verdict === 'form_expired') throw new AppError('COMPLAINT_FORM_EXPIRED');
    if (verdict) throw new AppError('COMPLAINT_SPAM');
    const wait = await this.deps.limiter.trySubmit(address);
    if (wait > 0) {
      throw new AppError('COMPLAINT_RATE_LIMITED', { retryAfterSeconds: wait }, { 'retry-after': String(wait) });
    }

    const received = await receiveComplaint(this.deps, municipality.id, body, now);
    // Attachments are judged by their bytes (the one upload policy: images re-encoded, active PDFs refused); their
    // bytes are written first and recorded in the complaint's transaction, and removed again when it fails.
    const prepared = (body.attachments ?? []).map((a): PreparedFile => {
      try {
        return this.deps.files.prepare(a.name, a.contentBase64, publicUploadPolicy);
      } catch (error) {
        if (
          error instanceof AppError &&
          (error.code === 'UPLOAD_TYPE_NOT_ALLOWED' || error.code === 'UPLOAD_TOO_LARGE')
        ) {
          throw new AppError('COMPLAINT_ATTACHMENT_REJECTED', { name: a.name, reason: error.code });
        }
        throw error;
      }
    });
    const system = { userId: '', municipalityId: municipality.id, email: 'public-form' };

    const staged = await this.deps.files.writeBytes(municipality.id, prepared);
    const fileIds = staged.map((f) => f.id);
    const receipt = await db.kysely
      .transaction()
      .execute(async (trx) => {
        const repository = new ComplaintsRepository(trx);
        const row = await newComplaintRow(
          repository,
          { ...body, id: newId(), municipalityId: municipality.id, channel: 'web', createdBy: null },
          received,
        );
        await repository.insert(row);
        await this.deps.files.insertRows(trx, system, staged);
        await repository.attach(municipality.id, row.id, fileIds, row.received_at);
        await syncBarometer(trx, db.dialect, row);
        await processAudit({ db, clock }, municipality.id, 'public-form')(
          trx,
          'complaint.create',
          'complaint',
          row.id,
          { after: { ...auditView(row), channel: 'web', attachments: fileIds.length } },
        );
        const statusPath = `/p/${municipality.slug}/complaints/status`;
        if (row.contact_email) {
          const mail = receiptMail({
            locale: body.locale,
            reference: row.reference,
            category: body.category,
            municipality: municipality.name,
            link: `${this.deps.publicUrl}${statusPath}#${row.reference}.${received.accessCode}`,
            dueOn: row.due_on,
          });
          await enqueueMail(trx, clock, {
            municipalityId: municipality.id,
            kind: 'complaint.receipt',
            entityId: row.id,
            to: row.contact_email,
            ...mail,
          });
        }
        return { reference: row.reference, accessCode: received.accessCode, statusPath, dueOn: row.due_on };
      })
      .catch(async (error: unknown) => {
        await this.deps.files.discard(municipality.id, staged);
        throw error;
      });
    this.deps.outbox.dispatchSoon();
    return receipt;
  }

  /**
   * The status page: reference + access code of this municipality, or 404 (never telling which of the two was wrong).
   */
  async status(slug: string, reference: string, accessCode: string, address: string): Promise<PublicStatus> {
    const wait = await this.deps.limiter.tryLookup(address);
    if (wait > 0) {
      throw new AppError('COMPLAINT_RATE_LIMITED', { retryAfterSeconds: wait }, { 'retry-after': String(wait) });
    }
    const municipality = await this.municipality(slug);
    const repository = new ComplaintsRepository(this.deps.db.kysely);
    const own = await repository.findByReference(municipality.id, reference.trim().toUpperCase());
    if (!own || !accessCodeMatches(accessCode, own.access_code_hash)) throw new AppError('NOT_FOUND');
    // A merged duplicate follows the complaint it was merged into (its status and answer, nothing else of it).
    const kept = own.merged_into_id ? ((await repository.find(municipality.id, own.merged_into_id)) ?? own) : own;
    return {
      reference: own.reference,
      category: own.category as NuisanceCategory,
      receivedAt: own.received_at,
      status: kept.status as ComplaintStatus,
      dueOn: kept.due_on,
      answeredAt: kept.answered_at,
      answer: kept.answer_text,
      merged: own.merged_into_id !== null,
    };
  }

  private async municipality(slug: string) {
    const row = await new MunicipalityRepository(this.deps.db.kysely).findBySlug(slug.trim().toLowerCase());
    if (!row) throw new AppError('MUNICIPALITY_NOT_FOUND');
    return row;
  }
}
