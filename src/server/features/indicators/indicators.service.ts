import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { IndicatorFlag, IndicatorState, Overview } from '../../../shared/api/indicators.schema.js';
import type { Target } from '../../../shared/api/plan.schema.js';
import { computationKey, type IndicatorLinkInput, subjectIdsOf } from '../../../shared/indicators/indicator-query.js';
import { rollUp, type Status } from '../../../shared/indicators/indicator-status.js';
import { proposeLink } from '../../../shared/indicators/propose-link.js';
import { targetForYear } from '../../../shared/indicators/indicator-status.js';
import { RollupIndex } from '../../../shared/indicators/rollup-index.js';
import { rollUpObjectives } from '../../../shared/indicators/objective-rollup.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { IndicatorValueTable } from '../../db/schema.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import type { PlanService } from '../plan/plan.service.js';
import { indicatorState, type StateContext } from './indicator-state.js';
import { linkColumns, storedLink, SubjectService } from '../subjects/subjects.service.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CountsFor } from '../../../shared/api/registrations.schema.js';
import type { RegistrationRow } from '../registrations/registration.repository.js';
import { IndicatorsRepository } from './indicators.repository.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { plans: PlanService };
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

  async overview(
    actor: Actor,
    options: { year?: number | undefined; asOf?: string | undefined; versionId?: string | undefined },
  ): Promise<Overview> {
    const { db, clock } = this.deps;
    const versionId = options.versionId ?? (await this.deps.plans.currentVersionId(actor));
    if (!versionId) throw new AppError('PLAN_NONE');
    const tree = await new PlanRepository(db.kysely).loadTree(actor.municipalityId, versionId);
    if (!tree) throw new AppError('NOT_FOUND');
    const today = await municipalityToday({ db, clock }, actor.municipalityId);
    const year = options.year ?? this.defaultYear(tree.version.period_end, today);
    const asOf = options.asOf ?? (today < `${year}-12-31` ? today : `${year}-12-31`);
    const repository = new IndicatorsRepository(db.kysely);
    const [rollup, links, values, subjects, reviews] = await Promise.all([
      repository.rollup(actor.municipalityId),
      repository.links(actor.municipalityId),
      repository.values(actor.municipalityId),
      new SubjectRepository(db.kysely).list(actor.municipalityId, { includeInactive: true }),
      repository.reviews(actor.municipalityId),
    ]);
    const valuesByLineage = new Map<string, IndicatorValueTable[]>();
    for (const v of values) {
      valuesByLineage.set(v.indicator_lineage_id, [...(valuesByLineage.get(v.indicator_lineage_id) ?? []), v]);
    }
    const context: StateContext = {
      year,
      asOf,
      index: new RollupIndex(rollup),
      links: new Map(links.map((l) => [l.indicator_lineage_id, l])),
      values: valuesByLineage,
      subjects: new Map(subjects.map((x) => [x.id, x])),
      plan:
        tree.version.period_start && tree.version.period_end
          ? { start: tree.version.period_start, end: tree.version.period_end }
          : undefined,
    };

    const sectionStatus = new Map<string, Status>();
    const sections = tree.sections.map((section) => {
      const { strategic, statuses: all } = rollUpObjectives(
        tree.objectives
          .filter((o) => o.section_id === section.id && o.level === 'strategic')
          .map((st) => ({
            id: st.id,
            number: st.number,
            title: st.title,
            operational: tree.objectives
              .filter((o) => o.parent_id === st.id && o.level === 'operational')
              .map((op) => ({
                id: op.id,
                lineageId: op.lineage_id,
                number: op.number,
                title: op.title,
                owner: op.owner,
                indicators: tree.indicators
                  .filter((i) => i.objective_id === op.id)
                  .map((i) =>
                    indicatorState(
                      { id: i.id, lineage_id: i.lineage_id, text: i.text, targets: parseTargets(i.targets_json) },
                      context,
                    ),
                  ),
              })),
          })),
      );
      const rolled = rollUp(all);
      sectionStatus.set(section.number, rolled.status);
      const programmes = tree.actionProgrammes
        .filter((p) => (JSON.parse(p.section_numbers_json) as string[]).includes(section.number))
        .map((p) => p.name);
      return {
        id: section.id,
        number: section.number,
        title: section.title,
        kind: section.kind,
        actionProgrammes: programmes,
        ...rolled,
        strategic,
        statuses: all,
      };
    });
    const programmes = tree.actionProgrammes.map((p) => {
      const numbers = JSON.parse(p.section_numbers_json) as string[];
      return {
        name: p.name,
        sectionNumbers: numbers,
        ...rollUp(sections.filter((s) => numbers.includes(s.number)).flatMap((s) => s.statuses)),
      };
    });
    const numbers = new Map<string, string>();
    for (const section of sections) {
      for (const st of section.strategic) {
        for (const op of st.operational) for (const i of op.indicators) numbers.set(i.id, op.number);
      }
    }
    flagIndicators(
      sections.flatMap((section) => section.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators))),
      numbers,
      year,
      new Map(reviews.map((r) => [`${r.indicator_lineage_id}|${r.flag}`, r])),
    );
    return {
      versionId,
      year,
      asOf,
      plan: rollUp(sections.flatMap((s) => s.statuses)),
      programmes,
      sections: sections.map(({ statuses: _statuses, ...s }) => s),
    };
  }

  /**
   * The indicators a registration counts for (confirmed links that read it) and where they stand in its year: the
   * same answer as those indicators in the dashboard of that year, computed for them alone (it runs on every save).
   * It reads only the rollup rows their queries read, so the sums are the dashboard's; manual values are never read
   * (a manual link reads no registration), nor the subjects' names and the flags (not part of the answer).
   */
  async countsFor(
    actor: Actor,
    row: Pick<RegistrationRow, 'type_key' | 'subject_id' | 'category' | 'status' | 'occurred_on'>,
  ): Promise<CountsFor[]> {
    const { db, clock } = this.deps;
    const repository = new IndicatorsRepository(db.kysely);
    const reading = (await repository.confirmedLinksNaming(actor.municipalityId, row.type_key)).flatMap((l) => {
      const input = storedLink(l);
      return input && readsRegistration(input, row) ? [{ link: l, input }] : [];
    });
    if (reading.length === 0) return [];
    const versionId = await this.deps.plans.currentVersionId(actor);
    if (!versionId) return [];
    const version = await new PlanRepository(db.kysely).findVersion(actor.municipalityId, versionId);
    if (!version) throw new AppError('NOT_FOUND');
    const indicators = await repository.indicatorsInPlanOrder(actor.municipalityId, versionId, [
      ...new Set(reading.map((r) => r.link.indicator_lineage_id)),
    ]);
    if (indicators.length === 0) return [];
    const queries = reading.flatMap(({ input }) =>
      input.mode === 'query'
        ? [input.query]
        : input.mode === 'ratio'
          ? [input.ratio.numerator, ...('typeKey' in input.ratio.denominator ? [input.ratio.denominator] : [])]
          : [],
    );
    const subjects = new Map(
      queries.flatMap((q) =>
        q.subjectId
          ? [[`${q.subjectId}\u0000${q.typeKey}`, { subjectId: q.subjectId, typeKey: q.typeKey }] as const]
          : [],
      ),
    );
    const rollup = await repository.rollupFor(actor.municipalityId, {
      typeKeys: [...new Set(queries.filter((q) => !q.subjectId).map((q) => q.typeKey))],
      subjects: [...subjects.values()],
      amounts: queries.some((q) => q.measure !== 'count'),
    });
    const year = Number(row.occurred_on.slice(0, 4));
    const today = await municipalityToday({ db, clock }, actor.municipalityId);
    const context: StateContext = {
      year,
      asOf: today < `${year}-12-31` ? today : `${year}-12-31`,
      index: new RollupIndex(rollup.rows, rollup.series),
      links: new Map(reading.map((r) => [r.link.indicator_lineage_id, r.link])),
      values: new Map(),
      subjects: new Map(),
      plan:
        version.period_start && version.period_end
          ? { start: version.period_start, end: version.period_end }
          : undefined,
    };
    return indicators.map((i) => {
      const state = indicatorState(
        { id: i.id, lineage_id: i.lineage_id, text: i.text, targets: parseTargets(i.targets_json) },
        context,
      );
      return {
        indicatorId: i.id,
        number: i.number,
        text: i.text,
        value: state.value,
        required: targetForYear(state.targets, year)?.value ?? null,
        status: state.status,
      };
    });
  }

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
      await auditFor({ db, clock }, actor)(trx, {
        action: 'indicator_link.set',
        entity: 'indicator',
        entityId: indicatorId,
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
      await auditFor({ db, clock }, actor)(trx, {
        action: before.state === 'proposed' ? 'indicator_link.reject' : 'indicator_link.remove',
        entity: 'indicator',
        entityId: indicatorId,
        before: { mode: before.mode, query: before.query_json, state: before.state },
        after: { state: 'rejected' },
      });
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
      await auditFor({ db, clock }, actor)(trx, {
        action: 'indicator_link.propose',
        entity: 'plan_version',
        entityId: id,
        after: { proposed: drafts.length, subjects: ids.size },
      });
      return drafts.length;
    });
  }

  /** A person accepts a flagged indicator with a comment; the flag comes back when the situation changes. */
  async acceptFlag(
    actor: SignedInActor,
    indicatorId: string,
    input: { kind: IndicatorFlag['kind']; fingerprint: string; comment: string },
    year?: number,
  ): Promise<void> {
    const { db, clock } = this.deps;
    const indicator = await new PlanRepository(db.kysely).findElement('indicator', actor.municipalityId, indicatorId);
    if (!indicator) throw new AppError('NOT_FOUND');
    const overview = await this.overview(actor, { year, versionId: indicator.plan_version_id });
    const state = overview.sections
      .flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)))
      .find((i) => i.id === indicatorId);
    const flag = state?.flags?.find((f) => f.kind === input.kind && f.fingerprint === input.fingerprint);
    if (!flag) throw new AppError('INDICATOR_NOT_FLAGGED');
    await db.kysely.transaction().execute(async (trx) => {
      const row = {
        municipality_id: actor.municipalityId,
        indicator_lineage_id: indicator.lineage_id,
        flag: input.kind,
        fingerprint: input.fingerprint,
        comment: input.comment,
        accepted_by: actor.userId,
        accepted_at: clock.now().toISOString(),
      };
      await new IndicatorsRepository(trx).upsertReview(row);
      await auditFor({ db, clock }, actor)(trx, {
        action: 'indicator_flag.accept',
        entity: 'indicator',
        entityId: indicatorId,
        after: { flag: input.kind, fingerprint: input.fingerprint, comment: input.comment },
      });
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
      await auditFor({ db, clock }, actor)(trx, {
        action: 'indicator_link.confirm',
        entity: 'indicator',
        entityId: null,
        after: { indicatorIds },
      });
      return confirmed;
    });
  }

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
      await auditFor({ db, clock }, actor)(trx, {
        action: 'indicator_value.put',
        entity: 'indicator',
        entityId: indicatorId,
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
      await auditFor({ db, clock }, actor)(trx, {
        action: 'indicator_value.delete',
        entity: 'indicator_value',
        entityId: valueId,
        before,
      });
    });
  }
}

