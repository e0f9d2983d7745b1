import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { Evaluation } from '../../../shared/api/evaluation.schema.js';
import { type Status, statuses } from '../../../shared/indicators/indicator-status.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import type { IndicatorService } from '../indicators/indicators.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import { EvaluationRepository } from './evaluation.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { indicators: IndicatorService };
const asStatus = (value: string): Status =>
  (statuses as readonly string[]).includes(value) ? (value as Status) : 'no_data';

/** The yearly evaluation per operational objective: the evaluator's text and status beside the computed one. */
export class EvaluationService {
  constructor(private readonly deps: Deps) {}

  async list(
    actor: Actor,
    options: { year?: number | undefined; versionId?: string | undefined },
  ): Promise<{ year: number; versionId: string; evaluations: Evaluation[] }> {
    const overview = await this.deps.indicators.overview(actor, {
      year: options.year,
      versionId: options.versionId,
      asOf: options.year ? `${options.year}-12-31` : undefined,
    });
    const written = new Map(
      (await new EvaluationRepository(this.deps.db.kysely).forYear(actor.municipalityId, overview.year)).map((e) => [
        e.objective_lineage_id,
        e,
      ]),
    );
    const evaluations = overview.sections.flatMap((section) =>
      section.strategic.flatMap((st) =>
        st.operational.map((op): Evaluation => {
          const row = written.get(op.lineageId);
          return {
            objectiveId: op.id,
            objectiveLineageId: op.lineageId,
            number: op.number,
            title: op.title,
            sectionNumber: section.number,
            year: overview.year,
            computedStatus: op.status,
            evaluation: row
              ? {
                  done: row.done_text,
                  bottlenecks: row.bottlenecks_text,
                  adjustments: row.adjustments_text,
                  status: asStatus(row.status),
                  computedStatusAtWriting: asStatus(row.computed_status),
                  updatedAt: row.updated_at,
                  updatedBy: row.updated_by,
                }
              : null,
          };
        }),
      ),
    );
    return { year: overview.year, versionId: overview.versionId, evaluations };
  }

  async write(
    actor: SignedInActor,
    objectiveId: string,
    year: number,
    input: { done: string; bottlenecks: string; adjustments: string; status: Status },
  ): Promise<Evaluation> {
    const { db, clock } = this.deps;
    const objective = await new PlanRepository(db.kysely).findElement(
      'plan_objective',
      actor.municipalityId,
      objectiveId,
    );
    if (!objective || objective.level !== 'operational') throw new AppError('NOT_FOUND');
    const listed = await this.list(actor, { year, versionId: objective.plan_version_id });
    const computed = listed.evaluations.find((e) => e.objectiveId === objectiveId)?.computedStatus ?? 'no_data';
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new EvaluationRepository(trx);
      const before = await repository.find(actor.municipalityId, objective.lineage_id, year);
      const row = {
        id: before?.id ?? newId(),
        municipality_id: actor.municipalityId,
        objective_lineage_id: objective.lineage_id,
        year,
        done_text: input.done,
        bottlenecks_text: input.bottlenecks,
        adjustments_text: input.adjustments,
        status: input.status,
        computed_status: computed,
        updated_by: actor.email,
        updated_at: clock.now().toISOString(),
      };
      await repository.upsert(row);
      await auditFor({ db, clock }, actor)(trx, 'evaluation.write', 'plan_objective', objectiveId, {
        before: before ?? null,
        after: row,
      });
    });
    const after = await this.list(actor, { year, versionId: objective.plan_version_id });
    const evaluation = after.evaluations.find((e) => e.objectiveId === objectiveId);
    if (!evaluation) throw new AppError('NOT_FOUND');
    return evaluation;
  }
}
