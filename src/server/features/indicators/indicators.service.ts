import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { IndicatorFlag, Overview } from '../../../shared/api/indicators.schema.js';
import type { Target } from '../../../shared/api/plan.schema.js';
import { rollUp, type Status } from '../../../shared/indicators/indicator-status.js';
import { targetForYear } from '../../../shared/indicators/indicator-status.js';
import { RollupIndex } from '../../../shared/indicators/rollup-index.js';
import { rollUpObjectives } from '../../../shared/indicators/objective-rollup.js';
import { AppError } from '../../http/app-error.js';
import type { IndicatorValueTable } from '../../db/schema.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import type { PlanService } from '../plan/plan.service.js';
import { indicatorState, type StateContext } from './indicator-state.js';
import { storedLink } from '../subjects/subjects.service.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import type { CountsFor } from '../../../shared/api/registrations.schema.js';
import type { RegistrationRow } from '../registrations/registration.repository.js';
import { IndicatorsRepository } from './indicators.repository.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { flagIndicators, readsRegistration } from './indicator-flags.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { plans: PlanService };
const parseTargets = (json: string): Target[] => {
  try {
    return JSON.parse(json) as Target[];
  } catch {
    return [];
  }
};

/**
 * Indicators as the dashboard reads them: each one's value and status for a year, the roll-ups, the flags and a
 * person's acceptance of one. Links are set and proposed by `IndicatorLinkService`, manual values entered by
 * `IndicatorValueService`, the flags computed by `flagIndicators`.
 */
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
      await auditFor({ db, clock }, actor)(trx, 'indicator_flag.accept', 'indicator', indicatorId, {
        after: { flag: input.kind, fingerprint: input.fingerprint, comment: input.comment },
      });
    });
  }
}
