import type { Overview } from '../api/indicators.schema.js';
import { formatEuroCents } from '../i18n/format.js';
import * as model from './report-document.js';
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
import * as parts from './report-parts.js';
import { reportTexts } from './report-texts.js';

type ActivityReportInput = parts.PlanYearReportInput;

/**
 * The activity report for the ministry: the status per action programme and phenomenon with its counts, the roll-up
 * rule, the key figures (each indicator's value in the year beside its target and status) and the evaluation in short.
 * The XLSX has a row per indicator, and the programme and phenomenon summaries.
 */
export function activityReport(input: ActivityReportInput): model.ReportDocument {
  const { overview, tree, locale } = input;
  const t = reportTexts[locale];
  const year = overview.year;
  const previous = year - 1;
  const groups = groupByProgramme(overview.programmes, overview.sections);
  const fundingCents = tree.version.funding.reduce((sum, funding) => sum + euroCents(funding.amount_eur), 0);

  const blocks: model.ReportBlock[] = [
    ...parts.planYearHeader(input, [
      [t.fundingTotal, tree.version.funding.length > 0 ? formatEuroCents(fundingCents, locale) : '—'],
    ]),
    model.heading(t.summary),
    model.heading(t.perProgramme, 2),
    ...parts.programmeSummary(groups, overview, locale, input.chartSvg),
    model.heading(t.perSection, 2),
    model.table(
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
    ...parts.rollupExplanation(locale),
    model.pageBreak(),
    model.heading(t.keyFigures),
    model.paragraph(t.keyFiguresIntro),
  ];

  const hasPrevious = overview.sections.some((section) =>
    section.strategic.some((st) =>
      st.operational.some((op) => op.indicators.some((i) => i.history.some((h) => h.year === previous))),
    ),
  );
  const figureColumns: model.ReportColumn[] = [
    { key: 'number', label: t.operationalNo, width: 0.09 },
    { key: 'indicator', label: t.indicator, width: hasPrevious ? 0.36 : 0.44 },
    { key: 'targets', label: t.targets, width: 0.2 },
    ...(hasPrevious
      ? [{ key: 'previous', label: String(previous), align: 'right', width: 0.08 } satisfies model.ReportColumn]
      : []),
    { key: 'value', label: String(year), align: 'right', width: 0.09 },
    { key: 'status', label: t.status, kind: 'status' },
  ];
  for (const section of overview.sections) {
    const rows: model.ReportRow[] = section.strategic.flatMap((strategic) =>
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
    blocks.push(model.heading(sectionLabel(section), 2));
    blocks.push(rows.length > 0 ? model.table(figureColumns, rows) : model.paragraph(t.noIndicators, 'muted'));
  }

  blocks.push(model.pageBreak(), model.heading(t.evaluationShort), ...evaluationInShort(input, groups));

  return parts.planYearDocument(
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
): model.ReportBlock[] {
  const { locale, overview } = input;
  const t = reportTexts[locale];
  const written = input.evaluations.filter((evaluation) => evaluation.evaluation !== null);
  if (written.length === 0) return [model.paragraph(t.evaluationNone(overview.year), 'muted')];
  const byObjective = new Map(written.map((evaluation) => [evaluation.objectiveId, evaluation]));
  const columns: model.ReportColumn[] = [
    { key: 'number', label: t.operationalNo, width: 0.1 },
    { key: 'summary', label: t.operationalObjective },
    { key: 'evaluator', label: t.evaluatorStatus, kind: 'status', width: 0.16 },
    { key: 'computed', label: t.computedStatus, kind: 'status', width: 0.16 },
  ];
  const blocks: model.ReportBlock[] = [model.paragraph(t.evaluated(written.length, input.evaluations.length))];
  for (const group of groups) {
    const rows: model.ReportRow[] = [];
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
    if (rows.length > 0) blocks.push(model.heading(groupName(group, locale), 2), model.table(columns, rows));
  }
  return blocks;
}

function activitySheets(
  input: ActivityReportInput,
  groups: ProgrammeGroup<Overview['sections'][number]>[],
): model.ReportSheet[] {
  const { overview, locale } = input;
  const t = reportTexts[locale];
  const year = overview.year;
  const evaluations = new Map(input.evaluations.map((evaluation) => [evaluation.objectiveId, evaluation]));
  const earlier: parts.EarlierYear[] = [{ key: 'previous', year: year - 1 }];
  const rows: model.ReportRow[] = [];
  for (const section of overview.sections) {
    for (const strategic of section.strategic) {
      for (const operational of strategic.operational) {
        const evaluation = evaluations.get(operational.id)?.evaluation ?? null;
        for (const indicator of operational.indicators) {
          rows.push({
            ...parts.indicatorSheetRow(section, operational, indicator, locale, earlier),
            objectiveStatus: statusCell(operational.status, locale),
            evaluatorStatus: evaluation ? statusCell(evaluation.status, locale) : null,
          });
        }
      }
    }
  }
  return [
    {
      name: t.indicators,
      columns: [
        ...parts.indicatorSheetColumns(locale, year, earlier),
        { key: 'objectiveStatus', label: `${t.operationalNo} · ${t.computedStatus}`, kind: 'status' },
        { key: 'evaluatorStatus', label: `${t.operationalNo} · ${t.evaluatorStatus}`, kind: 'status' },
      ],
      rows,
    },
    parts.programmeSheet(groups, overview, locale),
    parts.phenomenaSheet(overview, locale),
  ];
}
