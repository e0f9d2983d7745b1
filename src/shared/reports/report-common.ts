import type { IndicatorState, Overview } from '../api/indicators.schema.js';
import type { PlanVersionSummary, Target } from '../api/plan.schema.js';
import { formatNumber } from '../i18n/format.js';
import { type Locale } from '../i18n/locale.js';
import { rollUp, type Status } from '../indicators/indicator-status.js';
import { statusWords } from '../indicators/status-words.js';
import { describeTarget } from '../plan/targets/describe-target.js';
import {
  paragraph,
  reportWords,
  statusBadge,
  type ParagraphBlock,
  type ReportCellValue,
  type ReportColumn,
  type StatusBlock,
} from './report-document.js';
import { reportTexts } from './report-texts.js';

/**
 * What the plan, evaluation and activity reports share: status words and colours (with the `monitor` status the
 * report model does not know), targets and values in words, programme groups. The charts: report-charts.ts.
 */

/** Every status an indicator or group can have, in reading order (best first, monitor-only last). */
export const reportStatuses: readonly Status[] = ['achieved', 'on_track', 'at_risk', 'missed', 'no_data', 'monitor'];

/**
 * The status word printed in the reports: the report model's words, and "Opvolging / Suivi / Monitor only" for monitor.
 */
export function statusText(status: Status, locale: Locale): string {
  return status === 'monitor' ? statusWords[locale].monitor : reportWords[locale].status[status];
}

/** A cell of a `status` column: the status itself (printed coloured), or the monitor word as plain text. */
export function statusCell(status: Status, locale: Locale): ReportCellValue {
  return status === 'monitor' ? statusWords[locale].monitor : status;
}

/** "Label: ● Behaald — note", or for monitor-only a plain line (the report model has no colour for it). */
export function statusLine(label: string, status: Status, locale: Locale, note?: string): StatusBlock | ParagraphBlock {
  if (status !== 'monitor') return statusBadge(label, status, note);
  return paragraph(`${label}${reportTexts[locale].colon}${statusText(status, locale)}${note ? ` — ${note}` : ''}`);
}

/** "81 Behaald · 11 Niet behaald · 49 Opvolging": the non-zero counts. */
export function countsText(counts: Partial<Record<Status, number>>, locale: Locale): string {
  return reportStatuses
    .filter((status) => (counts[status] ?? 0) > 0)
    .map((status) => `${counts[status] ?? 0} ${statusText(status, locale)}`)
    .join(' · ');
}

/** Count columns for sheets: one per status, keyed `count_<status>`. */
export function countColumns(locale: Locale): ReportColumn[] {
  return reportStatuses.map((status) => ({
    key: `count_${status}`,
    label: statusText(status, locale),
    kind: 'number',
    decimals: 0,
  }));
}

export function countCells(counts: Partial<Record<Status, number>>): Record<string, number> {
  return Object.fromEntries(reportStatuses.map((status) => [`count_${status}`, counts[status] ?? 0]));
}

/** The targets in words, one per line; an indicator without targets is monitored only. */
export function targetsInWords(targets: Target[], locale: Locale): string {
  if (targets.length === 0) return describeTarget({ kind: 'monitor' }, locale);
  return targets.map((target) => describeTarget(target, locale)).join('\n');
}

