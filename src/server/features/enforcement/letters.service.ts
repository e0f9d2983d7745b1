import type { SignedInActor } from '../../../shared/access/roles.js';
import type { LetterBatch, LetterBatchBody } from '../../../shared/api/enforcement-procedure.schema.js';
import { addDays } from '../../../shared/calendar/days.js';
import { defenceDays, paymentDays } from '../../../shared/enforcement/procedure.js';
import type { GasFindingStepTable, GasLetterBatchTable } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { reportContentTypes } from '../../adapters/documents/render-report.js';
import { newId } from '../../adapters/tokens.js';
import { auditFor } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import type { FileService } from '../files/files.service.js';
import { municipalityToday, timeZoneOf } from '../municipalities/municipality-calendar.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import { EnforcementRepository } from './enforcement.repository.js';
import { LetterRepository } from './letters.repository.js';
import { ProcedureRepository } from './procedure.repository.js';
import { renderLettersDocx, renderLettersPdf } from './letters.render.js';
import { buildLetter } from './letters.words.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { files: FileService; iban: string | null };

/** Letters per batch: one post-room file stays printable; what is left goes into the next batch. */
export const maxLettersPerBatch = 2_000;

export const presentBatch = (row: GasLetterBatchTable): LetterBatch => ({
  id: row.id,
  kind: row.kind,
  letters: Number(row.letters),
  createdOn: row.created_on,
  docxFileId: row.docx_file_id,
  pdfFileId: row.pdf_file_id,
});

/**
 * Letter batches: notifications (identified, not prescribed → notified, defence period set) and reminders (a fine
 * unpaid after the payment period → reminded). The findings are taken in one transaction, conditional on their
 * status, then the letters are rendered into one DOCX and one PDF for the post room and stored as files.
 */
export class LetterService {
  constructor(private readonly deps: Deps) {}

  async create(actor: SignedInActor, body: LetterBatchBody): Promise<LetterBatch | null> {
    const { db, clock } = this.deps;
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const scope = await new EnforcementRepository(db.kysely).scopeOf(actor.municipalityId);
    const notification = body.kind === 'notification';
    const ready = (
      await new ProcedureRepository(db.kysely).ready(
        scope,
        notification ? 'letters' : 'reminders',
        today,
        addDays(today, -paymentDays),
        body.findingIds,
      )
    ).slice(0, maxLettersPerBatch);
    if (ready.length === 0) return null;
    const now = clock.now().toISOString();
    const batchId = newId();
    const batch = await db.kysely.transaction().execute(async (trx) => {
      const repository = new ProcedureRepository(trx);
      const letterBatches = new LetterRepository(trx);
      const row: GasLetterBatchTable = {
        id: batchId,
        municipality_id: actor.municipalityId,
        kind: body.kind,
        letters: 0,
        docx_file_id: null,
        pdf_file_id: null,
        created_on: today,
        created_by: actor.userId || null,
        created_at: now,
      };
      await letterBatches.insertBatch(row);
      const claimed = notification
        ? await repository.claim(
            ready,
            'identified',
            {
              status: 'notified',
              notified_on: today,
              defence_until: addDays(today, defenceDays),
              notification_batch_id: batchId,
              updated_at: now,
            },
            { notPrescribedOn: today },
          )
        : await repository.claim(ready, 'decided', { status: 'reminded', reminder_on: today, updated_at: now });
      if (claimed.length === 0) {
        // Another batch took them all meanwhile: no empty batch is left behind.
        await trx.deleteFrom('gas_letter_batch').where('id', '=', batchId).execute();
        return null;
      }
      const steps: GasFindingStepTable[] = claimed.map((f) => ({
        id: newId(),
        municipality_id: f.municipality_id,
        finding_id: f.id,
        step_key: notification ? 'notified' : 'reminded',
        done_on: today,
        outcome: null,
        batch_id: batchId,
        note: null,
        created_by: actor.userId || null,
        created_at: now,
      }));
      await new EnforcementRepository(trx).insertSteps(steps);
      await letterBatches.updateBatch(actor.municipalityId, batchId, {
        letters: claimed.length,
        docx_file_id: null,
        pdf_file_id: null,
      });
      await auditFor(this.deps, actor)(trx, 'enforcement.letters.batch', 'gas_letter_batch', batchId, {
        after: { kind: body.kind, letters: claimed.length },
      });
      return { ...row, letters: claimed.length };
    });
    if (!batch) return null;
    return this.render(actor, batch.id);
  }

