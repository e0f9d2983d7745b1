import type { SignedInActor } from '../../../shared/access/roles.js';
import type { ProcedureOverview } from '../../../shared/api/enforcement-procedure.schema.js';
import { addDays } from '../../../shared/calendar/days.js';
import { paymentDays } from '../../../shared/enforcement/procedure.js';
import { newId } from '../../adapters/tokens.js';
import { auditFor } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { EnforcementRepository } from './enforcement.repository.js';
import { ProcedureRepository } from './procedure.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

/**
 * The procedure over many findings at once: what is ready for the next batches, the batch decision (every finding
 * whose defence period ended without a defence gets its fine) and the closing of prescribed findings.
 */
export class ProcedureBatchService {
  constructor(private readonly deps: Deps) {}

  /** The batch decision: a fine for every finding (or those chosen) whose defence period ended without defence. */
  async decideBatch(actor: SignedInActor, chosen?: string[]): Promise<{ decided: number; prescribed: number }> {
    const { db, clock } = this.deps;
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const scope = await new EnforcementRepository(db.kysely).scopeOf(actor.municipalityId);
    const reading = new ProcedureRepository(db.kysely);
    const reminderBefore = addDays(today, -paymentDays);
    const [ready, prescribed] = await Promise.all([
      reading.ready(scope, 'decisions', today, reminderBefore, chosen),
      reading.ready(scope, 'prescribed', today, reminderBefore, chosen),
    ]);
    if (ready.length === 0) return { decided: 0, prescribed: prescribed.length };
    const now = clock.now().toISOString();
    const batchId = newId();
    const decided = await db.kysely.transaction().execute(async (trx) => {
      const claimed = await new ProcedureRepository(trx).claim(
        ready,
        'notified',
        { status: 'decided', decision: 'fine', decided_on: today, updated_at: now },
        { beforeDefenceEnd: today, notPrescribedOn: today, withoutDefence: true },
      );
      await new EnforcementRepository(trx).insertSteps(
        claimed.map((f) => ({
          id: newId(),
          municipality_id: f.municipality_id,
          finding_id: f.id,
          step_key: 'decided',
          done_on: today,
          outcome: 'fine',
          batch_id: batchId,
          note: null,
          created_by: actor.userId || null,
          created_at: now,
        })),
      );
      if (claimed.length) {
        await auditFor(this.deps, actor)(trx, 'enforcement.decisions.batch', 'gas_finding', batchId, {
          after: { decision: 'fine', findings: claimed.length },
        });
      }
      return claimed.length;
    });
    return { decided, prescribed: prescribed.length };
  }

  /** Closes every open finding not decided whose facts are prescribed. */
  async closePrescribed(actor: SignedInActor): Promise<{ closed: number }> {
    const { db, clock } = this.deps;
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const scope = await new EnforcementRepository(db.kysely).scopeOf(actor.municipalityId);
    const now = clock.now().toISOString();
    const closed = await db.kysely.transaction().execute(async (trx) => {
      const rows = await new ProcedureRepository(trx).closePrescribed(scope, today, now);
      if (rows.length) {
        await auditFor(this.deps, actor)(trx, 'enforcement.findings.close_prescribed', 'gas_finding', null, {
          after: { findings: rows.length, on: today },
        });
      }
      return rows.length;
    });
    return { closed };
  }

  async overview(actor: SignedInActor): Promise<ProcedureOverview> {
    const { db } = this.deps;
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const scope = await new EnforcementRepository(db.kysely).scopeOf(actor.municipalityId);
    const repository = new ProcedureRepository(db.kysely);
    const reminderBefore = addDays(today, -paymentDays);
    const [statuses, letters, decisions, reminders, prescribed] = await Promise.all([
      repository.statusCounts(scope),
      repository.countReady(scope, 'letters', today, reminderBefore),
      repository.countReady(scope, 'decisions', today, reminderBefore),
      repository.countReady(scope, 'reminders', today, reminderBefore),
      repository.countReady(scope, 'prescribed', today, reminderBefore),
    ]);
    return { statuses, ready: { letters, decisions, reminders, prescribed } };
  }
}
