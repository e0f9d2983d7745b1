import type { PlanTree, Target } from '../api/plan.schema.js';
import type { Locale } from '../i18n/locale.js';
import * as model from './report-document.js';
import {
  dayText,
  groupByProgramme,
  groupName,
  periodText,
  periodYears,
  sectionLabel,
  targetsInWords,
  versionText,
} from './report-common.js';
import { sectionCells, sectionColumns } from './report-parts.js';
import { reportTexts } from './report-texts.js';

interface PlanReportInput {
  tree: PlanTree;
  /** The municipality's name as svpp knows it ("Mechelen"). */
  municipality: string;
  locale: Locale;
  /** ISO timestamp. */
  generatedAt: string;
}

/** Money is never a float in svpp: the parsed euro amount as whole cents. */
export const euroCents = (amountEur: number): number => Math.round(amountEur * 100);

/**
 * The plan as annex to the convention: a cover (municipality, plan, period, the council decision), the funding, the
 * action programmes with their phenomena, then per section its general objectives and strategic → operational
 * objectives with results and indicators, each target in words. The XLSX has a row per indicator.
 */
export function planReport(input: PlanReportInput): model.ReportDocument {
  const { tree, locale } = input;
  const t = reportTexts[locale];
  const version = tree.version;
  const years = periodYears(version);
  const blocks: model.ReportBlock[] = [
    model.keyValues([
      [t.municipality, input.municipality],
      [t.plan, versionText(version, locale)],
      [t.period, periodText(version)],
      [t.planScope, t.scope(version.counts)],
      [t.planSource, version.sourceFilename],
    ]),
    model.paragraph(t.planContext),
    ...fundingBlocks(input),
    ...programmeBlocks(input),
  ];
  tree.sections.forEach((section, index) => {
    if (index === 0) blocks.push(model.pageBreak());
    blocks.push(...sectionBlocks(section, locale));
  });
  return {
    title: t.planTitle(years).trim(),
    subtitle: t.planSubtitle,
    locale,
    meta: { municipality: input.municipality, generatedAt: input.generatedAt, footer: version.label },
    blocks,
    sheets: planSheets(input),
  };
}

function fundingColumns(locale: Locale): model.ReportColumn[] {
  const t = reportTexts[locale];
  return [
    { key: 'scheme', label: t.fundingScheme, width: 0.5 },
    { key: 'amount', label: t.fundingAmount, kind: 'euro-cents', width: 0.3 },
    { key: 'fte', label: t.fundingFte, kind: 'number' },
  ];
}

function fundingRows(tree: PlanTree): model.ReportRow[] {
  return tree.version.funding.map((funding) => ({
    scheme: funding.scheme,
    amount: euroCents(funding.amount_eur),
    fte: funding.fte ?? null,
  }));
}

function fundingBlocks(input: PlanReportInput): model.ReportBlock[] {
  const t = reportTexts[input.locale];
  const rows = fundingRows(input.tree);
  if (rows.length === 0) return [model.heading(t.funding), model.paragraph(t.noFunding, 'muted')];
  const totalCents = rows.reduce((sum, row) => sum + Number(row.amount), 0);
  return [
    model.heading(t.funding),
    model.table(fundingColumns(input.locale), rows, {
      caption: t.fundingCaption,
      totals: { scheme: t.total, amount: totalCents },
    }),
  ];
}

function programmeBlocks(input: PlanReportInput): model.ReportBlock[] {
  const { tree, locale } = input;
  const t = reportTexts[locale];
  if (tree.actionProgrammes.length === 0) {
    return [model.heading(t.programmes), model.paragraph(t.noProgrammes, 'muted')];
  }
  const groups = groupByProgramme(tree.actionProgrammes, tree.sections);
  const rows = groups.map((group) => ({
    programme: groupName(group, locale),
    phenomena: group.sections.map(sectionLabel).join('\n'),
  }));
  return [
    model.heading(t.programmes),
    model.paragraph(t.programmesIntro),
    model.table(
      [
        { key: 'programme', label: t.programme, width: 0.38 },
        { key: 'phenomena', label: t.phenomena },
      ],
      rows,
    ),
  ];
}

type Section = PlanTree['sections'][number];
type Objective = Section['general'][number];

/** "Trekker: …" and "Partners: …" where set. */
function ownerBlocks(objective: Objective, locale: Locale): model.ReportBlock[] {
  const t = reportTexts[locale];
  const pairs: [string, string][] = [];
  if (objective.owner) pairs.push([t.owner, objective.owner]);
  if (objective.partners.length > 0) pairs.push([t.partners, objective.partners.join(', ')]);
  return pairs.length > 0 ? [model.keyValues(pairs)] : [];
}

