import type { Evaluation } from '../api/evaluation.schema.js';
import type { Overview } from '../api/indicators.schema.js';
import type { Locale } from '../i18n/locale.js';
import { explainStatus } from '../indicators/status-words.js';
import * as model from './report-document.js';
import {
  countCells,
  countColumns,
  countsText,
  currentValueText,
  dayText,
  groupByProgramme,
  groupName,
  groupRollup,
  historyValueText,
  historyYears,
  sectionIndicators,
  sectionLabel,
  statusCell,
  statusLine,
  targetsInWords,
  type ProgrammeGroup,
} from './report-common.js';
import { statusCountsChart, trendChart } from './report-charts.js';
import * as parts from './report-parts.js';
import { reportTexts } from './report-texts.js';

type EvaluationReportInput = parts.PlanYearReportInput;

type Section = Overview['sections'][number];
type Operational = Section['strategic'][number]['operational'][number];

/** How many previous years the tables show beside the year itself. */
const previousYears = 2;

/**
 * The yearly evaluation of the action programmes for the college (due 31 March of the next year): per programme and
 * phenomenon each operational objective with its indicators (target in words, values of the year and the years
 * before, status and the rule), the evaluator's texts and status beside the computed one, and a few charts.
 */
export function evaluationReport(input: EvaluationReportInput): model.ReportDocument {
  const { overview, locale, tree } = input;
  const t = reportTexts[locale];
  const year = overview.year;
  const asOf = dayText(overview.asOf);
  const groups = groupByProgramme(overview.programmes, overview.sections);
  const evaluations = new Map(input.evaluations.map((evaluation) => [evaluation.objectiveId, evaluation]));
  const years = historyYears(overview, previousYears);

  const blocks: model.ReportBlock[] = [
    ...parts.planYearHeader(input, [
      [t.addressee, t.addresseeValue],
      [t.dueBy, `31/03/${year + 1}`],
    ]),
    model.heading(t.summary),
    model.paragraph(t.summaryIntro(year, asOf)),
    ...parts.programmeSummary(groups, overview, locale, input.chartSvg),
    ...parts.rollupExplanation(locale),
  ];

  groups.forEach((group, index) => {
    const name = groupName(group, locale);
    const rolled = groupRollup(group, overview);
    // Each programme on a page of its own, the first one right after the summary.
    if (index > 0) blocks.push(model.pageBreak());
    blocks.push(
      model.heading(group.name === null ? name : `${t.programme}${t.colon}${name}`, 1),
      statusLine(t.computedStatus, rolled.status, locale, countsText(rolled.counts, locale)),
    );
    if (group.sections.length > 1) {
      blocks.push(
        statusCountsChart(input.chartSvg, locale, {
          title: t.chartSections(name),
          categoryLabel: t.phenomenon,
          categories: group.sections.map(sectionLabel),
          counts: group.sections.map((section) => section.counts),
          altWhat: name,
        }),
      );
    }
    const trend = trendChart(input.chartSvg, locale, {
      title: t.chartTrend(name),
      altWhat: name,
      indicators: group.sections
        .flatMap(sectionIndicators)
        .map(({ operational, indicator }) => ({ label: `${operational.number} ${indicator.text}`, state: indicator })),
    });
    if (trend) blocks.push(trend);
    for (const section of group.sections) blocks.push(...sectionBlocks(section, { locale, year, years, evaluations }));
  });

  return parts.planYearDocument(
    input,
    { title: t.evaluationTitle(year), subtitle: t.evaluationSubtitle(tree.version.label) },
    blocks,
    evaluationSheets(input, groups, years),
  );
}

interface SectionContext {
  locale: Locale;
  year: number;
  years: number[];
  evaluations: Map<string, Evaluation>;
}

function indicatorColumns(locale: Locale, year: number, years: number[]): model.ReportColumn[] {
  const t = reportTexts[locale];
  const valueWidth = 0.075;
  return [
    { key: 'indicator', label: t.indicator, width: years.length > 1 ? 0.25 : 0.28 },
    { key: 'targets', label: t.targets, width: 0.16 },
    ...years.map((previous): model.ReportColumn => ({
      key: `y${previous}`,
      label: String(previous),
      align: 'right',
      width: valueWidth,
    })),
    { key: 'value', label: String(year), align: 'right', width: valueWidth },
    { key: 'status', label: t.status, kind: 'status', width: 0.13 },
    { key: 'explanation', label: t.explanation },
  ];
}

function sectionBlocks(section: Section, context: SectionContext): model.ReportBlock[] {
  const { locale } = context;
  const t = reportTexts[locale];
  const blocks: model.ReportBlock[] = [
    model.heading(sectionLabel(section), 2),
    statusLine(t.computedStatus, section.status, locale, countsText(section.counts, locale)),
  ];
  for (const strategic of section.strategic) {
    blocks.push(model.heading(`${t.strategicObjective} ${strategic.number}${t.colon}${strategic.title}`, 3));
    for (const operational of strategic.operational) {
      // The indicators right under the heading (the PDF keeps a heading with what follows it), then the objective's
      // computed status and the evaluator's judgement.
      blocks.push(model.heading(`${t.operationalObjective} ${operational.number}${t.colon}${operational.title}`, 3));
      blocks.push(
        operational.indicators.length > 0
          ? indicatorTable(operational, context)
          : model.paragraph(t.noIndicators, 'muted'),
      );
      blocks.push(...operationalBlocks(operational, context));
    }
  }
  return blocks;
}