/** A link may read only subjects of the municipality, of the register it queries; a ratio's fixed denominator is above zero. */
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

const farAbove = 5;

/**
 * The guard against overcounting, like DHIS2's validation rules: a computation shared by indicators about different
 * texts, or a value five times its target or more, is flagged with the reason until a person accepts it.
 */
export function flagIndicators(
  indicators: IndicatorState[],
  numbers: Map<string, string>,
  year: number,
  reviews: Map<string, { fingerprint: string; comment: string; accepted_at: string }>,
): void {
  const byComputation = new Map<string, IndicatorState[]>();
  for (const indicator of indicators) {
    const input = indicator.link ? linkInputOf(indicator) : null;
    const key = input ? computationKey(input) : null;
    if (key) byComputation.set(key, [...(byComputation.get(key) ?? []), indicator]);
  }
  const accepted = (indicator: IndicatorState, kind: IndicatorFlag['kind'], fingerprint: string) => {
    const review = reviews.get(`${indicator.lineageId}|${kind}`);
    return review && review.fingerprint === fingerprint ? { comment: review.comment, at: review.accepted_at } : null;
  };
  for (const group of byComputation.values()) {
    if (group.length < 2) continue;
    for (const indicator of group) {
      const others = group.filter((o) => o.id !== indicator.id);
      const fingerprint = [...others.map((o) => o.lineageId)].sort().join(',');
      (indicator.flags ??= []).push({
        kind: 'shared_computation',
        others: others.map((o) => `${numbers.get(o.id) ?? ''} ${o.text}`.trim()),
        fingerprint,
        accepted: accepted(indicator, 'shared_computation', fingerprint),
      });
    }
  }
  for (const indicator of indicators) {
    const target = targetForYear(indicator.targets, year);
    if (!target || !indicator.link || indicator.link.mode === 'manual' || indicator.value === null) continue;
    if (!['count', 'hours'].includes(target.kind) || target.op === '<=' || !target.value || target.value <= 0) continue;
    // A target per month, quarter or half year is judged per sub-period; the year's value is not comparable to it.
    if (target.per === 'month' || target.per === 'quarter' || target.per === 'half_year') continue;
    if (indicator.value >= target.value * farAbove) {
      const fingerprint = `${year}:${indicator.value}`;
      (indicator.flags ??= []).push({
        kind: 'far_above_target',
        value: indicator.value,
        required: target.value,
        fingerprint,
        accepted: accepted(indicator, 'far_above_target', fingerprint),
      });
    }
  }
}

function linkInputOf(indicator: IndicatorState): IndicatorLinkInput | null {
  const link = indicator.link;
  if (!link) return null;
  if (link.mode === 'query' && link.query) return { mode: 'query', query: link.query };
  if (link.mode === 'ratio' && link.ratio) return { mode: 'ratio', ratio: link.ratio };
  return null;
}

/** Whether a link reads a registration: its register, its subject (when the query names one), category and status. */
export function readsRegistration(
  input: IndicatorLinkInput | null,
  row: Pick<RegistrationRow, 'type_key' | 'subject_id' | 'category' | 'status'>,
): boolean {
  if (!input || input.mode === 'manual') return false;
  const queries =
    input.mode === 'query'
      ? [input.query]
      : [input.ratio.numerator, ...('typeKey' in input.ratio.denominator ? [input.ratio.denominator] : [])];
  return queries.some(
    (q) =>
      q.typeKey === row.type_key &&
      (!q.subjectId || q.subjectId === (row.subject_id ?? null)) &&
      (!q.categories?.length || q.categories.includes(row.category ?? '')) &&
      (!q.statuses?.length || q.statuses.includes(row.status ?? '')),
  );
}
