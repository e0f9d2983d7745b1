import {
  categoryLabels,
  finderLabels,
  finders,
  offenceCategories,
  type OffenceCategory,
} from '../../../shared/enforcement/catalogue.js';
import { gasProcedure } from '../../../shared/enforcement/procedure.js';
import { formatEuroCents, formatNumber } from '../../../shared/i18n/format.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { chartFont, chartWidth, countBarChart, type ChartSvgRenderer } from '../../../shared/reports/report-charts.js';
import * as model from '../../../shared/reports/report-document.js';
import { gasFigures, type GasFigures, type GasReportYear } from './gas-figures.js';
import { gasReportTexts } from './gas-report-texts.js';

export interface GasReportUnit {
  id: string;
  name: string;
  /** For a member: the agreement's days in words ("01/01/2024 –"), shown in the list of members. */
  agreement?: string;
}

export interface GasReportInput {
  /** The tenant reported on: a municipality or the association. */
  municipality: string;
  association: boolean;
  locale: Locale;
  generatedAt: string;
  year: number;
  /** The municipalities whose findings the report holds (an association: itself and its members). */
  units: GasReportUnit[];
  /** The reported year and the years before it, oldest first (the last one is `year`). */
  years: GasReportYear[];
  articleLabels: Map<string, { nl: string; fr: string }>;
  chartSvg: ChartSvgRenderer;
}

const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((1000 * part) / whole) / 10 : null;

/**
 * The GASAM yearly report the plan asks for (issue 18): nature of the offences (category, article, source), decisions,
 * mediation, payments, and the evolution against the previous years; for an association also per member. Pure.
 */
