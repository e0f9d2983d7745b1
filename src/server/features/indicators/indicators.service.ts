import type { Actor } from '../../../shared/access/roles.js';
import type { Overview } from '../../../shared/api/indicators.schema.js';
import type { Target } from '../../../shared/api/plan.schema.js';
import type { IndicatorLinkInput } from '../../../shared/monitoring/indicator-query.js';
import { rollUp, type Status } from '../../../shared/monitoring/indicator-status.js';
import { isoDay } from '../../../shared/monitoring/periods.js';
import { proposeLink } from '../../../shared/monitoring/propose-link.js';
import { RollupIndex } from '../../../shared/monitoring/rollup-index.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { IndicatorValueTable } from '../../db/schema.js';
import type { ServiceDeps } from '../context.js';
import { recordAudit } from '../audit/audit.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import type { PlanService } from '../plan/plan.service.js';
import { indicatorState, type StateContext } from './indicator-state.js';
import { IndicatorsRepository } from './indicators.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { plans: PlanService };
type Who = Actor & { email: string };

const parseTargets = (json: string): Target[] => {
  try {
    return JSON.parse(json) as Target[];
  } catch {
    return [];
  }
};

/** Indicators: links to registers or manual values, computed statuses, roll-ups, proposals. */
export class IndicatorService {
  constructor(private readonly deps: Deps) {}

  /** The default year: today's, unless the plan ended earlier (then its last year). */
  private defaultYear(periodEnd: string | null, today: string): number {
    const thisYear = Number(today.slice(0, 4));
    return periodEnd ? Math.min(thisYear, Number(periodEnd.slice(0, 4))) : thisYear;
  }

  async overview(actor: Actor, options: { year?: number | undefined; asOf?: string | undefined; versionId?: string | undefined }): Promise<Overview> {
    const { db, clock } = this.deps;
    const versionId = options.versionId ?? (await this.deps.plans.currentVersionId(actor));
    if (!versionId) throw new AppError('PLAN_NONE');
    const tree = await new PlanRepository(db.kysely).loadTree(actor.municipalityId, versionId);
    if (!tree) throw new AppError('NOT_FOUND');
    const today = isoDay(clock.now());
    const year = options.year ?? this.defaultYear(tree.version.period_end, today);
    const asOf = options.asOf ?? (today < `${year}-12-31` ? today : `${year}-12-31`);
    const repository = new IndicatorsRepository(db.kysely);
    const [rollup, links, values] = await Promise.all([repository.rollup(actor.municipalityId), repository.links(actor.municipalityId), repository.values(actor.municipalityId)]);
    const valuesByLineage = new Map<string, IndicatorValueTable[]>();
    for (const v of values) valuesByLineage.set(v.indicator_lineage_id, [...(valuesByLineage.get(v.indicator_lineage_id) ?? []), v]);
    const context: StateContext = {
      year, asOf, index: new RollupIndex(rollup), links: new Map(links.map((l) => [l.indicator_lineage_id, l])), values: valuesByLineage,
      plan: tree.version.period_start && tree.version.period_end ? { start: tree.version.period_start, end: tree.version.period_end } : undefined,
    };

    const sectionStatus = new Map<string, Status>();
    const sections = tree.sections.map((section) => {
      const strategic = tree.objectives
        .filter((o) => o.section_id === section.id && o.level === 'strategic')
        .map((st) => {
          const operational = tree.objectives
            .filter((o) => o.parent_id === st.id && o.level === 'operational')
            .map((op) => {
              const indicators = tree.indicators.filter((i) => i.objective_id === op.id).map((i) => indicatorState({ id: i.id, lineage_id: i.lineage_id, text: i.text, targets: parseTargets(i.targets_json) }, context));
              return { id: op.id, lineageId: op.lineage_id, number: op.number, title: op.title, owner: op.owner, ...rollUp(indicators.map((i) => i.status)), indicators };
            });
          return { id: st.id, number: st.number, title: st.title, ...rollUp(operational.flatMap((o) => o.indicators.map((i) => i.status))), operational };
        });
      const all = strategic.flatMap((st) => st.operational.flatMap((o) => o.indicators.map((i) => i.status)));
      const rolled = rollUp(all);
      sectionStatus.set(section.number, rolled.status);
      const programmes = tree.actionProgrammes.filter((p) => (JSON.parse(p.section_numbers_json) as string[]).includes(section.number)).map((p) => p.name);
      return { id: section.id, number: section.number, title: section.title, kind: section.kind, actionProgrammes: programmes, ...rolled, strategic, statuses: all };
    });
    const programmes = tree.actionProgrammes.map((p) => {
      const numbers = JSON.parse(p.section_numbers_json) as string[];
      return { name: p.name, sectionNumbers: numbers, ...rollUp(sections.filter((s) => numbers.includes(s.number)).flatMap((s) => s.statuses)) };
    });
    return {
      versionId, year, asOf, plan: rollUp(sections.flatMap((s) => s.statuses)), programmes,
      sections: sections.map(({ statuses: _statuses, ...s }) => s),
    };
  }

