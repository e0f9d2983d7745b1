import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import { IndicatorsRepository } from './indicators.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

/** The values a person enters for an indicator that is followed by hand (per period, with a comment and evidence). */
export class IndicatorValueService {
  constructor(private readonly deps: Deps) {}

  async listValues(actor: Actor, indicatorId: string) {
    const indicator = await new PlanRepository(this.deps.db.kysely).findElement(
      'indicator',
      actor.municipalityId,
      indicatorId,
    );
    if (!indicator) throw new AppError('NOT_FOUND');
    const rows = await new IndicatorsRepository(this.deps.db.kysely).values(actor.municipalityId, indicator.lineage_id);
    return rows.map((v) => ({
      id: v.id,
      periodStart: v.period_start,
      periodEnd: v.period_end,
      value: Number(v.value),
      comment: v.comment,
      evidence: v.evidence,
      enteredAt: v.entered_at,
    }));
  }

  async putValue(
    actor: SignedInActor,
    indicatorId: string,
    input: {
      periodStart: string;
      periodEnd: string;
      value: number;
      comment?: string | null | undefined;
      evidence?: string | null | undefined;
    },
  ): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const indicator = await new PlanRepository(trx).findElement('indicator', actor.municipalityId, indicatorId);
      if (!indicator) throw new AppError('NOT_FOUND');
      const row = {
        id: newId(),
        municipality_id: actor.municipalityId,
        indicator_lineage_id: indicator.lineage_id,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        value: input.value,
        comment: input.comment ?? null,
        evidence: input.evidence ?? null,
        entered_by: actor.userId,
        entered_at: clock.now().toISOString(),
      };
      await new IndicatorsRepository(trx).upsertValue(row);
      await auditFor({ db, clock }, actor)(trx, 'indicator_value.put', 'indicator', indicatorId, {
        after: {
          period_start: row.period_start,
          period_end: row.period_end,
          value: row.value,
          comment: row.comment,
          evidence: row.evidence,
        },
      });
    });
  }

  async deleteValue(actor: SignedInActor, valueId: string): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new IndicatorsRepository(trx);
      const before = await repository.findValue(actor.municipalityId, valueId);
      if (!before) throw new AppError('NOT_FOUND');
      await repository.deleteValue(actor.municipalityId, valueId);
      await auditFor({ db, clock }, actor)(trx, 'indicator_value.delete', 'indicator_value', valueId, { before });
    });
  }
}
