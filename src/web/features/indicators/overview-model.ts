/**
 * The dashboard's view of the indicator overview: filtering by action programme, phenomenon (section) and owner,
 * roll-ups recomputed for what is shown, the proposals waiting for a person, and words for links. Pure.
 */
import type { IndicatorState, Overview } from '../../../shared/api/indicators.schema.js';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { IndicatorQuery } from '../../../shared/indicators/indicator-query.js';
import { rollUp, type Status, statuses } from '../../../shared/indicators/indicator-status.js';
import { explainStatus } from '../../../shared/indicators/status-words.js';
import { fieldWithRole, labelOf, optionLabel } from '../registrations/register-form-model.js';

export type Section = Overview['sections'][number];
export type Strategic = Section['strategic'][number];
export type Operational = Strategic['operational'][number];
export type Counts = Overview['plan']['counts'];

export interface OverviewFilter {
  programme?: string | undefined;
  /** A section's number ("11"). */
  section?: string | undefined;
  owner?: string | undefined;
}

const statusesOf = (operational: Operational[]) => operational.flatMap((o) => o.indicators.map((i) => i.status));

/**
 * The sections to show. Programme and section filters keep the server's roll-ups; an owner filter keeps only that
 * owner's operational objectives and rolls their indicators up again, with the same rule as the server.
 */
export function filterOverview(overview: Overview, filter: OverviewFilter): Section[] {
  const programme = filter.programme ? overview.programmes.find((p) => p.name === filter.programme) : undefined;
  let sections = overview.sections;
  if (filter.programme) sections = sections.filter((s) => programme?.sectionNumbers.includes(s.number) ?? false);
  if (filter.section) sections = sections.filter((s) => s.number === filter.section);
  if (!filter.owner) return sections;
  const owner = filter.owner;
  return sections.flatMap((section) => {
    const strategic = section.strategic.flatMap((st) => {
      const operational = st.operational.filter((o) => o.owner === owner);
      return operational.length === 0 ? [] : [{ ...st, ...rollUp(statusesOf(operational)), operational }];
    });
    return strategic.length === 0
      ? []
      : [{ ...section, ...rollUp(strategic.flatMap((st) => statusesOf(st.operational))), strategic }];
  });
}

/** Rolls up everything shown (the headline when a filter narrows the plan). */
export function rollUpSections(sections: Section[]): { status: Status; counts: Counts } {
  return rollUp(sections.flatMap((s) => s.strategic.flatMap((st) => statusesOf(st.operational))));
}

/** Every owner named in the plan, sorted as Belgians read them. */
export function ownersOf(overview: Overview): string[] {
  const owners = new Set<string>();
  for (const section of overview.sections) {
    for (const st of section.strategic) for (const o of st.operational) if (o.owner) owners.add(o.owner);
  }
  return [...owners].sort((a, b) => a.localeCompare(b, 'nl-BE'));
}

export function allIndicators(sections: Section[]): IndicatorState[] {
  return sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((o) => o.indicators)));
}

/** svpp's proposal waits for a person: there is one, and no confirmed link yet. */
export function hasOpenProposal(indicator: IndicatorState): boolean {
  return indicator.proposal !== null && indicator.link?.state !== 'confirmed';
}

/** The shown indicators with an open proposal. */
export function openProposals(sections: Section[]): IndicatorState[] {
  return allIndicators(sections).filter(hasOpenProposal);
}

export interface IndicatorPlace {
  indicator: IndicatorState;
  operational: Operational;
  strategic: Strategic;
  section: Section;
}

export function findIndicator(overview: Overview, id: string): IndicatorPlace | undefined {
  for (const section of overview.sections) {
    for (const strategic of section.strategic) {
      for (const operational of strategic.operational) {
        const indicator = operational.indicators.find((candidate) => candidate.id === id);
        if (indicator) return { indicator, operational, strategic, section };
      }
    }
  }
  return undefined;
}

/** The non-zero counts, in the order of the statuses (achieved first). */
export function countsInOrder(counts: Partial<Counts>): [Status, number][] {
  return statuses.flatMap((status) => {
    const count = counts[status] ?? 0;
    return count > 0 ? [[status, count] as [Status, number]] : [];
  });
}