  async setLink(actor: Who, indicatorId: string, input: IndicatorLinkInput): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const indicator = await new PlanRepository(trx).findElement('indicator', actor.municipalityId, indicatorId);
      if (!indicator) throw new AppError('NOT_FOUND');
      const repository = new IndicatorsRepository(trx);
      const before = await repository.link(actor.municipalityId, indicator.lineage_id);
      const row = {
        id: before?.id ?? newId(), municipality_id: actor.municipalityId, indicator_lineage_id: indicator.lineage_id, mode: input.mode,
        query_json: input.mode === 'query' ? JSON.stringify(input.query) : null, state: 'confirmed', reason: null, updated_by: actor.userId, updated_at: clock.now().toISOString(),
      };
      await repository.upsertLink(row);
      await recordAudit(trx, db.dialect, clock, { municipalityId: actor.municipalityId, actor: { userId: actor.userId, email: actor.email }, action: 'indicator_link.set', entity: 'indicator', entityId: indicatorId, before: before ? { mode: before.mode, query: before.query_json, state: before.state } : null, after: { mode: row.mode, query: row.query_json, state: row.state } });
    });
  }

  /**
   * Rejects svpp's proposal or removes a link: the indicator has no link from then on, and svpp remembers the
   * rejection so that a later round of proposals does not offer it again. Manual values stay stored.
   */
  async removeLink(actor: Who, indicatorId: string): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const indicator = await new PlanRepository(trx).findElement('indicator', actor.municipalityId, indicatorId);
      if (!indicator) throw new AppError('NOT_FOUND');
      const repository = new IndicatorsRepository(trx);
      const before = await repository.link(actor.municipalityId, indicator.lineage_id);
      if (!before || before.state === 'rejected') throw new AppError('INDICATOR_NO_LINK');
      await repository.upsertLink({ ...before, state: 'rejected', updated_by: actor.userId, updated_at: clock.now().toISOString() });
      await recordAudit(trx, db.dialect, clock, { municipalityId: actor.municipalityId, actor: { userId: actor.userId, email: actor.email }, action: before.state === 'proposed' ? 'indicator_link.reject' : 'indicator_link.remove', entity: 'indicator', entityId: indicatorId, before: { mode: before.mode, query: before.query_json, state: before.state }, after: { state: 'rejected' } });
    });
  }

  /** Stores svpp's proposals for every indicator of the version that has no link yet. */
  async propose(actor: Who, versionId?: string): Promise<number> {
    const { db, clock } = this.deps;
    const id = versionId ?? (await this.deps.plans.currentVersionId(actor));
    if (!id) throw new AppError('PLAN_NONE');
    return db.kysely.transaction().execute(async (trx) => {
      const tree = await new PlanRepository(trx).loadTree(actor.municipalityId, id);
      if (!tree) throw new AppError('NOT_FOUND');
      const repository = new IndicatorsRepository(trx);
      const existing = new Set((await repository.links(actor.municipalityId)).map((l) => l.indicator_lineage_id));
      let proposed = 0;
      for (const indicator of tree.indicators) {
        if (existing.has(indicator.lineage_id)) continue;
        const proposal = proposeLink(indicator.text);
        if (!proposal) continue;
        await repository.upsertLink({
          id: newId(), municipality_id: actor.municipalityId, indicator_lineage_id: indicator.lineage_id, mode: proposal.link.mode,
          query_json: proposal.link.mode === 'query' ? JSON.stringify(proposal.link.query) : null, state: 'proposed', reason: proposal.because, updated_by: actor.userId || null, updated_at: clock.now().toISOString(),
        });
        existing.add(indicator.lineage_id);
        proposed++;
      }
      await recordAudit(trx, db.dialect, clock, { municipalityId: actor.municipalityId, actor: { userId: actor.userId || null, email: actor.email }, action: 'indicator_link.propose', entity: 'plan_version', entityId: id, after: { proposed } });
      return proposed;
    });
  }

  /** A person confirms stored proposals; they count for the status from then on. */
  async confirmProposals(actor: Who, indicatorIds: string[]): Promise<number> {
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
        await repository.upsertLink({ ...link, state: 'confirmed', updated_by: actor.userId || null, updated_at: clock.now().toISOString() });
        confirmed++;
      }
      await recordAudit(trx, db.dialect, clock, { municipalityId: actor.municipalityId, actor: { userId: actor.userId || null, email: actor.email }, action: 'indicator_link.confirm', entity: 'indicator', entityId: null, after: { indicatorIds } });
      return confirmed;
    });
  }

  async listValues(actor: Actor, indicatorId: string) {
    const indicator = await new PlanRepository(this.deps.db.kysely).findElement('indicator', actor.municipalityId, indicatorId);
    if (!indicator) throw new AppError('NOT_FOUND');
    const rows = await new IndicatorsRepository(this.deps.db.kysely).values(actor.municipalityId, indicator.lineage_id);
    return rows.map((v) => ({ id: v.id, periodStart: v.period_start, periodEnd: v.period_end, value: Number(v.value), comment: v.comment, evidence: v.evidence, enteredAt: v.entered_at }));
  }

  async putValue(actor: Who, indicatorId: string, input: { periodStart: string; periodEnd: string; value: number; comment?: string | null | undefined; evidence?: string | null | undefined }): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const indicator = await new PlanRepository(trx).findElement('indicator', actor.municipalityId, indicatorId);
      if (!indicator) throw new AppError('NOT_FOUND');
      const row = {
        id: newId(), municipality_id: actor.municipalityId, indicator_lineage_id: indicator.lineage_id, period_start: input.periodStart, period_end: input.periodEnd,
        value: input.value, comment: input.comment ?? null, evidence: input.evidence ?? null, entered_by: actor.userId, entered_at: clock.now().toISOString(),
      };
      await new IndicatorsRepository(trx).upsertValue(row);
      await recordAudit(trx, db.dialect, clock, { municipalityId: actor.municipalityId, actor: { userId: actor.userId, email: actor.email }, action: 'indicator_value.put', entity: 'indicator', entityId: indicatorId, after: { period_start: row.period_start, period_end: row.period_end, value: row.value, comment: row.comment, evidence: row.evidence } });
    });
  }

  async deleteValue(actor: Who, valueId: string): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new IndicatorsRepository(trx);
      const before = await repository.findValue(actor.municipalityId, valueId);
      if (!before) throw new AppError('NOT_FOUND');
      await repository.deleteValue(actor.municipalityId, valueId);
      await recordAudit(trx, db.dialect, clock, { municipalityId: actor.municipalityId, actor: { userId: actor.userId, email: actor.email }, action: 'indicator_value.delete', entity: 'indicator_value', entityId: valueId, before });
    });
  }
}
