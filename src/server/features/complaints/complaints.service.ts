import { type Actor, can, type SignedInActor } from '../../../shared/access/roles.js';
import type { ComplaintDetail, DeskComplaintBody } from '../../../shared/api/complaints.schema.js';
import {
  checkPath,
  checkTransition,
  type ComplaintStatus,
  isComplaintStatus,
  pathTo,
} from '../../../shared/complaints/complaint-status.js';
import type { NuisanceCategory } from '../../../shared/barometer/categories.js';
import type { ServiceDeps } from '../context.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import { entityAudit } from '../audit/audit.service.js';
import { enqueueMail, type MailOutbox } from '../mail/mail-outbox.js';
import { MailOutboxRepository } from '../mail/mail-outbox.repository.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import type { FileService } from '../files/files.service.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import { type ComplaintFilter, type ComplaintRow, ComplaintsRepository } from './complaints.repository.js';
import { auditView, defaultResponseDays, dueOn, resolvePlace, syncBarometer } from './complaint-core.js';
import { newComplaintRow, receiveComplaint } from './complaint-intake.js';
import { answerMail } from './complaint-mail.js';
import { presentDetail, presentSummary } from './complaint.presenter.js';
import { municipalityToday, timeZoneOf } from '../municipalities/municipality-calendar.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'geo'> & {
  files: Pick<FileService, 'assertExist'>;
  outbox: MailOutbox;
  publicUrl: string;
};
/** The list's filter: the repository's, with `overdue` (past the due day today) instead of the day itself. */
type ListFilter = Omit<ComplaintFilter, 'overdueOn'> & { overdue?: boolean };
const refusalCode = {
  not_allowed: 'COMPLAINT_TRANSITION_NOT_ALLOWED',
  service_required: 'COMPLAINT_SERVICE_REQUIRED',
  answer_required: 'COMPLAINT_ANSWER_REQUIRED',
  merged: 'COMPLAINT_MERGED',
} as const;

/**
 * The desk's side of the nuisance desk: intake, assignment, statuses, the answer by mail, merging duplicates. Its
 * deadlines are complaint-deadlines.ts, the erasure of contacts complaint-retention.service.ts.
 */
export class ComplaintService {
  constructor(private readonly deps: Deps) {}

  /** Today on the municipality's calendar. */
  private today(municipalityId: string): Promise<string> {
    return municipalityToday(this.deps, municipalityId);
  }

  /** A page of complaint rows of the actor's municipality (`overdue`: past their due day today), and today. */
  private async page(actor: Actor, filter: ListFilter, limit: number, offset: number) {
    const { overdue, ...rest } = filter;
    const today = await this.today(actor.municipalityId);
    const { items, total } = await new ComplaintsRepository(this.deps.db.kysely).list(
      actor.municipalityId,
      { ...rest, ...(overdue ? { overdueOn: today } : {}) },
      limit,
      offset,
    );
    return { items, total, today };
  }

  async list(actor: Actor, filter: ListFilter, limit: number, offset: number) {
    const { items, total, today } = await this.page(actor, filter, limit, offset);
    return { items: items.map((row) => presentSummary(row, today)), total };
  }

  /**
   * A page of the list exactly as `list` gives it (same filter, same order) plus the citizen's contact data for the
   * roles that may see it (complaint.contact), null for the others: the export of the list.
   */
  async exportPage(actor: Actor, filter: ListFilter, limit: number, offset: number) {
    const showContact = can(actor, 'complaint.contact');
    const { items, total, today } = await this.page(actor, filter, limit, offset);
    return {
      items: items.map((row) => ({
        ...presentSummary(row, today),
        contactName: showContact ? row.contact_name : null,
        contactEmail: showContact ? row.contact_email : null,
      })),
      total,
      showContact,
    };
  }

