import type { Evaluation } from '../api/evaluation.schema.js';
import type { Overview } from '../api/indicators.schema.js';
import type { PlanTree } from '../api/plan.schema.js';
import type { Locale } from '../i18n/locale.js';
import { explainStatus, rollupRule } from '../indicators/status-words.js';
import {
  heading,
  keyValues,
  paragraph,
  table,
  type ReportBlock,
  type ReportCellValue,
  type ReportColumn,
  type ReportDocument,
  type ReportRow,
  type ReportSheet,
} from './report-document.js';
import {
  countCells,
  countColumns,
  countsText,
  dayText,
  groupName,
  groupRollup,
  periodText,
  sectionLabel,
  statusCell,
  statusLine,
  targetsInWords,
  versionText,
  type ProgrammeGroup,
} from './report-common.js';
import { statusCountsChart, type ChartSvgRenderer } from './report-charts.js';
import { reportTexts } from './report-texts.js';

/** Pieces several plan reports (plan, activity, evaluation) build the same way. */

type OverviewSection = Overview['sections'][number];
type OverviewOperational = OverviewSection['strategic'][number]['operational'][number];

/** What a yearly plan report (activity, evaluation) is made of. */
export interface PlanYearReportInput {
  tree: PlanTree;
  /** The indicator overview of the year (as of 31 December of it, or today while the year runs). */
  overview: Overview;
  /** The evaluator's texts of the same year and version. */
  evaluations: Evaluation[];
  municipality: string;
  locale: Locale;
  generatedAt: string;
  chartSvg: ChartSvgRenderer;
}

/**
 * The opening facts of a yearly plan report (municipality, plan, period, year, as-of day, then its own) and the plan's
 * status.
 */
export function planYearHeader(input: PlanYearReportInput, more: [string, string][]): ReportBlock[] {
  const { overview, tree, locale } = input;
  const t = reportTexts[locale];
  return [
    keyValues([
      [t.municipality, input.municipality],
      [t.plan, versionText(tree.version, locale)],
      [t.period, periodText(tree.version)],
      [t.year, String(overview.year)],
      [t.asOf, dayText(overview.asOf)],
      ...more,
    ]),
    statusLine(t.planStatus, overview.plan.status, locale, countsText(overview.plan.counts, locale)),
  ];
}

/** A yearly plan report's document: the footer names the plan version and the title. */
export function planYearDocument(
  input: PlanYearReportInput,
  head: { title: string; subtitle: string },
  blocks: ReportBlock[],
  sheets: ReportSheet[],
): ReportDocument {
  return {
    ...head,
    locale: input.locale,
    meta: {
      municipality: input.municipality,
      generatedAt: input.generatedAt,
      footer: `${input.tree.version.label} · ${head.title}`,
    },
    blocks,
    sheets,
  };
}

/** The XLSX sheet of the action programmes: their phenomena, rolled-up status and counts. */
export function programmeSheet(
  groups: ProgrammeGroup<OverviewSection>[],
  overview: Overview,
  locale: Locale,
): ReportSheet {
  const t = reportTexts[locale];
  return {
    name: t.programmes,
    columns: [
      { key: 'programme', label: t.programme },
      { key: 'sections', label: t.phenomena },
      { key: 'status', label: t.status, kind: 'status' },
      ...countColumns(locale),
    ],
    rows: groups.map((group) => {
      const rolled = groupRollup(group, overview);
      return {
        programme: groupName(group, locale),
        sections: group.sections.map((section) => section.number).join(', '),
        status: statusCell(rolled.status, locale),
        ...countCells(rolled.counts),
      };
    }),
  };
}

/** The XLSX sheet of the phenomena (plan sections): their programmes, status and counts. */
export function phenomenaSheet(overview: Overview, locale: Locale): ReportSheet {
  const t = reportTexts[locale];
  return {
    name: t.phenomena,
    columns: [...sectionColumns(locale), { key: 'status', label: t.status, kind: 'status' }, ...countColumns(locale)],
    rows: overview.sections.map((section) => ({
      ...sectionCells(section),
      status: statusCell(section.status, locale),
      ...countCells(section.counts),
    })),
  };
}