function indicatorTable(operational: Operational, context: SectionContext): model.ReportBlock {
  const { locale, year, years } = context;
  return model.table(
    indicatorColumns(locale, year, years),
    operational.indicators.map((indicator) => {
      const row: Record<string, model.ReportCellValue> = {
        indicator: indicator.text,
        targets: targetsInWords(indicator.targets, locale),
        value: currentValueText(indicator, locale),
        status: statusCell(indicator.status, locale),
        explanation: explainStatus(indicator.reason, locale),
      };
      for (const previous of years) row[`y${previous}`] = historyValueText(indicator, previous, locale);
      return row;
    }),
  );
}

/** The computed status, the evaluator's status and texts (or that none was written yet). */
function operationalBlocks(operational: Operational, context: SectionContext): model.ReportBlock[] {
  const { locale, year } = context;
  const t = reportTexts[locale];
  const evaluation = context.evaluations.get(operational.id)?.evaluation ?? null;
  const blocks: model.ReportBlock[] = [
    statusLine(t.computedStatus, operational.status, locale, countsText(operational.counts, locale)),
  ];
  if (!evaluation) {
    blocks.push(model.paragraph(t.notEvaluated(year), 'muted'));
    return blocks;
  }
  const texts: [string, string][] = [
    [t.done, evaluation.done],
    [t.bottlenecks, evaluation.bottlenecks],
    [t.adjustments, evaluation.adjustments],
  ];
  const written = texts.filter(([, text]) => text.trim() !== '');
  if (written.length > 0) blocks.push(model.keyValues(written));
  // The evaluator's conclusion last, with who wrote it and when.
  blocks.push(
    statusLine(
      t.evaluatorStatus,
      evaluation.status,
      locale,
      t.writtenBy(evaluation.updatedBy ?? '—', dayText(evaluation.updatedAt)),
    ),
  );
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// The XLSX: a sheet per level — programmes, phenomena, operational objectives (with the evaluation), indicators.

function evaluationSheets(
  input: EvaluationReportInput,
  groups: ProgrammeGroup<Section>[],
  years: number[],
): model.ReportSheet[] {
  const { overview, locale } = input;
  const t = reportTexts[locale];
  const evaluations = new Map(input.evaluations.map((evaluation) => [evaluation.objectiveId, evaluation]));
  const earlier = years.map((year): parts.EarlierYear => ({ key: `y${year}`, year }));
  const objectiveRows: model.ReportRow[] = [];
  const indicatorRows: model.ReportRow[] = [];
  for (const section of overview.sections) {
    for (const strategic of section.strategic) {
      for (const operational of strategic.operational) {
        const evaluation = evaluations.get(operational.id)?.evaluation ?? null;
        objectiveRows.push({
          ...parts.sectionCells(section),
          strategicNo: strategic.number,
          number: operational.number,
          title: operational.title,
          owner: operational.owner,
          computed: statusCell(operational.status, locale),
          evaluator: evaluation ? statusCell(evaluation.status, locale) : null,
          done: evaluation?.done ?? null,
          bottlenecks: evaluation?.bottlenecks ?? null,
          adjustments: evaluation?.adjustments ?? null,
          updatedBy: evaluation?.updatedBy ?? null,
          updatedAt: evaluation?.updatedAt ?? null,
          ...countCells(operational.counts),
        });
        for (const indicator of operational.indicators) {
          indicatorRows.push(parts.indicatorSheetRow(section, operational, indicator, locale, earlier));
        }
      }
    }
  }
  const objectives: model.ReportSheet = {
    name: t.objectives,
    columns: [
      ...parts.sectionColumns(locale),
      { key: 'strategicNo', label: t.strategicNo },
      { key: 'number', label: t.operationalNo },
      { key: 'title', label: t.operationalObjective },
      { key: 'owner', label: t.owner },
      { key: 'computed', label: t.computedStatus, kind: 'status' },
      { key: 'evaluator', label: t.evaluatorStatus, kind: 'status' },
      { key: 'done', label: t.done },
      { key: 'bottlenecks', label: t.bottlenecks },
      { key: 'adjustments', label: t.adjustments },
      { key: 'updatedBy', label: t.evaluator },
      { key: 'updatedAt', label: t.writtenOn, kind: 'date' },
      ...countColumns(locale),
    ],
    rows: objectiveRows,
  };
  const indicators: model.ReportSheet = {
    name: t.indicators,
    columns: parts.indicatorSheetColumns(locale, overview.year, earlier),
    rows: indicatorRows,
  };
  return [
    parts.programmeSheet(groups, overview, locale),
    parts.phenomenaSheet(overview, locale),
    objectives,
    indicators,
  ];
}
