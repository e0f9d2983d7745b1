import type { SignedInActor } from '../../../shared/access/roles.js';
import type {
  FindingCloseBody,
  FindingDetail,
  FindingHolder,
  FindingStepBody,
} from '../../../shared/api/enforcement-procedure.schema.js';
import {
  availableSteps,
  type CaseState,
  caseDeadlines,
  checkClose,
  checkStep,
  type Verdict,
} from '../../../shared/cases/case-engine.js';
import { maximumFineCents } from '../../../shared/enforcement/catalogue.js';
import { gasProcedure, statusAfterStep } from '../../../shared/enforcement/procedure.js';
import { formatCommunication } from '../../../shared/enforcement/structured-communication.js';
import type { Database, GasFindingStepTable, GasFindingTable } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import { auditFor } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { EnforcementRepository } from './enforcement.repository.js';
import { PaymentRepository } from './payments.repository.js';
import { ProcedureRepository } from './procedure.repository.js';
import type { Kysely } from 'kysely';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

/** Steps recorded only for many findings at once, from a file or a letter batch: never typed in for one. */
const batchOnlySteps = new Set(['holder_identified', 'notified', 'reminded']);

const enforce = (verdict: Verdict): void => {
  if (!verdict.ok) throw new AppError(verdict.code, verdict.details);
};

export function stateOf(finding: GasFindingTable, steps: readonly GasFindingStepTable[]): CaseState {
  return {
    openedOn: finding.observed_on,
    closedOn: finding.closed_on,
    steps: steps.map((s) => ({ stepKey: s.step_key, doneOn: s.done_on, outcome: s.outcome, hours: null })),
  };
}

/** What closes a finding by itself after a step: a dismissal, a mediation that succeeded, an appeal that annulled. */
function closingAfter(stepKey: string, outcome: string | null): string | null {
  if (stepKey === 'decided' && outcome === 'dismissal') return 'dismissed';
  if (stepKey === 'mediation_result' && outcome === 'succeeded') return 'mediated';
  if (stepKey === 'appealed' && outcome === 'annulled') return 'annulled';
  return null;
}

/**
 * One finding's procedure on the case engine (src/shared/enforcement/procedure.ts through checkStep/checkClose): its
 * detail, holder, steps and closing. No decision after the prescription day (GAS_FINDING_PRESCRIBED). The batches
 * over many findings: procedure-batch.service.ts.
 */
export class ProcedureService {
  constructor(private readonly deps: Deps) {}

  private scope(actor: SignedInActor) {
    return new EnforcementRepository(this.deps.db.kysely).scopeOf(actor.municipalityId);
  }

  async detail(actor: SignedInActor, id: string): Promise<FindingDetail> {
    const { db } = this.deps;
    const enforcement = new EnforcementRepository(db.kysely);
    const finding = await enforcement.findFinding(await this.scope(actor), id);
    if (!finding) throw new AppError('GAS_FINDING_NOT_FOUND');
    const procedure = new ProcedureRepository(db.kysely);
    const [steps, article, payments, today] = await Promise.all([
      enforcement.stepsOf(finding.municipality_id, id),
      procedure.article(finding.article_id),
      new PaymentRepository(db.kysely).paymentsOf(id),
      municipalityToday(this.deps, actor.municipalityId),
    ]);
    const state = stateOf(finding, steps);
    const prescribed = finding.prescription_on < today;
    return {
      id: finding.id,
      municipalityId: finding.municipality_id,
      reference: finding.reference,
      observedAt: finding.observed_at,
      observedOn: finding.observed_on,
      articleCode: finding.article_code,
      articleLabel: { nl: article?.label_nl ?? '', fr: article?.label_fr ?? '' },
      mediationAllowed: Boolean(article?.mediation),
      category: finding.category,
      plate: finding.plate,
      plateCountry: finding.plate_country,
      street: finding.street,
      houseNumber: finding.house_number,
      source: finding.source,
      observer: finding.observer,
      status: finding.status,
      amountCents: finding.amount_cents === null ? null : Number(finding.amount_cents),
      paidCents: Number(finding.paid_cents),
      structuredCommunication: formatCommunication(finding.structured_communication),
      prescriptionOn: finding.prescription_on,
      prescribed,
      notifiedOn: finding.notified_on,
      defenceUntil: finding.defence_until,
      decision: finding.decision,
      decidedOn: finding.decided_on,
      appealOutcome: finding.appeal_outcome,
      closedOn: finding.closed_on,
      closeReason: finding.close_reason,
      hasHolder: finding.holder_id !== null,
      steps: steps.map((s) => ({
        stepKey: s.step_key,
        doneOn: s.done_on,
        outcome: s.outcome,
        batchId: s.batch_id,
        note: s.note,
      })),
      deadlines: caseDeadlines(gasProcedure, state, today).map((d) => ({
        key: d.key,
        due: d.due,
        metOn: d.metOn,
        overdue: d.overdue,
      })),
      availableSteps: availableSteps(gasProcedure, state, today)
        .map((s) => s.key)
        .filter((key) => !batchOnlySteps.has(key) && !(key === 'decided' && prescribed)),
      closeOutcomes: gasProcedure.closeOutcomes
        .filter(
          (o) =>
            checkClose(gasProcedure, state, o.key, today, today).ok && this.closeAllowed(finding, steps, o.key, today),
        )
        .map((o) => o.key),
      payments: payments.map((p) => ({
        entryReference: p.entry_reference,
        bookedOn: p.booked_on,
        amountCents: Number(p.amount_cents),
        match: p.match,
      })),
    };
  }

