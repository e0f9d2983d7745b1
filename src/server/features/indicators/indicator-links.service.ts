import type { SignedInActor } from '../../../shared/access/roles.js';
import { type IndicatorLinkInput, subjectIdsOf } from '../../../shared/indicators/indicator-query.js';
import { proposeLink } from '../../../shared/indicators/propose-link.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import type { PlanService } from '../plan/plan.service.js';
import { linkColumns, storedLink, SubjectService } from '../subjects/subjects.service.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { IndicatorsRepository } from './indicators.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { plans: PlanService };

/**
 * Which registrations an indicator counts: a person's link (setLink, removeLink) or svpp's proposal of one for
 * every indicator of a plan version (propose), confirmed by a person (confirmProposals).
 */
export class IndicatorLinkService {
  constructor(private readonly deps: Deps) {}

  async setLink(actor: SignedInActor, indicatorId: string, input: IndicatorLinkInput): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const indicator = await new PlanRepository(trx).findElement('indicator', actor.municipalityId, indicatorId);
      if (!indicator) throw new AppError('NOT_FOUND');
      const repository = new IndicatorsRepository(trx);
      await assertLinkUsable(trx, actor.municipalityId, input);
      const before = await repository.link(actor.municipalityId, indicator.lineage_id);
      const row = {
        id: before?.id ?? newId(),
        municipality_id: actor.municipalityId,
        indicator_lineage_id: indicator.lineage_id,
        ...linkColumns(input),
        state: 'confirmed',
        reason: null,
        updated_by: actor.userId,
        updated_at: clock.now().toISOString(),
      };
      await repository.upsertLink(row);
      await new SubjectRepository(trx).confirm(actor.municipalityId, subjectIdsOf(input), row.updated_at);
      await auditFor({ db, clock }, actor)(trx, 'indicator_link.set', 'indicator', indicatorId, {
        before: before ? { mode: before.mode, query: before.query_json, state: before.state } : null,
        after: { mode: row.mode, query: row.query_json, state: row.state },
      });
    });
  }

  /**
   * Rejects svpp's proposal or removes a link: the indicator has no link from then on, and svpp remembers the
   * rejection so that a later round of proposals does not offer it again. Manual values stay stored.
   */
  async removeLink(actor: SignedInActor, indicatorId: string): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const indicator = await new PlanRepository(trx).findElement('indicator', actor.municipalityId, indicatorId);
      if (!indicator) throw new AppError('NOT_FOUND');
      const repository = new IndicatorsRepository(trx);
      const before = await repository.link(actor.municipalityId, indicator.lineage_id);
      if (!before || before.state === 'rejected') throw new AppError('INDICATOR_NO_LINK');
      await repository.upsertLink({
        ...before,
        state: 'rejected',
        updated_by: actor.userId,
        updated_at: clock.now().toISOString(),
      });
      const audit = auditFor({ db, clock }, actor);
      await audit(
        trx,
        before.state === 'proposed' ? 'indicator_link.reject' : 'indicator_link.remove',
        'indicator',
        indicatorId,
        { before: { mode: before.mode, query: before.query_json, state: before.state }, after: { state: 'rejected' } },
      );
    });
  }

  /**
   * Stores svpp's proposals for every indicator of the version that has no link yet: each reads its own subject
   * (proposed too, so a coordinator confirms, renames or merges it), or stays manual with the reason.
   */
  async propose(actor: SignedInActor, versionId?: string): Promise<number> {
    const { db, clock } = this.deps;
    const id = versionId ?? (await this.deps.plans.currentVersionId(actor));
    if (!id) throw new AppError('PLAN_NONE');
    return db.kysely.transaction().execute(async (trx) => {
      const tree = await new PlanRepository(trx).loadTree(actor.municipalityId, id);
      if (!tree) throw new AppError('NOT_FOUND');
      const municipality = await trx
        .selectFrom('municipality')
        .select('name')
        .where('id', '=', actor.municipalityId)
        .executeTakeFirst();
      const repository = new IndicatorsRepository(trx);
      const existing = new Set((await repository.links(actor.municipalityId)).map((l) => l.indicator_lineage_id));
      const sections = new Map(tree.sections.map((section) => [section.id, section]));
      const objectives = new Map(tree.objectives.map((o) => [o.id, o]));
      const drafts = tree.indicators
        .filter((indicator) => !existing.has(indicator.lineage_id))
        .map((indicator) => {
          const section = sections.get(objectives.get(indicator.objective_id)?.section_id ?? '');
          const siblings = tree.indicators
            .filter((other) => other.objective_id === indicator.objective_id && other.id !== indicator.id)
            .map((other) => other.text);
          const objective = objectives.get(indicator.objective_id);
          const objectiveText = [
            objective?.title ?? '',
            ...tree.results.filter((r) => r.objective_id === indicator.objective_id).map((r) => r.text),
          ].join('\n');
          return {
            indicator,
            proposal: proposeLink({
              text: indicator.text,
              sectionNumber: section?.number ?? null,
              sectionTitle: section?.title,
              siblings,
              municipalityName: municipality?.name,
              objectiveText,
            }),
          };
        });
      const now = clock.now().toISOString();
      const ids = await SubjectService.ensure(
        trx,
        actor.municipalityId,
        drafts.flatMap((d) => d.proposal.subjects),
        id,
        now,
      );
      for (const { indicator, proposal } of drafts) {
        await repository.upsertLink({
          id: newId(),
          municipality_id: actor.municipalityId,
          indicator_lineage_id: indicator.lineage_id,
          ...linkColumns(proposal.link(ids)),
          state: 'proposed',
          reason: proposal.reading.because || null,
          updated_by: actor.userId || null,
          updated_at: now,
        });
        existing.add(indicator.lineage_id);
      }
      await auditFor({ db, clock }, actor)(trx, 'indicator_link.propose', 'plan_version', id, {
        after: { proposed: drafts.length, subjects: ids.size },
      });
      return drafts.length;
    });
  }

  /** A person confirms stored proposals; they count for the status from then on. */
  async confirmProposals(actor: SignedInActor, indicatorIds: string[]): Promise<number> {
    const { db, clock } = this.deps;
    return db.kysely.transaction().execute(async (trx) => {
      const plans = new PlanRepository(trx);
      const repository = new IndicatorsRepository(trx);
      let confirmed = 0;
      for (const [index, indicatorId] of indicatorIds.entries()) {
        const indicator = await plans.findElement('indicator', actor.municipalityId, indicatorId);
        // Point at the position in the request, not the id: an error never repeats ids back.
        if (!indicator) throw new AppError('NOT_FOUND', { index });
        const link = await repository.link(actor.municipalityId, indicator.lineage_id);
        if (!link || link.state !== 'proposed') throw new AppError('INDICATOR_NO_PROPOSAL', { index });
        await repository.upsertLink({
          ...link,
          state: 'confirmed',
          updated_by: actor.userId || null,
          updated_at: clock.now().toISOString(),
        });
        const input = storedLink(link);
        if (input) {
          await new SubjectRepository(trx).confirm(
            actor.municipalityId,
            subjectIdsOf(input),
            clock.now().toISOString(),
          );
        }
        confirmed++;
      }
      await auditFor({ db, clock }, actor)(trx, 'indicator_link.confirm', 'indicator', null, {
        after: { indicatorIds },
      });
      return confirmed;
    });
  }
}

/**
 * A link may read only subjects of the municipality, of the register it queries; a ratio's fixed denominator is above
 * zero.
 */
async function assertLinkUsable(
  db: Kysely<Database>,
  municipalityId: string,
  input: IndicatorLinkInput,
): Promise<void> {
  const queries =
    input.mode === 'query'
      ? [input.query]
      : input.mode === 'ratio'
        ? [input.ratio.numerator, ...('typeKey' in input.ratio.denominator ? [input.ratio.denominator] : [])]
        : [];
  if (input.mode === 'ratio' && 'constant' in input.ratio.denominator && !(input.ratio.denominator.constant > 0)) {
    throw new AppError('INDICATOR_RATIO_DENOMINATOR_ZERO');
  }
  for (const query of queries) {
    if (query.subjectId) await SubjectService.assertUsable(db, municipalityId, query.subjectId, query.typeKey);
  }
}