/** The summary per action programme: a table (programme, phenomena, rolled-up status, counts) and its bar chart. */
export function programmeSummary(
  groups: ProgrammeGroup<OverviewSection>[],
  overview: Overview,
  locale: Locale,
  chartSvg: ChartSvgRenderer,
): ReportBlock[] {
  const t = reportTexts[locale];
  return [
    table(
      [
        { key: 'programme', label: t.programme, width: 0.3 },
        { key: 'sections', label: t.phenomena, width: 0.14 },
        { key: 'status', label: t.status, kind: 'status', width: 0.16 },
        { key: 'counts', label: t.indicators },
      ],
      groups.map((group) => {
        const rolled = groupRollup(group, overview);
        return {
          programme: groupName(group, locale),
          sections: group.sections.map((section) => section.number).join(', '),
          status: statusCell(rolled.status, locale),
          counts: countsText(rolled.counts, locale),
        };
      }),
    ),
    statusCountsChart(chartSvg, locale, {
      title: t.chartProgrammes,
      categoryLabel: t.programme,
      categories: groups.map((group) => groupName(group, locale)),
      counts: groups.map((group) => groupRollup(group, overview).counts),
      altWhat: t.programmes.toLowerCase(),
    }),
  ];
}

/** How statuses roll up, in words: a heading and the two rules. */
export function rollupExplanation(locale: Locale): ReportBlock[] {
  const t = reportTexts[locale];
  return [heading(t.rollupHeading, 2), paragraph(rollupRule[locale]), paragraph(t.indicatorRule)];
}

/** The first columns of an XLSX row of the plan: the phenomenon (plan section) and the section's action programmes. */
export function sectionColumns(locale: Locale): ReportColumn[] {
  const t = reportTexts[locale];
  return [
    { key: 'section', label: t.section },
    { key: 'programmes', label: t.programmes },
  ];
}

/** The cells of `sectionColumns`. */
export function sectionCells(section: Pick<OverviewSection, 'number' | 'title' | 'actionProgrammes'>): ReportRow {
  return { section: sectionLabel(section), programmes: section.actionProgrammes.join(', ') };
}

/** An earlier year's value beside the year's own in an indicator row: the column's key and the year. */
export interface EarlierYear {
  key: string;
  year: number;
}

/**
 * The columns of `indicatorSheetRow`: where the indicator stands, its targets, the earlier years, the year's value, its
 * status.
 */
export function indicatorSheetColumns(locale: Locale, year: number, earlier: EarlierYear[]): ReportColumn[] {
  const t = reportTexts[locale];
  return [
    ...sectionColumns(locale),
    { key: 'number', label: t.operationalNo },
    { key: 'indicator', label: t.indicator },
    { key: 'targets', label: t.targets },
    ...earlier.map((previous): ReportColumn => ({ key: previous.key, label: t.value(previous.year), kind: 'number' })),
    { key: 'value', label: t.value(year), kind: 'number' },
    { key: 'status', label: t.status, kind: 'status' },
    { key: 'explanation', label: t.explanation },
  ];
}

/** An XLSX row of one indicator of the overview (the yearly plan reports' indicator sheet). */
export function indicatorSheetRow(
  section: OverviewSection,
  operational: OverviewOperational,
  indicator: OverviewOperational['indicators'][number],
  locale: Locale,
  earlier: EarlierYear[],
): Record<string, ReportCellValue> {
  const row: Record<string, ReportCellValue> = {
    ...sectionCells(section),
    number: operational.number,
    indicator: indicator.text,
    targets: targetsInWords(indicator.targets, locale),
    value: indicator.value,
    status: statusCell(indicator.status, locale),
    explanation: explainStatus(indicator.reason, locale),
  };
  for (const previous of earlier) {
    row[previous.key] = indicator.history.find((entry) => entry.year === previous.year)?.value ?? null;
  }
  return row;
}