  async get(actor: Actor, id: string): Promise<ComplaintDetail> {
    const db = this.deps.db.kysely;
    const repository = new ComplaintsRepository(db);
    const row = await repository.findWithNames(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const [duplicates, attachments, notes, mails] = await Promise.all([
      repository.duplicatesOf(actor.municipalityId, id),
      repository.attachments(actor.municipalityId, id),
      repository.notes(actor.municipalityId, id),
      new MailOutboxRepository(db).forEntity(actor.municipalityId, 'complaint.answer', id),
    ]);
    return presentDetail(row, await this.today(actor.municipalityId), {
      showContact: can(actor, 'complaint.contact'),
      duplicates,
      attachments,
      notes,
      mails,
    });
  }

  /** Intake at the desk (phone, counter, letter): the citizen gets the reference and access code from the desk. */
  async create(
    actor: SignedInActor,
    body: DeskComplaintBody,
  ): Promise<{ complaint: ComplaintDetail; accessCode: string }> {
    const { db, clock } = this.deps;
    const received = await receiveComplaint(this.deps, actor.municipalityId, body, clock.now());
    await this.deps.files.assertExist(actor.municipalityId, body.attachmentIds ?? []);
    const id = newId();
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ComplaintsRepository(trx);
      const row = await newComplaintRow(
        repository,
        {
          ...body,
          id,
          municipalityId: actor.municipalityId,
          channel: 'desk',
          locale: body.locale ?? 'nl',
          createdBy: actor.userId,
        },
        received,
      );
      await repository.insert(row);
      await repository.attach(actor.municipalityId, id, body.attachmentIds ?? [], row.received_at);
      await syncBarometer(trx, db.dialect, row);
      await this.audit(trx, actor, 'complaint.create', id, {
        before: null,
        after: { ...auditView(row), channel: 'desk' },
      });
    });
    return { complaint: await this.get(actor, id), accessCode: received.accessCode };
  }

  /**
   * Category, place or the assigned service; the barometer follows category and place, the due day follows the
   * category.
   */
  async update(
    actor: SignedInActor,
    id: string,
    changes: {
      category?: NuisanceCategory | undefined;
      place?: DeskComplaintBody['place'] | undefined;
      serviceId?: string | null | undefined;
    },
  ): Promise<ComplaintDetail> {
    const { db, clock } = this.deps;
    const place = changes.place
      ? resolvePlace(await geoOf(this.deps).of(actor.municipalityId), changes.place)
      : undefined;
    const timeZone = await timeZoneOf(db.kysely, actor.municipalityId);
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ComplaintsRepository(trx);
      const before = await this.findOpenForChange(repository, actor, id);
      if (changes.serviceId) await this.assertService(repository, actor.municipalityId, changes.serviceId);
      const at = clock.now().toISOString();
      const next: ComplaintRow = { ...before, ...(place ?? {}), updated_at: at };
      if (changes.category && changes.category !== before.category) {
        next.category = changes.category;
        next.due_on = dueOn(
          before.received_at,
          (await repository.responseDays(actor.municipalityId)).get(changes.category) ?? defaultResponseDays,
          timeZone,
        );
      }
      if (changes.serviceId !== undefined) next.service_id = changes.serviceId;
      // Taking the service away from an assigned complaint sends it back to the desk; giving a new complaint a
      // service assigns it (the same transition rule as a status change, in this transaction and audit record).
      if (next.service_id === null && before.status === 'assigned') next.status = 'new';
      if (
        next.service_id !== null &&
        before.status === 'new' &&
        checkTransition('new', 'assigned', { hasService: true, hasAnswer: false, merged: false }) === null
      ) {
        next.status = 'assigned';
      }
      await repository.update(actor.municipalityId, id, next);
      await syncBarometer(trx, db.dialect, next);
      await this.audit(trx, actor, 'complaint.update', id, { before: auditView(before), after: auditView(next) });
    });
    return this.get(actor, id);
  }

  /** Moves a complaint along its statuses (the pure rule in shared/complaints decides). Assigning needs a service. */
  async setStatus(actor: SignedInActor, id: string, status: ComplaintStatus, note?: string): Promise<ComplaintDetail> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ComplaintsRepository(trx);
      const before = await this.findForChange(repository, actor, id);
      const from = isComplaintStatus(before.status) ? before.status : 'new';
      const refusal = checkTransition(from, status, {
        hasService: before.service_id !== null,
        hasAnswer: before.answer_text !== null,
        merged: before.merged_into_id !== null,
      });
      if (refusal) throw new AppError(refusalCode[refusal], { from, to: status });
      const at = clock.now().toISOString();
      const next: ComplaintRow = { ...before, status, updated_at: at, closed_at: status === 'closed' ? at : null };
      await repository.update(actor.municipalityId, id, next);
      if (note) {
        await repository.insertNote({
          id: newId(),
          municipality_id: actor.municipalityId,
          complaint_id: id,
          text: note,
          created_by: actor.userId,
          created_by_email: actor.email,
          created_at: at,
        });
      }
      await this.audit(trx, actor, 'complaint.status', id, {
        before: { status: before.status },
        after: { status, note: note ? true : undefined },
      });
    });
    return this.get(actor, id);
  }

  /**
   * Answers the citizen: stores the answer, moves to answered (or closed), and mails it — in each citizen's own
   * language — to the complaint's contact and to those of the duplicates merged into it.
   */
  async answer(
    actor: SignedInActor,
    id: string,
    text: string,
    close = false,
    options: { serviceId?: string | undefined; expectedStatus?: ComplaintStatus | undefined } = {},
  ): Promise<ComplaintDetail> {
    const { db, clock } = this.deps;
    let mailed = 0;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ComplaintsRepository(trx);
      const before = await this.findForChange(repository, actor, id);
      const from = isComplaintStatus(before.status) ? before.status : 'new';
      // Locked above: of two answers sent on the same status, the second sees the first one's status and is refused.
      if (options.expectedStatus && options.expectedStatus !== from) {
        throw new AppError('COMPLAINT_STATUS_CHANGED', { expected: options.expectedStatus, actual: from });
      }
      const serviceId = before.service_id ?? options.serviceId ?? null;
      if (before.service_id === null && options.serviceId) {
        await this.assertService(repository, actor.municipalityId, options.serviceId);
      }
      const merged = before.merged_into_id !== null;
      // A second answer (after more work or a reply) replaces the first; otherwise every status on the way to
      // answered (new → assigned → answered) must be allowed, and the complaint walks them all in this transaction.
      const refusal =
        from === 'answered'
          ? merged
            ? 'merged'
            : null
          : checkPath(from, 'answered', { hasService: serviceId !== null, hasAnswer: true, merged });
      if (refusal) throw new AppError(refusalCode[refusal], { from, to: 'answered' });
      const path = from === 'answered' ? [] : (pathTo(from, 'answered') ?? []);
      const at = clock.now().toISOString();
      const status: ComplaintStatus = close ? 'closed' : 'answered';
      const next: ComplaintRow = {
        ...before,
        service_id: serviceId,
        status,
        answer_text: text,
        answered_at: at,
        closed_at: status === 'closed' ? at : null,
        updated_at: at,
      };
      await repository.update(actor.municipalityId, id, next);
      const municipality = await new MunicipalityRepository(trx).findById(actor.municipalityId);
      for (const complaint of [next, ...(await repository.duplicatesOf(actor.municipalityId, id))]) {
        if (!complaint.contact_email) continue;
        const locale = complaint.locale === 'fr' || complaint.locale === 'en' ? complaint.locale : 'nl';
        const link = `${this.deps.publicUrl}/p/${municipality?.slug ?? ''}/complaints/status`;
        const mail = answerMail({
          locale,
          reference: complaint.reference,
          category: complaint.category as NuisanceCategory,
          municipality: municipality?.name ?? '',
          link,
          answer: text,
        });
        await enqueueMail(trx, clock, {
          municipalityId: actor.municipalityId,
          kind: 'complaint.answer',
          entityId: id,
          to: complaint.contact_email,
          ...mail,
        });
        mailed += 1;
      }
      await this.audit(trx, actor, 'complaint.answer', id, {
        before: { status: before.status, service_id: before.service_id },
        after: { status, path: close ? [...path, 'closed'] : path, service_id: serviceId, answered_at: at, mailed },
      });
    });
    if (mailed > 0) this.deps.outbox.dispatchSoon();
    return this.get(actor, id);
  }

  async addNote(actor: SignedInActor, id: string, text: string): Promise<ComplaintDetail> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ComplaintsRepository(trx);
      if (!(await repository.find(actor.municipalityId, id))) throw new AppError('NOT_FOUND');
      const noteId = newId();
      await repository.insertNote({
        id: noteId,
        municipality_id: actor.municipalityId,
        complaint_id: id,
        text,
        created_by: actor.userId,
        created_by_email: actor.email,
        created_at: clock.now().toISOString(),
      });
      await this.audit(trx, actor, 'complaint.note', id, { before: null, after: { note_id: noteId } });
    });
    return this.get(actor, id);
  }

  /**
   * Merges a duplicate into the kept complaint: the duplicate is closed and points to it, leaves the barometer,
   * and its citizen's status page follows the kept one. Its own duplicates move along.
   */
  async merge(actor: SignedInActor, id: string, intoId: string): Promise<ComplaintDetail> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ComplaintsRepository(trx);
      // Both locked, always in the same order (by id), so two merges at once cannot wait on each other.
      const [first, second] = [id, intoId].sort();
      const locked = new Map<string, ComplaintRow | undefined>();
      for (const key of new Set([first, second])) {
        if (key) locked.set(key, await repository.lock(actor.municipalityId, key));
      }
      const duplicate = locked.get(id);
      const kept = locked.get(intoId);
      if (!duplicate || !kept) throw new AppError('NOT_FOUND');
      if (id === intoId || duplicate.merged_into_id || kept.merged_into_id || kept.status === 'closed') {
        throw new AppError('COMPLAINT_MERGE_INVALID');
      }
      const at = clock.now().toISOString();
      const next: ComplaintRow = {
        ...duplicate,
        merged_into_id: intoId,
        status: 'closed',
        closed_at: at,
        updated_at: at,
      };
      await repository.update(actor.municipalityId, id, next);
      const moved = await repository.moveDuplicates(actor.municipalityId, id, intoId, at);
      await syncBarometer(trx, db.dialect, next);
      await this.audit(trx, actor, 'complaint.merge', id, {
        before: auditView(duplicate),
        after: {
          ...auditView(next),
          moved_duplicates: moved.map((m) => m.id),
        },
      });
    });
    return this.get(actor, intoId);
  }

  /**
   * Inside a write's transaction: the complaint, locked, so two status changes at once are decided one after the other.
   */
  private async findForChange(repository: ComplaintsRepository, actor: Actor, id: string): Promise<ComplaintRow> {
    const row = await repository.lock(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  private async findOpenForChange(repository: ComplaintsRepository, actor: Actor, id: string): Promise<ComplaintRow> {
    const row = await this.findForChange(repository, actor, id);
    if (row.merged_into_id) throw new AppError('COMPLAINT_MERGED');
    return row;
  }

  private async assertService(
    repository: ComplaintsRepository,
    municipalityId: string,
    serviceId: string,
  ): Promise<void> {
    const service = await repository.findService(municipalityId, serviceId);
    if (!service || service.active !== 1) throw new AppError('COMPLAINT_SERVICE_UNKNOWN');
  }

  /** Audits a change of a complaint: `this.audit(trx, actor, action, id, before, after)`. */
  private get audit() {
    return entityAudit(this.deps, 'complaint');
  }
}