  /**
   * Renders a batch's letters into its DOCX and PDF and stores them; also the way to make the files again when
   * rendering failed after the findings were taken (the batch then has no files yet).
   */
  async render(actor: SignedInActor, batchId: string): Promise<LetterBatch> {
    const { db, files } = this.deps;
    const repository = new LetterRepository(db.kysely);
    const batch = await repository.findBatch(actor.municipalityId, batchId);
    if (!batch) throw new AppError('NOT_FOUND');
    if (batch.docx_file_id && batch.pdf_file_id) return presentBatch(batch);
    const municipality = await new MunicipalityRepository(db.kysely).findById(actor.municipalityId);
    const context = {
      kind: batch.kind === 'reminder' ? ('reminder' as const) : ('notification' as const),
      municipalityName: municipality?.name ?? '',
      today: batch.created_on,
      timeZone: await timeZoneOf(db.kysely, actor.municipalityId),
      iban: this.deps.iban,
    };
    const letters = (await repository.lettersOfBatch(batchId)).map((row) => buildLetter(row, context));
    const name = `${batch.kind === 'reminder' ? 'herinneringen' : 'kennisgevingen'}-${batch.created_on}-${batchId.slice(0, 8)}`;
    const title = `${context.municipalityName} — ${name}`;
    const [docx, pdf] = await Promise.all([renderLettersDocx(title, letters), renderLettersPdf(title, letters)]);
    const staged = await files.writeBytes(actor.municipalityId, [
      { name: `${name}.docx`, contentType: reportContentTypes.docx, data: docx },
      { name: `${name}.pdf`, contentType: reportContentTypes.pdf, data: pdf },
    ]);
    try {
      const stored = await db.kysely.transaction().execute(async (trx) => {
        const rows = await files.insertRows(trx, actor, staged);
        await new LetterRepository(trx).updateBatch(actor.municipalityId, batchId, {
          letters: letters.length,
          docx_file_id: rows[0]?.id ?? null,
          pdf_file_id: rows[1]?.id ?? null,
        });
        return rows;
      });
      return presentBatch({ ...batch, docx_file_id: stored[0]?.id ?? null, pdf_file_id: stored[1]?.id ?? null });
    } catch (error) {
      await files.discard(actor.municipalityId, staged);
      throw error;
    }
  }

  async list(actor: SignedInActor): Promise<LetterBatch[]> {
    return (await new LetterRepository(this.deps.db.kysely).batches(actor.municipalityId, 100)).map(presentBatch);
  }

  /** A batch's file: it holds names and addresses, so every download is audited. */
  async download(actor: SignedInActor, batchId: string, format: 'docx' | 'pdf') {
    const { db, files } = this.deps;
    const batch = await new LetterRepository(db.kysely).findBatch(actor.municipalityId, batchId);
    const fileId = format === 'docx' ? batch?.docx_file_id : batch?.pdf_file_id;
    if (!batch || !fileId) throw new AppError('NOT_FOUND');
    const file = await files.download(actor, fileId, true);
    await db.kysely.transaction().execute((trx) =>
      auditFor(this.deps, actor)(trx, 'enforcement.letters.download', 'gas_letter_batch', batchId, {
        after: { format, letters: Number(batch.letters) },
      }),
    );
    return file;
  }
}