/** `YYYY-MM-DD` as dd/mm/yyyy (anything else unchanged). */
export function dayText(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "01/01/2020 – 31/12/2020", or what is known of it. */
export function periodText(version: Pick<PlanVersionSummary, 'periodStart' | 'periodEnd'>): string {
  if (!version.periodStart && !version.periodEnd) return '—';
  return `${dayText(version.periodStart) || '…'} – ${dayText(version.periodEnd) || '…'}`;
}

/** "2020" or "2020–2022" from the plan's period; empty when the text gave none. */
export function periodYears(version: Pick<PlanVersionSummary, 'periodStart' | 'periodEnd'>): string {
  const start = version.periodStart?.slice(0, 4);
  const end = version.periodEnd?.slice(0, 4);
  if (start && end) return start === end ? start : `${start}–${end}`;
  return start ?? end ?? '';
}

/** "SVPP 2020 (versie 1, bevestigd op 15/02/2021)". */
export function versionText(version: PlanVersionSummary, locale: Locale): string {
  return `${version.label} (${reportTexts[locale].version(version.versionNo, version.confirmedAt ? dayText(version.confirmedAt) : null)})`;
}

/** A number as the reports print it: Belgian separators, at most one decimal. */
export function numberText(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return formatNumber(Math.round(value * 10) / 10, locale);
}

/** The indicator's measured value in the year: a growth in percent reads "+17,5 %", anything else as a number. */
export function currentValueText(state: Pick<IndicatorState, 'value' | 'reason' | 'targets'>, locale: Locale): string {
  if (state.value === null) return '';
  const growth = state.reason.rule.startsWith('growth_') && state.reason.rule !== 'growth_no_baseline';
  if (!growth) return numberText(state.value, locale);
  const percent = state.targets.some((target) => target.kind === 'growth' && target.unit === 'percent');
  const sign = state.value > 0 ? '+' : '';
  return `${sign}${numberText(state.value, locale)}${percent ? (locale === 'fr' ? '\u00a0%' : ' %') : ''}`;
}

/** The value of a previous year from the indicator's history, as printed. */
export function historyValueText(state: Pick<IndicatorState, 'history'>, year: number, locale: Locale): string {
  return numberText(state.history.find((entry) => entry.year === year)?.value, locale);
}

/** The previous years the history covers (at most `max`, the latest ones), oldest first. */
export function historyYears(overview: Overview, max: number): number[] {
  const years = new Set<number>();
  for (const indicator of overviewIndicators(overview)) for (const entry of indicator.history) years.add(entry.year);
  return [...years].sort((a, b) => a - b).slice(-max);
}

type OverviewSection = Overview['sections'][number];
type OverviewOperational = OverviewSection['strategic'][number]['operational'][number];

function overviewIndicators(overview: Overview): IndicatorState[] {
  return overview.sections.flatMap((section) =>
    section.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)),
  );
}

export function sectionIndicators(
  section: OverviewSection,
): { operational: OverviewOperational; indicator: IndicatorState }[] {
  return section.strategic.flatMap((st) =>
    st.operational.flatMap((operational) => operational.indicators.map((indicator) => ({ operational, indicator }))),
  );
}

/** "2. SOCIALE OVERLAST". */
export function sectionLabel(section: { number: string; title: string }): string {
  return `${section.number}. ${section.title}`;
}

/** At most `max` characters, cut at a word with "…". */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

export interface ProgrammeGroup<S> {
  /** null for the sections of no action programme (the coordination section). */
  name: string | null;
  sections: S[];
}

/** The action programmes in the plan's order, each with its sections; then the sections no programme holds. */
export function groupByProgramme<S extends { number: string }>(
  programmes: { name: string; sectionNumbers: string[] }[],
  sections: S[],
): ProgrammeGroup<S>[] {
  const byNumber = new Map(sections.map((section) => [section.number, section]));
  const held = new Set<string>();
  const groups: ProgrammeGroup<S>[] = programmes.map((programme) => {
    const own = programme.sectionNumbers
      .map((number) => byNumber.get(number))
      .filter((section): section is S => section !== undefined);
    for (const section of own) held.add(section.number);
    return { name: programme.name, sections: own };
  });
  const rest = sections.filter((section) => !held.has(section.number));
  if (rest.length > 0) groups.push({ name: null, sections: rest });
  return groups;
}

export function groupName(group: ProgrammeGroup<unknown>, locale: Locale): string {
  return group.name ?? reportTexts[locale].outsideProgrammes;
}

/** A programme's roll-up from the overview, or (for the sections of no programme) from its sections. */
export function groupRollup(
  group: ProgrammeGroup<OverviewSection>,
  overview: Overview,
): Pick<OverviewSection, 'status' | 'counts'> {
  const programme = group.name === null ? undefined : overview.programmes.find((one) => one.name === group.name);
  if (programme) return { status: programme.status, counts: programme.counts };
  // The sections of no programme: the same rule over all their indicators.
  return rollUp(statusesOf(addCounts(group.sections.map((section) => section.counts))));
}

/** The counts back as a list of statuses (for `rollUp`). */
export function statusesOf(counts: Partial<Record<Status, number>>): Status[] {
  return reportStatuses.flatMap((status) => Array.from({ length: counts[status] ?? 0 }, () => status));
}

/** Adds the counts of several roll-ups. */
function addCounts(list: Partial<Record<Status, number>>[]): Record<Status, number> {
  const total = Object.fromEntries(reportStatuses.map((status) => [status, 0])) as Record<Status, number>;
  for (const counts of list) for (const status of reportStatuses) total[status] += counts[status] ?? 0;
  return total;
}