/** "DISPOSITIEF COÖRDINATIE" → "Dispositief coördinatie": the plan's shouted titles, readable. */
export function sentenceCase(title: string): string {
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toLocaleUpperCase('nl-BE')) return title;
  const lower = title.toLocaleLowerCase('nl-BE');
  return lower.charAt(0).toLocaleUpperCase('nl-BE') + lower.slice(1);
}

export interface LinkWords {
  register: string;
  categories: string[];
  statuses: string[];
  measure: IndicatorQuery['measure'];
  /** The label of the register's field that is summed, for quantity and hours. */
  measureField: string | null;
}

/** A register query in the user's language: which register, which kinds and statuses, what is counted. */
export function linkWords(query: IndicatorQuery, types: RegisterType[], locale: Locale): LinkWords {
  const type = types.find((candidate) => candidate.key === query.typeKey);
  const categoryField = fieldWithRole(type?.definition, 'category');
  const statusField = fieldWithRole(type?.definition, 'status');
  // The last count reads the register's quantity (a head count).
  const measureField =
    query.measure === 'count'
      ? undefined
      : fieldWithRole(type?.definition, query.measure === 'latest' ? 'quantity' : query.measure);
  return {
    register: type ? labelOf(type.definition.labels, locale) : query.typeKey,
    categories: (query.categories ?? []).map((value) =>
      categoryField ? optionLabel(categoryField, value, locale) : value,
    ),
    statuses: (query.statuses ?? []).map((value) => (statusField ? optionLabel(statusField, value, locale) : value)),
    measure: query.measure,
    measureField: measureField ? labelOf(measureField.labels, locale) : null,
  };
}

/**
 * The measures a register can give: a count always, a sum when it has a quantity or hours field, and the last count
 * of the period (a head count) when it has a quantity field.
 */
export function measuresFor(type: RegisterType | undefined): IndicatorQuery['measure'][] {
  const measures: IndicatorQuery['measure'][] = ['count'];
  if (fieldWithRole(type?.definition, 'quantity')) measures.push('quantity');
  if (fieldWithRole(type?.definition, 'hours')) measures.push('hours');
  if (fieldWithRole(type?.definition, 'quantity')) measures.push('latest');
  return measures;
}

/** A reason to look again that no person has accepted yet (a shared computation, a value far above its target). */
export function openFlags(indicator: IndicatorState): NonNullable<IndicatorState['flags']> {
  return (indicator.flags ?? []).filter((flag) => flag.accepted === null);
}

export function needsReview(indicator: IndicatorState): boolean {
  return openFlags(indicator).length > 0;
}

/**
 * Only the indicators to review ("te controleren"), in their sections and objectives, rolled up again with the
 * server's rule for what is shown.
 */
export function filterReview(sections: Section[]): Section[] {
  return sections.flatMap((section) => {
    const strategic = section.strategic.flatMap((st) => {
      const operational = st.operational.flatMap((o) => {
        const indicators = o.indicators.filter(needsReview);
        return indicators.length === 0 ? [] : [{ ...o, ...rollUp(indicators.map((i) => i.status)), indicators }];
      });
      return operational.length === 0 ? [] : [{ ...st, ...rollUp(statusesOf(operational)), operational }];
    });
    return strategic.length === 0
      ? []
      : [{ ...section, ...rollUp(strategic.flatMap((st) => statusesOf(st.operational))), strategic }];
  });
}

/**
 * Cumulative totals of monthly values: a month without data keeps the running total; nothing before the first
 * value nor after the last one (the months still to come).
 */
export function cumulative(months: (number | null)[]): (number | null)[] {
  let total: number | null = null;
  const last = months.reduce<number>((found, value, index) => (value === null ? found : index), -1);
  return months.map((value, index) => {
    if (index > last) return null;
    if (value !== null) total = (total ?? 0) + value;
    return total;
  });
}

/**
 * The status rule in words (`explainStatus`). The API types the rule as any string: a rule this web app does not
 * know yet is shown as its code rather than breaking the page.
 */
export function ruleInWords(reason: IndicatorState['reason'], locale: Locale): string {
  try {
    return explainStatus(reason, locale);
  } catch {
    return reason.rule;
  }
}
