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
import type { ChartSvgRenderer } from '../../../shared/reports/report-common.js';
import {
  chart,
  heading,
  keyValues,
  paragraph,
  sheetFromTable,
  table,
  type ReportBlock,
  type ReportColumn,
  type ReportDocument,
  type ReportRow,
} from '../../../shared/reports/report-document.js';
import type { YearFigureRow } from './analysis.repository.js';

export interface GasReportUnit {
  id: string;
  name: string;
  /** For a member: the agreement's days in words ("01/01/2024 –"), shown in the list of members. */
  agreement?: string;
}

export interface GasReportYear {
  year: number;
  rows: YearFigureRow[];
  mediation: { municipalityId: string; outcome: string; n: number }[];
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

/** A year's figures (for the whole report or one municipality). */
export interface GasFigures {
  findings: number;
  byCategory: Record<OffenceCategory, number>;
  byArticle: Map<string, { category: string; n: number }>;
  bySource: Record<string, number>;
  decisions: { fine: number; mediation: number; dismissal: number; pending: number };
  mediation: { referred: number; succeeded: number; failed: number; ongoing: number };
  closed: number;
  invoicedCents: number;
  paidCents: number;
  outstandingCents: number;
}

/** Sums the year's rows (of one municipality when `unit` is given). */
export function gasFigures(year: GasReportYear, unit?: string): GasFigures {
  const rows = unit === undefined ? year.rows : year.rows.filter((r) => r.municipalityId === unit);
  const mediationRows = unit === undefined ? year.mediation : year.mediation.filter((r) => r.municipalityId === unit);
  const f: GasFigures = {
    findings: 0,
    byCategory: Object.fromEntries(offenceCategories.map((c) => [c, 0])) as Record<OffenceCategory, number>,
    byArticle: new Map(),
    bySource: Object.fromEntries(finders.map((s) => [s, 0])),
    decisions: { fine: 0, mediation: 0, dismissal: 0, pending: 0 },
    mediation: { referred: 0, succeeded: 0, failed: 0, ongoing: 0 },
    closed: 0,
    invoicedCents: 0,
    paidCents: 0,
    outstandingCents: 0,
  };
  for (const r of rows) {
    f.findings += r.n;
    if (r.category in f.byCategory) f.byCategory[r.category as OffenceCategory] += r.n;
    const article = f.byArticle.get(r.article) ?? { category: r.category, n: 0 };
    article.n += r.n;
    f.byArticle.set(r.article, article);
    f.bySource[r.source] = (f.bySource[r.source] ?? 0) + r.n;
    if (r.decision === 'fine' || r.decision === 'mediation' || r.decision === 'dismissal') {
      f.decisions[r.decision] += r.n;
    } else f.decisions.pending += r.n;
    if (r.status === 'closed') f.closed += r.n;
    f.invoicedCents += r.invoicedCents;
    f.paidCents += r.paidCents;
    f.outstandingCents += r.outstandingCents;
  }
  f.mediation.referred = f.decisions.mediation;
  for (const m of mediationRows) {
    if (m.outcome === 'succeeded') f.mediation.succeeded += m.n;
    if (m.outcome === 'failed') f.mediation.failed += m.n;
  }
  f.mediation.ongoing = Math.max(0, f.mediation.referred - f.mediation.succeeded - f.mediation.failed);
  return f;
}

const texts = {
  nl: {
    title: (year: number) => `GAS-jaarrapport ${year}`,
    subtitleAssociation: (name: string) =>
      `Intergemeentelijke vereniging ${name}: statistische gegevens per lid en voor de vereniging`,
    subtitle: (name: string) =>
      `${name}: statistische gegevens over de GAS-inbreuken en gedepenaliseerde verkeersinbreuken`,
    intro: (year: number) =>
      `Dit rapport geeft de aard van de inbreuken, de genomen beslissingen, de GAS-bemiddeling, de betalingen en de evolutie ten opzichte van de vorige jaren, voor de feiten van ${year}. Elk cijfer telt vaststellingen volgens de dag van de feiten; de beslissingen en betalingen zijn die van dezelfde vaststellingen, zoals ze op de dag van aanmaak van het rapport staan.`,
    members: 'Leden (overeenkomst)',
    summary: 'Samenvatting',
    findings: 'Vaststellingen',
    fines: 'Boetes opgelegd',
    mediations: 'Doorverwezen naar bemiddeling',
    dismissals: 'Geseponeerd',
    pending: 'Nog geen beslissing',
    closed: 'Afgesloten',
    invoiced: 'Gevorderd',
    paid: 'Betaald',
    outstanding: 'Openstaand',
    paidShare: 'Betaald (% van gevorderd)',
    nature: 'Aard van de inbreuken',
    category: 'Categorie',
    article: 'Artikel',
    description: 'Omschrijving',
    source: 'Bron',
    count: 'Aantal',
    share: 'Aandeel (%)',
    chartCategories: 'Vaststellingen per categorie',
    decisions: 'Genomen beslissingen',
    decision: 'Beslissing',
    mediation: 'GAS-bemiddeling',
    referred: 'Doorverwezen',
    succeeded: 'Geslaagd',
    failed: 'Mislukt',
    ongoing: 'Lopend',
    payments: 'Betalingen',
    amount: 'Bedrag',
    amountsNote:
      'Gevorderd: het bedrag van elke vaststelling die kennisgegeven is en niet geseponeerd, naar bemiddeling verwezen, vernietigd, verjaard of zonder houder afgesloten. Openstaand: wat daarvan nog niet betaald is.',
    evolution: 'Evolutie ten opzichte van de vorige jaren',
    measure: 'Gegeven',
    change: (year: number) => `Verschil ${year} (%)`,
    chartEvolution: 'Vaststellingen en beslissingen per jaar',
    year: 'Jaar',
    perMember: 'Per lid',
    member: 'Gemeente',
    perMemberEvolution: 'Vaststellingen per lid en per jaar',
    none: 'Geen vaststellingen in deze periode.',
    sheetSummary: 'Samenvatting',
    sheetCategories: 'Categorieën',
    sheetArticles: 'Artikels',
    sheetSources: 'Bronnen',
    sheetDecisions: 'Beslissingen',
    sheetEvolution: 'Evolutie',
    sheetMembers: 'Leden',
    sheetMembersYears: 'Leden per jaar',
  },
  fr: {
    title: (year: number) => `Rapport annuel SAC ${year}`,
    subtitleAssociation: (name: string) =>
      `Association intercommunale ${name} : données statistiques par membre et pour l’association`,
    subtitle: (name: string) =>
      `${name} : données statistiques sur les infractions SAC et les infractions de roulage dépénalisées`,
    intro: (year: number) =>
      `Ce rapport présente la nature des infractions, les décisions prises, la médiation SAC, les paiements et l’évolution par rapport aux années précédentes, pour les faits de ${year}. Chaque chiffre compte des constatations selon le jour des faits ; les décisions et paiements sont ceux de ces mêmes constatations, tels qu’ils sont au jour de la création du rapport.`,
    members: 'Membres (convention)',
    summary: 'Résumé',
    findings: 'Constatations',
    fines: 'Amendes infligées',
    mediations: 'Renvoyées à la médiation',
    dismissals: 'Classées sans suite',
    pending: 'Pas encore de décision',
    closed: 'Clôturées',
    invoiced: 'Réclamé',
    paid: 'Payé',
    outstanding: 'Impayé',
    paidShare: 'Payé (% du réclamé)',
    nature: 'Nature des infractions',
    category: 'Catégorie',
    article: 'Article',
    description: 'Description',
    source: 'Source',
    count: 'Nombre',
    share: 'Part (%)',
    chartCategories: 'Constatations par catégorie',
    decisions: 'Décisions prises',
    decision: 'Décision',
    mediation: 'Médiation SAC',
    referred: 'Renvoyées',
    succeeded: 'Réussies',
    failed: 'Échouées',
    ongoing: 'En cours',
    payments: 'Paiements',
    amount: 'Montant',
    amountsNote:
      'Réclamé : le montant de chaque constatation notifiée et ni classée, ni renvoyée à la médiation, ni annulée, ni prescrite, ni clôturée sans titulaire. Impayé : ce qui n’en est pas encore payé.',
    evolution: 'Évolution par rapport aux années précédentes',
    measure: 'Donnée',
    change: (year: number) => `Écart ${year} (%)`,
    chartEvolution: 'Constatations et décisions par année',
    year: 'Année',
    perMember: 'Par membre',
    member: 'Commune',
    perMemberEvolution: 'Constatations par membre et par année',
    none: 'Aucune constatation pendant cette période.',
    sheetSummary: 'Résumé',
    sheetCategories: 'Catégories',
    sheetArticles: 'Articles',
    sheetSources: 'Sources',
    sheetDecisions: 'Décisions',
    sheetEvolution: 'Évolution',
    sheetMembers: 'Membres',
    sheetMembersYears: 'Membres par année',
  },
  en: {
    title: (year: number) => `GAS yearly report ${year}`,
    subtitleAssociation: (name: string) =>
      `Inter-municipal association ${name}: statistics per member and for the association`,
    subtitle: (name: string) => `${name}: statistics on GAS offences and decriminalised traffic offences`,
    intro: (year: number) =>
      `This report gives the nature of the offences, the decisions taken, GAS mediation, payments and the evolution against the previous years, for the facts of ${year}. Every figure counts findings by the day of the facts; decisions and payments are those of the same findings, as they stand on the day the report is made.`,
    members: 'Members (agreement)',
    summary: 'Summary',
    findings: 'Findings',
    fines: 'Fines imposed',
    mediations: 'Referred to mediation',
    dismissals: 'Dismissed',
    pending: 'No decision yet',
    closed: 'Closed',
    invoiced: 'Invoiced',
    paid: 'Paid',
    outstanding: 'Outstanding',
    paidShare: 'Paid (% of invoiced)',
    nature: 'Nature of the offences',
    category: 'Category',
    article: 'Article',
    description: 'Description',
    source: 'Source',
    count: 'Number',
    share: 'Share (%)',
    chartCategories: 'Findings per category',
    decisions: 'Decisions taken',
    decision: 'Decision',
    mediation: 'GAS mediation',
    referred: 'Referred',
    succeeded: 'Succeeded',
    failed: 'Failed',
    ongoing: 'Ongoing',
    payments: 'Payments',
    amount: 'Amount',
    amountsNote:
      'Invoiced: the amount of every finding that was notified and neither dismissed, referred to mediation, annulled, prescribed nor closed without a holder. Outstanding: what of it is not paid yet.',
    evolution: 'Evolution against the previous years',
    measure: 'Figure',
    change: (year: number) => `Change ${year} (%)`,
    chartEvolution: 'Findings and decisions per year',
    year: 'Year',
    perMember: 'Per member',
    member: 'Municipality',
    perMemberEvolution: 'Findings per member and year',
    none: 'No findings in this period.',
    sheetSummary: 'Summary',
    sheetCategories: 'Categories',
    sheetArticles: 'Articles',
    sheetSources: 'Sources',
    sheetDecisions: 'Decisions',
    sheetEvolution: 'Evolution',
    sheetMembers: 'Members',
    sheetMembersYears: 'Members per year',
  },
} satisfies Record<Locale, unknown>;

const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((1000 * part) / whole) / 10 : null;
const chartWidth = 640;
const chartFont = { fontSize: 11, color: '#1F2933' };

/**
 * The GASAM yearly report the plan asks for (issue 18): nature of the offences (category, article, source), decisions,
 * mediation, payments, and the evolution against the previous years; for an association also per member. Pure.
 */
export function gasReport(input: GasReportInput): ReportDocument {
  const { locale, year } = input;
  const t = texts[locale];
  const num = (n: number) => formatNumber(n, locale);
  const euro = (c: number) => formatEuroCents(c, locale);
  const current = input.years[input.years.length - 1] ?? { year, rows: [], mediation: [] };
  const f = gasFigures(current);
  const decisionLabel = (key: string) =>
    gasProcedure.steps.find((s) => s.key === 'decided')?.outcomes?.find((o) => o.key === key)?.labels[locale] ?? key;
  const categoryName = (c: string) => categoryLabels[c as OffenceCategory]?.[locale] ?? c;
  const sourceName = (s: string) => finderLabels[s as keyof typeof finderLabels]?.[locale] ?? s;
  const pct: ReportColumn = { key: 'share', label: t.share, kind: 'number', decimals: 1, width: 0.16 };
  const countCol: ReportColumn = { key: 'count', label: t.count, kind: 'number', width: 0.16 };

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

  const categories = table(
    [{ key: 'category', label: t.category, width: 0.5 }, countCol, pct],
    offenceCategories
      .filter((c) => f.byCategory[c] > 0)
      .map((c) => ({ category: categoryName(c), count: f.byCategory[c], share: share(f.byCategory[c], f.findings) })),
    { totals: { category: t.findings, count: f.findings, share: f.findings > 0 ? 100 : null } },
  );
  const articles = table(
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
  const sources = table(
    [{ key: 'source', label: t.source, width: 0.5 }, countCol, pct],
    finders.map((s) => ({
      source: sourceName(s),
      count: f.bySource[s] ?? 0,
      share: share(f.bySource[s] ?? 0, f.findings),
    })),
  );
  const decisions = table(
    [{ key: 'decision', label: t.decision, width: 0.5 }, countCol, pct],
    [
      { decision: decisionLabel('fine'), count: f.decisions.fine },
      { decision: decisionLabel('mediation'), count: f.decisions.mediation },
      { decision: decisionLabel('dismissal'), count: f.decisions.dismissal },
      { decision: t.pending, count: f.decisions.pending },
    ].map((r) => ({ ...r, share: share(r.count, f.findings) })),
    { totals: { decision: t.findings, count: f.findings, share: f.findings > 0 ? 100 : null } },
  );
  const mediation = table(
    [{ key: 'label', label: t.mediation, width: 0.5 }, countCol],
    [
      { label: t.referred, count: f.mediation.referred },
      { label: t.succeeded, count: f.mediation.succeeded },
      { label: t.failed, count: f.mediation.failed },
      { label: t.ongoing, count: f.mediation.ongoing },
    ],
  );
  const payments = table(
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
  const evolutionColumns: ReportColumn[] = [
    { key: 'measure', label: t.measure },
    ...perYear.map((y) => ({ key: `y${y.year}`, label: String(y.year), kind: 'number' as const, width: yearWidth })),
    { key: 'change', label: t.change(year), kind: 'number', decimals: 1, width: yearWidth },
  ];
  const changeOf = (now: number, before: number | null): number | null =>
    before === null || before === 0 ? null : Math.round((1000 * (now - before)) / before) / 10;
  const evolution = table(
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
  const blocks: ReportBlock[] = [
    paragraph(t.intro(year)),
    ...(input.association && input.units.length > 0
      ? [heading(t.members, 3), keyValues(input.units.map((u) => [u.name, u.agreement ?? ''] as [string, string]))]
      : []),
    heading(t.summary, 2),
    keyValues(summaryRows),
    heading(t.nature, 2),
    ...(f.findings === 0 ? [paragraph(t.none, 'muted')] : []),
    categories,
  ];
  const catRows = offenceCategories.filter((c) => f.byCategory[c] > 0);
  if (catRows.length > 0) {
    blocks.push(
      barChart(
        input.chartSvg,
        locale,
        t.chartCategories,
        t.category,
        t.findings,
        catRows.map(categoryName),
        catRows.map((c) => f.byCategory[c]),
      ),
    );
  }
  blocks.push(heading(t.source, 3), sources, heading(t.article, 3), articles);
  blocks.push(heading(t.decisions, 2), decisions, heading(t.mediation, 2), mediation);
  blocks.push(heading(t.payments, 2), payments, paragraph(t.amountsNote, 'muted'));
  blocks.push(heading(t.evolution, 2), evolution);
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
    sheetFromTable(t.sheetCategories, categories),
    sheetFromTable(t.sheetArticles, articles),
    sheetFromTable(t.sheetSources, sources),
    sheetFromTable(t.sheetDecisions, decisions),
    evolutionSheet,
  ];

  if (input.association) {
    const memberColumns: ReportColumn[] = [
      { key: 'member', label: t.member, width: 0.2 },
      { key: 'findings', label: t.findings, kind: 'number' },
      { key: 'fines', label: t.fines, kind: 'number' },
      { key: 'mediations', label: t.mediations, kind: 'number' },
      { key: 'dismissals', label: t.dismissals, kind: 'number' },
      { key: 'invoiced', label: t.invoiced, kind: 'euro-cents' },
      { key: 'paid', label: t.paid, kind: 'euro-cents' },
      { key: 'outstanding', label: t.outstanding, kind: 'euro-cents' },
    ];
    const memberRow = (name: string, g: GasFigures): ReportRow => ({
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
    const members = table(memberColumns, memberRows, { totals: memberRow(input.municipality, f) });
    // Printed as two tables (counts, then money) so the columns stay readable; the sheet holds them together.
    const pick = (keys: string[]) => {
      const columns = memberColumns.filter((c) => c.key === 'member' || keys.includes(c.key));
      const only = (row: ReportRow): ReportRow => Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null]));
      return table(
        columns.map((c) => (c.key === 'member' ? { ...c, width: 0.32 } : c)),
        memberRows.map(only),
        { totals: only(memberRow(input.municipality, f)) },
      );
    };
    const memberCounts = pick(['findings', 'fines', 'mediations', 'dismissals']);
    const memberMoney = pick(['invoiced', 'paid', 'outstanding']);
    const membersYears = table(
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
    blocks.push(heading(t.perMember, 2), memberCounts, memberMoney, heading(t.perMemberEvolution, 3), membersYears);
    for (const u of input.units) {
      const g = gasFigures(current, u.id);
      blocks.push(
        heading(u.name, 3),
        keyValues([
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
    sheets.push(sheetFromTable(t.sheetMembers, members), sheetFromTable(t.sheetMembersYears, membersYears));
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

function barChart(
  renderSvg: ChartSvgRenderer,
  locale: Locale,
  title: string,
  categoryLabel: string,
  seriesName: string,
  categories: string[],
  values: number[],
) {
  const height = 90 + 26 * categories.length;
  const svg = renderSvg(
    {
      grid: { left: 8, right: 40, top: 12, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: valueLabels(locale) },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: chartFont },
      series: [
        {
          name: seriesName,
          type: 'bar',
          data: values,
          barMaxWidth: 18,
          label: {
            show: true,
            position: 'right',
            fontSize: 10,
            formatter: (params: { value?: unknown }) => formatNumber(Number(params.value ?? 0), locale),
          },
        },
      ],
    },
    chartWidth,
    height,
  );
  return chart(
    title,
    { svg, width: chartWidth, height },
    { kind: 'bar', categoryLabel, categories, series: [{ name: seriesName, values }] },
    { altText: title },
  );
}

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
  return chart(
    title,
    { svg, width: chartWidth, height },
    { kind: 'column', categoryLabel, categories, series: data },
    { altText: title, showDataTable: false },
  );
}
