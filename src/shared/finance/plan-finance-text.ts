/**
 * Reads the money of a plan text that the plan parser leaves aside: the council decision's "financial consequences"
 * (estimates per multi-year plan line, MJP numbers) and the convention's tables (wage part, equipment part per scheme).
 */

/** `810.560,-`, `40.320,00`, `2.394,57` → cents. */
export function belgianAmountCents(text: string): number | null {
  const match = /^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{2}|-))?$/u.exec(text.trim());
  if (!match?.[1]) return null;
  const euros = Number(match[1].replace(/\./gu, ''));
  const cents = match[2] && match[2] !== '-' ? Number(match[2]) : 0;
  return euros * 100 + cents;
}

const amount = String.raw`(\d{1,3}(?:\.\d{3})+(?:,(?:\d{2}|-))?|\d+,(?:\d{2}|-))`;

interface MultiYearLineText {
  /** `MJP003608` */
  code: string;
  /** The council's estimate of the subsidy on this line (`geraamd op 58.934,-`). */
  estimateCents: number;
  /**
   * What the multi-year plan holds on the line (`De raming op dit nummer bedraagt 59.833,-`); the estimate when not
   * said.
   */
  budgetCents: number;
  /** The difference the text itself states (`een verschil van 899,- euro`), if any. */
  statedDifferenceCents: number | null;
  /** Whether the line carries the community-guard contingents or the plan's own subsidy. */
  kind: 'guards' | 'plan';
  /** 1-based line number in the text. */
  line: number;
}

/** The MJP lines of the council decision, in the order of the text. */
export function readMultiYearLines(text: string): MultiYearLineText[] {
  const found: MultiYearLineText[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.replace(/\*/gu, '');
    const code = /\b(MJP\d{3,})\b/u.exec(line)?.[1];
    const estimate = new RegExp(String.raw`(?:geraamd op|estimée? à)\s+${amount}`, 'iu').exec(line)?.[1];
    if (!code || !estimate) return;
    const estimateCents = belgianAmountCents(estimate);
    if (estimateCents === null) return;
    const budget = new RegExp(
      String.raw`(?:raming op dit nummer bedraagt|estimation sur ce numéro s'élève à)\s+${amount}`,
      'iu',
    ).exec(line)?.[1];
    const difference = new RegExp(String.raw`(?:verschil van|différence de)\s+${amount}`, 'iu').exec(line)?.[1];
    found.push({
      code,
      estimateCents,
      budgetCents: (budget ? belgianAmountCents(budget) : null) ?? estimateCents,
      statedDifferenceCents: difference ? belgianAmountCents(difference) : null,
      kind: /gemeenschapswacht|gardiens? de la paix/iu.test(line) ? 'guards' : 'plan',
      line: index + 1,
    });
  });
  return found;
}

interface ConventionTableText {
  /** The granted amount that opens the block (`Een jaarlijks bedrag van 42.714,57 EUR`). */
  amountCents: number;
  /** The wage line's total (`420 x 8 VTE x 12 maand 40.320,00 €`). */
  statedWageCents: number | null;
  /** The formula of the wage line as written, e.g. `420 x 8 VTE x 12 maand`. */
  wageFormula: string | null;
  statedEquipmentCents: number | null;
}

/** The convention's distribution tables, one per granted amount that has one. */
export function readConventionTables(text: string): ConventionTableText[] {
  const tables: ConventionTableText[] = [];
  let current: ConventionTableText | null = null;
  for (const line of text.split(/\r?\n/u)) {
    const grant = new RegExp(String.raw`(?:jaarlijks bedrag van|montant annuel de)\s+${amount}\s*EUR`, 'iu').exec(
      line,
    )?.[1];
    if (grant) {
      current = {
        amountCents: belgianAmountCents(grant) ?? 0,
        statedWageCents: null,
        wageFormula: null,
        statedEquipmentCents: null,
      };
      tables.push(current);
      continue;
    }
    if (!current) continue;
    const amounts = [...line.matchAll(new RegExp(String.raw`${amount}\s*€`, 'gu'))].map((m) =>
      belgianAmountCents(m[1] ?? ''),
    );
    const last = amounts.at(-1) ?? null;
    if (/^\s*(?:loonkosten|frais de personnel)/iu.test(line) && last !== null) {
      current.statedWageCents = last;
      current.wageFormula =
        /(\d+(?:,\d+)?\s*x\s*[\d,]+\s*(?:VTE|ETP)\s*x\s*\d+\s*(?:maand|mois))/iu.exec(line)?.[1] ?? null;
    } else if (/^\s*(?:uitrustings|frais d'équipement|frais d’équipement)/iu.test(line) && last !== null) {
      current.statedEquipmentCents = last;
    }
  }
  return tables.filter((t) => t.statedWageCents !== null || t.statedEquipmentCents !== null);
}
