import type { Overview } from '../api/indicators.schema.js';
import { formatEuroCents } from '../i18n/format.js';
import { explainStatus } from '../indicators/status-words.js';
import {
  heading,
  pageBreak,
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
  countsText,
  currentValueText,
  groupByProgramme,
  groupName,
  historyValueText,
  sectionLabel,
  statusCell,
  targetsInWords,
  truncate,
  type ProgrammeGroup,
} from './report-common.js';
import { euroCents } from './plan-report.js';
import {
  phenomenaSheet,
  planYearDocument,
  planYearHeader,
  programmeSheet,
  programmeSummary,
  rollupExplanation,
  type PlanYearReportInput,
} from './report-parts.js';
import { reportTexts } from './report-texts.js';

type ActivityReportInput = PlanYearReportInput;

/**
 * The activity report for the ministry: the status per action programme and phenomenon with its counts, the roll-up
 * rule, the key figures (each indicator's value in the year beside its target and status) and the evaluation in short.
 * The XLSX has a row per indicator, and the programme and phenomenon summaries.
 */
export function activityReport(input: ActivityReportInput): ReportDocument {
  const { overview, tree, locale } = input;
  const t = reportTexts[locale];
  const year = overview.year;
  const previous = year - 1;
  const groups = groupByProgramme(overview.programmes, overview.sections);
  const fundingCents = tree.version.funding.reduce((sum, funding) => sum + euroCents(funding.amount_eur), 0);

  const blocks: ReportBlock[] = [
    ...planYearHeader(input, [
      [t.fundingTotal, tree.version.funding.length > 0 ? formatEuroCents(fundingCents, locale) : '—'],
    ]),
    heading(t.summary),
    heading(t.perProgramme, 2),
    ...programmeSummary(groups, overview, locale, input.chartSvg),
    heading(t.perSection, 2),
    table(
      [
        { key: 'section', label: t.phenomenon, width: 0.33 },
        { key: 'programme', label: t.programme, width: 0.26 },
        { key: 'status', label: t.status, kind: 'status', width: 0.14 },
        { key: 'counts', label: t.indicators },
      ],
      overview.sections.map((section) => ({
        section: sectionLabel(section),
        programme: section.actionProgrammes.join(', ') || '—',
        status: statusCell(section.status, locale),
        counts: countsText(section.counts, locale),
      })),
    ),
    ...rollupExplanation(locale),
    pageBreak(),
    heading(t.keyFigures),
    paragraph(t.keyFiguresIntro),
  ];

  const hasPrevious = overview.sections.some((section) =>
    section.strategic.some((st) =>
      st.operational.some((op) => op.indicators.some((i) => i.history.some((h) => h.year === previous))),
    ),
  );
  const figureColumns: ReportColumn[] = [
    { key: 'number', label: t.operationalNo, width: 0.09 },
    { key: 'indicator', label: t.indicator, width: hasPrevious ? 0.36 : 0.44 },
    { key: 'targets', label: t.targets, width: 0.2 },
    ...(hasPrevious
      ? [{ key: 'previous', label: String(previous), align: 'right', width: 0.08 } satisfies ReportColumn]
      : []),
    { key: 'value', label: String(year), align: 'right', width: 0.09 },
    { key: 'status', label: t.status, kind: 'status' },
  ];
  for (const section of overview.sections) {
    const rows: ReportRow[] = section.strategic.flatMap((strategic) =>
      strategic.operational.flatMap((operational) =>
        operational.indicators.map((indicator) => ({
          number: operational.number,
          indicator: indicator.text,
          targets: targetsInWords(indicator.targets, locale),
          previous: historyValueText(indicator, previous, locale),
          value: currentValueText(indicator, locale),
          status: statusCell(indicator.status, locale),
        })),
      ),
    );
    blocks.push(heading(sectionLabel(section), 2));
    blocks.push(rows.length > 0 ? table(figureColumns, rows) : paragraph(t.noIndicators, 'muted'));
  }

  blocks.push(pageBreak(), heading(t.evaluationShort), ...evaluationInShort(input, groups));

  return planYearDocument(
    input,
    { title: t.activityTitle(year), subtitle: t.activitySubtitle(tree.version.label) },
    blocks,
    activitySheets(input, groups),
  );
}

