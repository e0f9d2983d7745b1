import type { Locale } from '../i18n/locale.js';
import type { ConventionFinding } from '../finance/convention-check.js';
import type { DecisionStep } from '../finance/decision-path.js';
import texts from './finance-report.texts.json';

/** The fixed texts of the financial justification, in nl, fr and en. */
interface FinanceReportTexts {
  /** `{year}`: the working year. */
  title: string;
  subtitle: string;
  municipality: string;
  plan: string;
  year: string;
  generated: string;
  conventions: string;
  conventionsIntro: string;
  scheme: string;
  fte: string;
  amount: string;
  wageRule: string;
  equipment: string;
  equipmentCap: string;
  check: string;
  agrees: string;
  /** Per kind of finding a template; `{name}` is the finding's amount of that name, written as euro. */
  finding: Record<ConventionFinding['code'], string>;
  staff: string;
  staffIntro: string;
  person: string;
  regime: string;
  start: string;
  end: string;
  eligible: string;
  noStaff: string;
  spending: string;
  pot: Record<'wages' | 'equipment_training' | 'all', string>;
  cap: string;
  spent: string;
  remaining: string;
  state: Record<'ok' | 'near' | 'over', string>;
  expenses: string;
  date: string;
  category: Record<'wages' | 'equipment' | 'training' | 'operating', string>;
  categoryLabel: string;
  description: string;
  evidence: string;
  overCap: string;
  noExpenses: string;
  budget: string;
  budgetIntro: string;
  code: string;
  label: string;
  budgetAmount: string;
  councilEstimate: string;
  expected: string;
  /** Budget − the subsidy the conventions bring (the column and the note under the table; the XLSX's column too). */
  difference: string;
  /** Budget − the council's own estimate, beside the difference with the conventions. */
  councilDifference: string;
  flag: string;
  flagged: string;
  inLine: string;
  decisions: string;
  step: Record<DecisionStep, string>;
  notYet: string;
  total: string;
  yes: string;
}

/** The texts themselves, per language (finance-report.texts.json). */
export const financeReportTexts: Record<Locale, FinanceReportTexts> = texts;

/** A convention finding in words: its kind's template with each `{amount}` written as euro. */
export function findingText(
  t: FinanceReportTexts,
  finding: ConventionFinding,
  euro: (cents: number) => string,
): string {
  const values: Record<string, unknown> = finding;
  return t.finding[finding.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const cents = values[name];
    return typeof cents === 'number' ? euro(cents) : whole;
  });
}