  /** The holder: personal data, for enforcement.read only (the route), and every read audited. */
  async holder(actor: SignedInActor, id: string): Promise<FindingHolder | null> {
    const { db } = this.deps;
    const finding = await new EnforcementRepository(db.kysely).findFinding(await this.scope(actor), id);
    if (!finding) throw new AppError('GAS_FINDING_NOT_FOUND');
    const holder = finding.holder_id
      ? await new ProcedureRepository(db.kysely).holder(finding.municipality_id, finding.holder_id)
      : undefined;
    await db.kysely.transaction().execute((trx) =>
      auditFor(this.deps, actor)(trx, 'enforcement.holder.read', 'gas_finding', id, {
        after: { holder: holder ? 'shown' : 'none' },
      }),
    );
    if (!holder) return null;
    return {
      fullName: holder.full_name,
      addressLine: holder.address_line,
      postalCode: holder.postal_code,
      city: holder.city,
      country: holder.country,
      language: holder.language,
    };
  }

  /**
   * Work on one finding inside a transaction: the finding locked, unknown (404) when the tenant does not see it,
   * with the tenant's day and the moment of the change.
   */
  private async withLockedFinding(
    actor: SignedInActor,
    id: string,
    work: (at: {
      trx: Kysely<Database>;
      repository: ProcedureRepository;
      finding: GasFindingTable;
      today: string;
      now: string;
    }) => Promise<void>,
  ): Promise<void> {
    const { db, clock } = this.deps;
    const today = await municipalityToday(this.deps, actor.municipalityId);
    const scope = await this.scope(actor);
    const now = clock.now().toISOString();
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new ProcedureRepository(trx);
      const finding = await repository.lockFinding(scope, id);
      if (!finding) throw new AppError('GAS_FINDING_NOT_FOUND');
      await work({ trx, repository, finding, today, now });
    });
  }

  async recordStep(actor: SignedInActor, id: string, body: FindingStepBody): Promise<void> {
    await this.withLockedFinding(actor, id, async ({ trx, repository, finding, today, now }) => {
      // Checked after the lookup: another tenant's finding is unknown (404), whatever the step.
      if (batchOnlySteps.has(body.stepKey)) throw new AppError('GAS_STEP_BATCH_ONLY', { stepKey: body.stepKey });
      const steps = await new EnforcementRepository(trx).stepsOf(finding.municipality_id, id);
      const outcome = body.outcome ?? null;
      const pendingAppeal = steps.find((s) => s.step_key === 'appealed' && s.outcome === 'pending');
      if (body.stepKey === 'appealed' && pendingAppeal && outcome !== null && outcome !== 'pending') {
        // The police court's judgment on an appeal recorded as pending: the same step gets its outcome.
        enforce(finding.closed_on === null ? { ok: true } : { ok: false, code: 'CASE_CLOSED', details: {} });
        if (!gasProcedure.steps.find((s) => s.key === 'appealed')?.outcomes?.some((o) => o.key === outcome)) {
          throw new AppError('CASE_STEP_OUTCOME', { stepKey: 'appealed' });
        }
        await repository.updateStepOutcome(finding.municipality_id, pendingAppeal.id, outcome, body.note ?? null);
        await this.afterStep(trx, actor, finding, 'appealed', outcome, body.doneOn, now, {});
        return;
      }
      const set: Partial<GasFindingTable> = {};
      if (body.stepKey === 'decided') {
        if (finding.prescription_on < body.doneOn || finding.prescription_on < today) {
          throw new AppError('GAS_FINDING_PRESCRIBED', { prescriptionOn: finding.prescription_on });
        }
        if (outcome === 'mediation' && !(await repository.article(finding.article_id))?.mediation) {
          throw new AppError('GAS_MEDIATION_NOT_ALLOWED');
        }
        if (outcome === 'fine') {
          if (finding.amount_cents === null && body.amountCents === undefined) {
            throw new AppError('GAS_AMOUNT_REQUIRED');
          }
          if (body.amountCents !== undefined) {
            if (body.amountCents > maximumFineCents) throw new AppError('GAS_AMOUNT_REQUIRED');
            set.amount_cents = body.amountCents;
          }
        }
        set.decision = outcome;
        set.decided_on = body.doneOn;
      }
      enforce(
        checkStep(
          gasProcedure,
          stateOf(finding, steps),
          { stepKey: body.stepKey, doneOn: body.doneOn, outcome },
          today,
        ),
      );
      if (body.stepKey === 'appealed') {
        set.appeal_on = body.doneOn;
        set.appeal_outcome = outcome;
      }
      if (body.stepKey === 'paid') set.paid_on = body.doneOn;
      await new EnforcementRepository(trx).insertSteps([
        {
          id: newId(),
          municipality_id: finding.municipality_id,
          finding_id: id,
          step_key: body.stepKey,
          done_on: body.doneOn,
          outcome,
          batch_id: null,
          note: body.note ?? null,
          created_by: actor.userId || null,
          created_at: now,
        },
      ]);
      await this.afterStep(trx, actor, finding, body.stepKey, outcome, body.doneOn, now, set);
    });
  }

  /** The status the step leads to, the closing it implies, and the audit record (without personal data). */
  private async afterStep(
    trx: Kysely<Database>,
    actor: SignedInActor,
    finding: GasFindingTable,
    stepKey: string,
    outcome: string | null,
    doneOn: string,
    now: string,
    set: Partial<GasFindingTable>,
  ): Promise<void> {
    const status = statusAfterStep(stepKey, outcome);
    const closing = closingAfter(stepKey, outcome) ?? (stepKey === 'paid' ? 'paid' : null);
    await new ProcedureRepository(trx).updateFinding(finding.id, {
      ...set,
      ...(stepKey === 'appealed' ? { appeal_outcome: outcome } : {}),
      ...(status ? { status } : {}),
      ...(closing ? { status: 'closed', closed_on: doneOn, close_reason: closing } : {}),
      updated_at: now,
    });
    await auditFor(this.deps, actor)(trx, 'enforcement.finding.step', 'gas_finding', finding.id, {
      before: { status: finding.status },
      after: { step: stepKey, outcome, done_on: doneOn, closed: closing },
    });
  }

  /** Extra rules of two closing outcomes beyond the engine's: prescribed facts, an unidentified holder. */
  private closeAllowed(finding: GasFindingTable, steps: readonly GasFindingStepTable[], outcome: string, on: string) {
    if (outcome === 'prescribed') return finding.prescription_on < on && finding.decided_on === null;
    if (outcome === 'unidentified') {
      return steps.some((s) => s.step_key === 'holder_identified' && s.outcome === 'not_found');
    }
    return true;
  }

  async close(actor: SignedInActor, id: string, body: FindingCloseBody): Promise<void> {
    await this.withLockedFinding(actor, id, async ({ trx, repository, finding, today, now }) => {
      const steps = await new EnforcementRepository(trx).stepsOf(finding.municipality_id, id);
      enforce(checkClose(gasProcedure, stateOf(finding, steps), body.outcome, body.closedOn, today));
      if (!this.closeAllowed(finding, steps, body.outcome, body.closedOn)) {
        throw new AppError('CASE_CLOSE_OUTCOME', { outcome: body.outcome });
      }
      await repository.updateFinding(id, {
        status: 'closed',
        closed_on: body.closedOn,
        close_reason: body.outcome,
        updated_at: now,
      });
      await auditFor(this.deps, actor)(trx, 'enforcement.finding.close', 'gas_finding', id, {
        before: { status: finding.status },
        after: { outcome: body.outcome, closed_on: body.closedOn },
      });
    });
  }
}