/** Per programme a row per evaluated objective: the evaluator's status beside the computed one, the texts cut short. */
function evaluationInShort(
  input: ActivityReportInput,
  groups: ProgrammeGroup<Overview['sections'][number]>[],
): ReportBlock[] {
  const { locale, overview } = input;
  const t = reportTexts[locale];
  const written = input.evaluations.filter((evaluation) => evaluation.evaluation !== null);
  if (written.length === 0) return [paragraph(t.evaluationNone(overview.year), 'muted')];
  const byObjective = new Map(written.map((evaluation) => [evaluation.objectiveId, evaluation]));
  const columns: ReportColumn[] = [
    { key: 'number', label: t.operationalNo, width: 0.1 },
    { key: 'summary', label: t.operationalObjective },
    { key: 'evaluator', label: t.evaluatorStatus, kind: 'status', width: 0.16 },
    { key: 'computed', label: t.computedStatus, kind: 'status', width: 0.16 },
  ];
  const blocks: ReportBlock[] = [paragraph(t.evaluated(written.length, input.evaluations.length))];
  for (const group of groups) {
    const rows: ReportRow[] = [];
    for (const section of group.sections) {
      for (const strategic of section.strategic) {
        for (const operational of strategic.operational) {
          const text = byObjective.get(operational.id)?.evaluation;
          if (!text) continue;
          const lines = [
            truncate(operational.title, 110),
            text.done.trim() ? `${t.done}${t.colon}${truncate(text.done, 240)}` : '',
            text.bottlenecks.trim() ? `${t.bottlenecks}${t.colon}${truncate(text.bottlenecks, 160)}` : '',
            text.adjustments.trim() ? `${t.adjustments}${t.colon}${truncate(text.adjustments, 160)}` : '',
          ];
          rows.push({
            number: operational.number,
            summary: lines.filter(Boolean).join('\n'),
            evaluator: statusCell(text.status, locale),
            computed: statusCell(operational.status, locale),
          });
        }
      }
    }
    if (rows.length > 0) blocks.push(heading(groupName(group, locale), 2), table(columns, rows));
  }
  return blocks;
}

function activitySheets(
  input: ActivityReportInput,
  groups: ProgrammeGroup<Overview['sections'][number]>[],
): ReportSheet[] {
  const { overview, locale } = input;
  const t = reportTexts[locale];
  const year = overview.year;
  const evaluations = new Map(input.evaluations.map((evaluation) => [evaluation.objectiveId, evaluation]));
  const rows: ReportRow[] = [];
  for (const section of overview.sections) {
    for (const strategic of section.strategic) {
      for (const operational of strategic.operational) {
        const evaluation = evaluations.get(operational.id)?.evaluation ?? null;
        for (const indicator of operational.indicators) {
          const row: Record<string, ReportCellValue> = {
            section: sectionLabel(section),
            programmes: section.actionProgrammes.join(', '),
            number: operational.number,
            indicator: indicator.text,
            targets: targetsInWords(indicator.targets, locale),
            previous: indicator.history.find((entry) => entry.year === year - 1)?.value ?? null,
            value: indicator.value,
            status: statusCell(indicator.status, locale),
            explanation: explainStatus(indicator.reason, locale),
            objectiveStatus: statusCell(operational.status, locale),
            evaluatorStatus: evaluation ? statusCell(evaluation.status, locale) : null,
          };
          rows.push(row);
        }
      }
    }
  }
  return [
    {
      name: t.indicators,
      columns: [
        { key: 'section', label: t.section },
        { key: 'programmes', label: t.programmes },
        { key: 'number', label: t.operationalNo },
        { key: 'indicator', label: t.indicator },
        { key: 'targets', label: t.targets },
        { key: 'previous', label: t.value(year - 1), kind: 'number' },
        { key: 'value', label: t.value(year), kind: 'number' },
        { key: 'status', label: t.status, kind: 'status' },
        { key: 'explanation', label: t.explanation },
        { key: 'objectiveStatus', label: `${t.operationalNo} · ${t.computedStatus}`, kind: 'status' },
        { key: 'evaluatorStatus', label: `${t.operationalNo} · ${t.evaluatorStatus}`, kind: 'status' },
      ],
      rows,
    },
    programmeSheet(groups, overview, locale),
    phenomenaSheet(overview, locale),
  ];
}