function sectionBlocks(section: Section, locale: Locale): model.ReportBlock[] {
  const t = reportTexts[locale];
  const blocks: model.ReportBlock[] = [model.heading(sectionLabel(section), 1)];
  blocks.push(
    model.paragraph(
      section.actionProgrammes.length > 0 ? t.inProgramme(section.actionProgrammes.join(', ')) : t.notInProgramme,
      'muted',
    ),
  );
  if (section.description) blocks.push(model.paragraph(section.description));
  // Lists as one-column tables rather than a bold line and bullets: a table's header stays with its rows on every page.
  if (section.general.length > 0) {
    blocks.push(
      model.table(
        [{ key: 'objective', label: t.generalObjectives }],
        section.general.map((general) => ({ objective: `${general.number} ${general.title}` })),
      ),
    );
  }
  for (const strategic of section.strategic) {
    blocks.push(
      model.heading(`${t.strategicObjective} ${strategic.number}${t.colon}${strategic.title}`, 2),
      ...ownerBlocks(strategic, locale),
    );
    for (const operational of strategic.operational) {
      blocks.push(
        model.heading(`${t.operationalObjective} ${operational.number}${t.colon}${operational.title}`, 3),
        ...ownerBlocks(operational, locale),
      );
      if (operational.results.length > 0) {
        blocks.push(
          model.table(
            [{ key: 'result', label: t.results }],
            operational.results.map((result) => ({ result: result.text })),
          ),
        );
      }
      if (operational.indicators.length === 0) {
        blocks.push(model.paragraph(t.noIndicators, 'muted'));
        continue;
      }
      blocks.push(
        model.table(
          [
            { key: 'indicator', label: t.indicator, width: 0.58 },
            { key: 'targets', label: t.targets },
          ],
          operational.indicators.map((indicator) => ({
            indicator: indicator.text,
            targets: targetsInWords(indicator.targets, locale),
          })),
        ),
      );
    }
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// The XLSX: a row per indicator, the funding, the programmes.

const targetFields = ['kind', 'op', 'value', 'per', 'year', 'from', 'until', 'due'] as const;

/**
 * One target field over an indicator's targets: the value itself for one target (a number stays a number), one line
 * per target when there are several (as in the "targets in words" cell), empty when no target has it.
 */
function targetCell(targets: Target[], field: (typeof targetFields)[number]): model.ReportCellValue {
  const values = targets.map((target) => target[field]);
  if (values.every((value) => value === undefined)) return null;
  if (values.length === 1) return values[0] ?? null;
  return values
    .map((value) => (value === undefined ? '—' : field === 'due' ? dayText(String(value)) : String(value)))
    .join('\n');
}

function planSheets(input: PlanReportInput): model.ReportSheet[] {
  const { tree, locale } = input;
  const t = reportTexts[locale];
  const columns: model.ReportColumn[] = [
    ...sectionColumns(locale),
    { key: 'strategicNo', label: t.strategicNo },
    { key: 'strategic', label: t.strategicObjective },
    { key: 'operationalNo', label: t.operationalNo },
    { key: 'operational', label: t.operationalObjective },
    { key: 'indicator', label: t.indicator },
    { key: 'targets', label: t.targets },
    ...model.namedColumns(t.targetColumns, ['kind', 'op', 'value', 'per', 'year', 'from', 'until', 'due'], {
      value: { kind: 'number' },
      year: { kind: 'number', align: 'right' },
      from: { kind: 'number', align: 'right' },
      until: { kind: 'number', align: 'right' },
      due: { kind: 'date' },
    }),
    ...model.namedColumns(t, ['owner', 'partners']),
  ];
  const rows: model.ReportRow[] = [];
  for (const section of tree.sections) {
    for (const strategic of section.strategic) {
      for (const operational of strategic.operational) {
        for (const indicator of operational.indicators) {
          const row: Record<string, model.ReportCellValue> = {
            ...sectionCells(section),
            strategicNo: strategic.number,
            strategic: strategic.title,
            operationalNo: operational.number,
            operational: operational.title,
            indicator: indicator.text,
            targets: targetsInWords(indicator.targets, locale),
            owner: operational.owner ?? strategic.owner ?? null,
            partners: [...new Set([...strategic.partners, ...operational.partners])].join(', '),
          };
          for (const field of targetFields) row[field] = targetCell(indicator.targets, field);
          rows.push(row);
        }
      }
    }
  }
  const programmeRows: model.ReportRow[] = groupByProgramme(tree.actionProgrammes, tree.sections).flatMap((group) =>
    group.sections.map((section) => ({
      programme: groupName(group, locale),
      number: section.number,
      title: section.title,
    })),
  );
  return [
    { name: t.indicators, columns, rows },
    { name: t.funding, columns: fundingColumns(locale), rows: fundingRows(tree) },
    {
      name: t.programmes,
      columns: [
        { key: 'programme', label: t.programme },
        { key: 'number', label: t.section },
        { key: 'title', label: t.phenomenon },
      ],
      rows: programmeRows,
    },
  ];
}