export function gasReport(input: GasReportInput): model.ReportDocument {
  const { locale, year } = input;
  const t = gasReportTexts[locale];
  const num = (n: number) => formatNumber(n, locale);
  const euro = (c: number) => formatEuroCents(c, locale);
  const current = input.years[input.years.length - 1] ?? { year, rows: [], mediation: [] };
  const f = gasFigures(current);
  const decisionLabel = (key: string) =>
    gasProcedure.steps.find((s) => s.key === 'decided')?.outcomes?.find((o) => o.key === key)?.labels[locale] ?? key;
  const categoryName = (c: string) => categoryLabels[c as OffenceCategory]?.[locale] ?? c;
  const sourceName = (s: string) => finderLabels[s as keyof typeof finderLabels]?.[locale] ?? s;
  const pct: model.ReportColumn = { key: 'share', label: t.share, kind: 'number', decimals: 1, width: 0.16 };
  const countCol: model.ReportColumn = { key: 'count', label: t.count, kind: 'number', width: 0.16 };

  // [label, value, in euro cents]
  const summaryFigures: [string, number, boolean][] = [
    [t.findings, f.findings, false],
    [t.fines, f.decisions.fine, false],
    [t.mediations, f.decisions.mediation, false],
    [t.dismissals, f.decisions.dismissal, false],
    [t.pending, f.decisions.pending, false],
    [t.closed, f.closed, false],
    [t.invoiced, f.invoicedCents, true],
    [t.paid, f.paidCents, true],
    [t.outstanding, f.outstandingCents, true],
  ];
  const summaryRows: [string, string][] = summaryFigures.map(([label, value, money]) => [
    label,
    money ? euro(value) : num(value),
  ]);

  const categories = model.table(
    [{ key: 'category', label: t.category, width: 0.5 }, countCol, pct],
    offenceCategories
      .filter((c) => f.byCategory[c] > 0)
      .map((c) => ({ category: categoryName(c), count: f.byCategory[c], share: share(f.byCategory[c], f.findings) })),
    { totals: { category: t.findings, count: f.findings, share: f.findings > 0 ? 100 : null } },
  );
  const articles = model.table(
    [
      { key: 'article', label: t.article, width: 0.16 },
      { key: 'description', label: t.description, width: 0.4 },
      { key: 'category', label: t.category, width: 0.16 },
      countCol,
    ],
    [...f.byArticle.entries()]
      .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
      .map(([code, a]) => {
        const words = input.articleLabels.get(code);
        return {
          article: code,
          description: words ? (locale === 'fr' ? words.fr : words.nl) : '',
          category: categoryName(a.category),
          count: a.n,
        };
      }),
  );
  const sources = model.table(
    [{ key: 'source', label: t.source, width: 0.5 }, countCol, pct],
    finders.map((s) => ({
      source: sourceName(s),
      count: f.bySource[s] ?? 0,
      share: share(f.bySource[s] ?? 0, f.findings),
    })),
  );
  const decisions = model.table(
    [{ key: 'decision', label: t.decision, width: 0.5 }, countCol, pct],
    [
      { decision: decisionLabel('fine'), count: f.decisions.fine },
      { decision: decisionLabel('mediation'), count: f.decisions.mediation },
      { decision: decisionLabel('dismissal'), count: f.decisions.dismissal },
      { decision: t.pending, count: f.decisions.pending },
    ].map((r) => ({ ...r, share: share(r.count, f.findings) })),
    { totals: { decision: t.findings, count: f.findings, share: f.findings > 0 ? 100 : null } },
  );
  const mediation = model.table(
    [{ key: 'label', label: t.mediation, width: 0.5 }, countCol],
    [
      { label: t.referred, count: f.mediation.referred },
      { label: t.succeeded, count: f.mediation.succeeded },
      { label: t.failed, count: f.mediation.failed },
      { label: t.ongoing, count: f.mediation.ongoing },
    ],
  );
  const payments = model.table(
    [
      { key: 'label', label: t.payments, width: 0.5 },
      { key: 'amount', label: t.amount, kind: 'euro-cents', width: 0.25 },
      { key: 'share', label: t.share, kind: 'number', decimals: 1 },
    ],
    [
      { label: t.invoiced, amount: f.invoicedCents, share: f.invoicedCents > 0 ? 100 : null },
      { label: t.paid, amount: f.paidCents, share: share(f.paidCents, f.invoicedCents) },
      { label: t.outstanding, amount: f.outstandingCents, share: share(f.outstandingCents, f.invoicedCents) },
    ],
  );

  // Evolution: a row per figure, a column per year, and the change of the last year against the one before.
  const perYear = input.years.map((y) => ({ year: y.year, f: gasFigures(y) }));
  const previous = perYear.length >= 2 ? perYear[perYear.length - 2]!.f : null;
  const measures: { label: string; value: (g: GasFigures) => number; money?: boolean }[] = [
    { label: t.findings, value: (g) => g.findings },
    ...offenceCategories.map((c) => ({ label: `— ${categoryName(c)}`, value: (g: GasFigures) => g.byCategory[c] })),
    { label: t.fines, value: (g) => g.decisions.fine },
    { label: t.mediations, value: (g) => g.decisions.mediation },
    { label: t.dismissals, value: (g) => g.decisions.dismissal },
    { label: t.invoiced, value: (g) => g.invoicedCents, money: true },
    { label: t.paid, value: (g) => g.paidCents, money: true },
    { label: t.outstanding, value: (g) => g.outstandingCents, money: true },
  ];
  const yearWidth = Math.min(0.14, 0.6 / Math.max(1, perYear.length + 1));
  const evolutionColumns: model.ReportColumn[] = [
    { key: 'measure', label: t.measure },
    ...perYear.map((y) => ({ key: `y${y.year}`, label: String(y.year), kind: 'number' as const, width: yearWidth })),
    { key: 'change', label: t.change(year), kind: 'number', decimals: 1, width: yearWidth },
  ];
  const changeOf = (now: number, before: number | null): number | null =>
    before === null || before === 0 ? null : Math.round((1000 * (now - before)) / before) / 10;
  const evolution = model.table(
    evolutionColumns,
    measures.map((m) => {
      const row: Record<string, string | number | null> = { measure: m.label };
      for (const y of perYear) row[`y${y.year}`] = m.money ? euro(m.value(y.f)) : m.value(y.f);
      row.change = changeOf(m.value(f), previous ? m.value(previous) : null);
      return row;
    }),
  );
  const evolutionSheet = {
    name: t.sheetEvolution,
    columns: evolutionColumns.map((c) =>
      c.key === 'measure' || c.key === 'change' ? c : { ...c, kind: 'number' as const },
    ),
    rows: measures.map((m) => {
      const row: Record<string, string | number | null> = { measure: m.money ? `${m.label} (€)` : m.label };
      for (const y of perYear) row[`y${y.year}`] = m.money ? m.value(y.f) / 100 : m.value(y.f);
      row.change = changeOf(m.value(f), previous ? m.value(previous) : null);
      return row;
    }),
  };

  // The renderers print the title and subtitle above the blocks.
  const blocks: model.ReportBlock[] = [
    model.paragraph(t.intro(year)),
    ...(input.association && input.units.length > 0
      ? [
          model.heading(t.members, 3),
          model.keyValues(input.units.map((u) => [u.name, u.agreement ?? ''] as [string, string])),
        ]
      : []),
    model.heading(t.summary, 2),
    model.keyValues(summaryRows),
    model.heading(t.nature, 2),
    ...(f.findings === 0 ? [model.paragraph(t.none, 'muted')] : []),
    categories,
  ];
  const catRows = offenceCategories.filter((c) => f.byCategory[c] > 0);
  if (catRows.length > 0) {
    blocks.push(
      countBarChart(input.chartSvg, {
        title: t.chartCategories,
        categoryLabel: t.category,
        seriesName: t.findings,
        categories: catRows.map(categoryName),
        values: catRows.map((c) => f.byCategory[c]),
        locale,
      }),
    );
  }
  blocks.push(model.heading(t.source, 3), sources, model.heading(t.article, 3), articles);
  blocks.push(model.heading(t.decisions, 2), decisions, model.heading(t.mediation, 2), mediation);
  blocks.push(model.heading(t.payments, 2), payments, model.paragraph(t.amountsNote, 'muted'));
  blocks.push(model.heading(t.evolution, 2), evolution);
  blocks.push(
    evolutionChart(input.chartSvg, locale, t.chartEvolution, t.year, perYear, [
      { name: t.findings, value: (g) => g.findings },
      { name: t.fines, value: (g) => g.decisions.fine },
      { name: t.mediations, value: (g) => g.decisions.mediation },
      { name: t.dismissals, value: (g) => g.decisions.dismissal },
    ]),
  );

  const sheets = [
    {
      name: t.sheetSummary,
      columns: [
        { key: 'label', label: t.measure },
        { key: 'value', label: String(year), kind: 'number' as const },
      ],
      // Numbers a spreadsheet can sum (the amounts in euro, as on the evolution sheet), not the printed text.
      rows: summaryFigures.map(([label, value, money]) => ({
        label: money ? `${label} (€)` : label,
        value: money ? value / 100 : value,
      })),
    },
    model.sheetFromTable(t.sheetCategories, categories),
    model.sheetFromTable(t.sheetArticles, articles),
    model.sheetFromTable(t.sheetSources, sources),
    model.sheetFromTable(t.sheetDecisions, decisions),
    evolutionSheet,
  ];

  if (input.association) {
    const memberColumns: model.ReportColumn[] = [
      { key: 'member', label: t.member, width: 0.2 },
      { key: 'findings', label: t.findings, kind: 'number' },
      { key: 'fines', label: t.fines, kind: 'number' },
      { key: 'mediations', label: t.mediations, kind: 'number' },
      { key: 'dismissals', label: t.dismissals, kind: 'number' },
      { key: 'invoiced', label: t.invoiced, kind: 'euro-cents' },
      { key: 'paid', label: t.paid, kind: 'euro-cents' },
      { key: 'outstanding', label: t.outstanding, kind: 'euro-cents' },
    ];
    const memberRow = (name: string, g: GasFigures): model.ReportRow => ({
      member: name,
      findings: g.findings,
      fines: g.decisions.fine,
      mediations: g.decisions.mediation,
      dismissals: g.decisions.dismissal,
      invoiced: g.invoicedCents,
      paid: g.paidCents,
      outstanding: g.outstandingCents,
    });
    const memberRows = input.units.map((u) => memberRow(u.name, gasFigures(current, u.id)));
    const members = model.table(memberColumns, memberRows, { totals: memberRow(input.municipality, f) });
    // Printed as two tables (counts, then money) so the columns stay readable; the sheet holds them together.
    const pick = (keys: string[]) => {
      const columns = memberColumns.filter((c) => c.key === 'member' || keys.includes(c.key));
      const only = (row: model.ReportRow): model.ReportRow =>
        Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null]));
      return model.table(
        columns.map((c) => (c.key === 'member' ? { ...c, width: 0.32 } : c)),
        memberRows.map(only),
        { totals: only(memberRow(input.municipality, f)) },
      );
    };
    const memberCounts = pick(['findings', 'fines', 'mediations', 'dismissals']);
    const memberMoney = pick(['invoiced', 'paid', 'outstanding']);
    const membersYears = model.table(
      [
        { key: 'member', label: t.member },
        ...input.years.map((y) => ({
          key: `y${y.year}`,
          label: String(y.year),
          kind: 'number' as const,
          width: yearWidth,
        })),
      ],
      input.units.map((u) => {
        const row: Record<string, string | number> = { member: u.name };
        for (const y of input.years) row[`y${y.year}`] = gasFigures(y, u.id).findings;
        return row;
      }),
      {
        totals: Object.fromEntries<string | number>([
          ['member', input.municipality],
          ...input.years.map((y): [string, number] => [`y${y.year}`, gasFigures(y).findings]),
        ]),
      },
    );
    blocks.push(
      model.heading(t.perMember, 2),
      memberCounts,
      memberMoney,
      model.heading(t.perMemberEvolution, 3),
      membersYears,
    );
    for (const u of input.units) {
      const g = gasFigures(current, u.id);
      blocks.push(
        model.heading(u.name, 3),
        model.keyValues([
          [t.findings, num(g.findings)],
          ...offenceCategories
            .filter((c) => g.byCategory[c] > 0)
            .map((c) => [`— ${categoryName(c)}`, num(g.byCategory[c])] as [string, string]),
          [t.fines, num(g.decisions.fine)],
          [t.mediations, `${num(g.decisions.mediation)} (${t.succeeded.toLowerCase()}: ${num(g.mediation.succeeded)})`],
          [t.dismissals, num(g.decisions.dismissal)],
          [t.invoiced, euro(g.invoicedCents)],
          [t.paid, euro(g.paidCents)],
          [t.outstanding, euro(g.outstandingCents)],
        ]),
      );
    }
    sheets.push(model.sheetFromTable(t.sheetMembers, members), model.sheetFromTable(t.sheetMembersYears, membersYears));
  }

  return {
    title: t.title(year),
    subtitle: input.association ? t.subtitleAssociation(input.municipality) : t.subtitle(input.municipality),
    locale,
    meta: { municipality: input.municipality, generatedAt: input.generatedAt },
    blocks,
    sheets,
  };
}

/** A value axis and bar labels in the report's language: "1.500" in nl and fr, "1,500" in en. */
const valueLabels = (locale: Locale) => ({ ...chartFont, formatter: (value: number) => formatNumber(value, locale) });

function evolutionChart(
  renderSvg: ChartSvgRenderer,
  locale: Locale,
  title: string,
  categoryLabel: string,
  perYear: { year: number; f: GasFigures }[],
  series: { name: string; value: (g: GasFigures) => number }[],
) {
  const height = 300;
  const categories = perYear.map((y) => String(y.year));
  const data = series.map((s) => ({ name: s.name, values: perYear.map((y) => s.value(y.f)) }));
  const svg = renderSvg(
    {
      legend: { bottom: 0, textStyle: chartFont },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: chartFont },
      yAxis: { type: 'value', axisLabel: valueLabels(locale) },
      series: data.map((s) => ({ name: s.name, type: 'bar', data: s.values, barMaxWidth: 28 })),
    },
    chartWidth,
    height,
  );
  return model.chart(
    title,
    { svg, width: chartWidth, height },
    { kind: 'column', categoryLabel, categories, series: data },
    { altText: title, showDataTable: false },
  );
}
