import type { DecisionPath } from '../api/decisions.schema.js';
import type { FinanceOverview } from '../api/finance.schema.js';
import { formatDate, formatDateTime, formatEuroCents } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import * as model from './report-document.js';
import { financeReportTexts, findingText } from './finance-report-texts.js';

interface FinanceReportInput {
  finance: FinanceOverview;
  /** The path of this year's justification (college → council → ministry), if followed. */
  decision: DecisionPath | null;
  municipality: string;
  locale: Locale;
  generatedAt: string;
}

const fte = (hundredths: number | null): number | null => (hundredths === null ? null : hundredths / 100);

/**
 * The yearly financial justification for the ministry: the conventions checked against the rules (and any mismatch),
 * the funded staff with their pro-rata subsidy, spending per scheme against its caps, every expense with its evidence,
 * the reconciliation with the city's multi-year plan (the difference with the expected subsidy and with the council's
 * estimate side by side), and the decisions. The XLSX holds the same tables, the staff with a column per month, and
 * (as every report's XLSX) a sheet with everything printed.
 */
export function financeReport(input: FinanceReportInput): model.ReportDocument {
  const { finance, locale } = input;
  const t = financeReportTexts[locale];
  const euro = (cents: number) => formatEuroCents(cents, locale);
  const schemeName = new Map(finance.schemes.map((s) => [s.id, s.name]));

  const schemeTable = model.table(
    [
      { key: 'scheme', label: t.scheme, width: 0.2 },
      { key: 'fte', label: t.fte, kind: 'number', width: 0.06 },
      { key: 'amount', label: t.amount, kind: 'euro-cents', width: 0.13 },
      { key: 'wage', label: t.wageRule, kind: 'euro-cents', width: 0.13 },
      { key: 'equipment', label: t.equipment, kind: 'euro-cents', width: 0.13 },
      { key: 'cap', label: t.equipmentCap, kind: 'euro-cents', width: 0.13 },
      { key: 'check', label: t.check },
    ],
    finance.schemes.map((s) => ({
      scheme: s.name,
      fte: fte(s.fteHundredths),
      amount: s.amountCents,
      wage: s.ruleWageCents,
      equipment: s.equipmentCents,
      cap: s.equipmentCapCents,
      check: s.findings.length === 0 ? t.agrees : s.findings.map((f) => findingText(t, f, euro)).join('; '),
    })),
    { caption: t.conventions, totals: { scheme: t.total, amount: finance.totals.grantedCents } },
  );

  const staffColumns: model.ReportColumn[] = [
    { key: 'person', label: t.person, width: 0.24 },
    { key: 'scheme', label: t.scheme, width: 0.22 },
    { key: 'regime', label: t.regime, width: 0.1 },
    { key: 'start', label: t.start, kind: 'date', width: 0.13 },
    { key: 'end', label: t.end, kind: 'date', width: 0.13 },
    { key: 'eligible', label: t.eligible, kind: 'euro-cents' },
  ];
  const staffRows: model.ReportRow[] = finance.staff.map((s) => ({
    person: s.label,
    scheme: schemeName.get(s.schemeId) ?? '',
    regime: s.regime,
    start: s.startOn,
    end: s.endOn,
    eligible: s.yearCents,
  }));
  const staffTable = model.table(staffColumns, staffRows, {
    caption: t.staff,
    totals: { person: t.total, eligible: finance.staff.reduce((a, s) => a + s.yearCents, 0) },
  });

  const potTable = model.table(
    [
      { key: 'scheme', label: t.scheme, width: 0.22 },
      { key: 'pot', label: t.categoryLabel, width: 0.2 },
      { key: 'cap', label: t.cap, kind: 'euro-cents', width: 0.14 },
      { key: 'spent', label: t.spent, kind: 'euro-cents', width: 0.14 },
      { key: 'remaining', label: t.remaining, kind: 'euro-cents', width: 0.14 },
      { key: 'state', label: t.check },
    ],
    finance.schemes.flatMap((s) =>
      s.pots.map((p) => ({
        scheme: s.name,
        pot: t.pot[p.key],
        cap: p.capCents,
        spent: p.spentCents,
        remaining: p.remainingCents,
        state: t.state[p.state],
      })),
    ),
    { caption: t.spending },
  );

  const expenseTable = model.table(
    [
      { key: 'date', label: t.date, kind: 'date', width: 0.13 },
      { key: 'scheme', label: t.scheme, width: 0.16 },
      { key: 'category', label: t.categoryLabel, width: 0.13 },
      { key: 'description', label: t.description, width: 0.22 },
      { key: 'amount', label: t.spent, kind: 'euro-cents', width: 0.15 },
      { key: 'evidence', label: t.evidence, kind: 'number', width: 0.1 },
      { key: 'overCap', label: t.overCap },
    ],
    finance.expenses.map((e) => ({
      date: e.spentOn,
      scheme: schemeName.get(e.schemeId) ?? '',
      category: t.category[e.category],
      description: e.description,
      amount: e.amountCents,
      evidence: e.fileIds.length,
      overCap: e.overCap ? t.yes : '',
    })),
    { caption: t.expenses, totals: { date: t.total, amount: finance.totals.spentCents } },
  );

  // The sheet has a column per field; the printed table puts the description under the line's number, so that five
  // amounts fit side by side on A4 with their labels unbroken.
  const budgetColumns: model.ReportColumn[] = [
    { key: 'code', label: t.code },
    { key: 'label', label: t.label },
    { key: 'budget', label: t.budgetAmount, kind: 'euro-cents' },
    { key: 'council', label: t.councilEstimate, kind: 'euro-cents' },
    { key: 'expected', label: t.expected, kind: 'euro-cents' },
    { key: 'difference', label: t.difference, kind: 'euro-cents' },
    { key: 'councilDifference', label: t.councilDifference, kind: 'euro-cents' },
    { key: 'flag', label: t.flag },
  ];
  const budgetRows: model.ReportRow[] = finance.budgetLines.map((l) => ({
    code: l.code,
    label: l.label,
    budget: l.budgetCents,
    council: l.councilEstimateCents,
    expected: l.expectedCents,
    difference: l.differenceCents,
    councilDifference: l.councilDifferenceCents,
    flag: l.flagged ? t.flagged : t.inLine,
  }));
  const printedWidths: Record<string, number> = {
    code: 0.2,
    budget: 0.165,
    council: 0.13,
    expected: 0.13,
    difference: 0.13,
    councilDifference: 0.13,
  };
  const budgetTable = model.table(
    budgetColumns
      .filter((c) => c.key !== 'label')
      .map((c) => (c.key === 'code' ? { ...c, label: `${t.code} / ${t.label}` } : c))
      .map((c) => (printedWidths[c.key] ? { ...c, width: printedWidths[c.key] } : c)),
    budgetRows.map((row) => ({ ...row, code: `${row.code ?? ''}\n${row.label ?? ''}` })),
    { caption: t.budget },
  );

  const findings = finance.schemes.flatMap((s) => s.findings.map((f) => `${s.name}: ${findingText(t, f, euro)}`));
  // The two differences side by side, under the same labels as the table's columns (and the XLSX's).
  const budgetNotes = finance.budgetLines
    .filter((l) => l.flagged)
    .map(
      (l) =>
        `${l.code}: ${[`${t.difference} ${euro(l.differenceCents)}`, ...(l.councilDifferenceCents !== null ? [`${t.councilDifference} ${euro(l.councilDifferenceCents)}`] : [])].join(' · ')}`,
    );

  const blocks: model.ReportBlock[] = [
    model.keyValues([
      [t.municipality, input.municipality],
      [t.plan, finance.versionLabel],
      [t.year, String(finance.year)],
      [t.generated, formatDateTime(input.generatedAt, locale)],
    ]),
    model.heading(t.conventions),
    model.paragraph(t.conventionsIntro, 'muted'),
    schemeTable,
    ...findings.map((text) => model.paragraph(text, 'strong')),
    model.heading(t.staff),
    model.paragraph(t.staffIntro, 'muted'),
    ...(staffRows.length ? [staffTable] : [model.paragraph(t.noStaff, 'muted')]),
    model.heading(t.spending),
    potTable,
    model.heading(t.expenses),
    ...(finance.expenses.length ? [expenseTable] : [model.paragraph(t.noExpenses, 'muted')]),
    model.heading(t.budget),
    model.paragraph(t.budgetIntro, 'muted'),
    budgetTable,
    ...budgetNotes.map((text) => model.paragraph(text, 'strong')),
  ];
  if (input.decision) {
    blocks.push(
      model.heading(t.decisions),
      model.keyValues(
        input.decision.steps.map((s): [string, string] => [
          t.step[s.step],
          s.decidedOn ? `${formatDate(`${s.decidedOn}T12:00:00Z`, locale)} — ${s.reference ?? ''}` : t.notYet,
        ]),
      ),
    );
  }

  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const staffSheet = {
    name: t.staff.slice(0, 31),
    columns: [
      ...staffColumns,
      ...months.map((m): model.ReportColumn => ({ key: `m${m}`, label: `${finance.year}-${m}`, kind: 'euro-cents' })),
    ],
    rows: [
      ...finance.staff.map((s, i) => ({
        ...staffRows[i],
        ...Object.fromEntries(s.monthlyCents.map((c, m) => [`m${months[m] ?? ''}`, c])),
      })),
      // The totals the printed table shows, and each month's.
      ...(finance.staff.length > 0
        ? [
            {
              ...staffTable.totals,
              ...Object.fromEntries(
                months.map((m, index) => [
                  `m${m}`,
                  finance.staff.reduce((sum, s) => sum + (s.monthlyCents[index] ?? 0), 0),
                ]),
              ),
            },
          ]
        : []),
    ],
  };
  const sheet = (name: string, block: model.TableBlock) => model.sheetFromTable(name.slice(0, 31), block);

  return {
    title: t.title.replace('{year}', String(finance.year)),
    subtitle: t.subtitle,
    locale,
    meta: { municipality: input.municipality, generatedAt: input.generatedAt },
    blocks,
    sheets: [
      sheet(t.conventions, schemeTable),
      staffSheet,
      sheet(t.spending, potTable),
      sheet(t.expenses, expenseTable),
      { name: t.budget.slice(0, 31), columns: budgetColumns, rows: budgetRows },
    ],
  };
}
