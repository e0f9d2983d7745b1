import {
  contingentWageCents,
  equipmentCapCents,
  wageCentsPerFteMonth,
  equipmentCapCentsPerFte,
} from './subsidy-rules.js';

/** One scheme of a convention, as granted: the amount, its FTE contingent and what the text states for its parts. */
interface ConventionScheme {
  amountCents: number;
  /** null for the plan's own subsidy (no contingent). */
  fteHundredths: number | null;
  months?: number;
  wageRateCents?: number;
  equipmentCapPerFteCents?: number;
  /** What the convention's table states, when read: `420 x 8 VTE x 12 maand 40.320,00 €`. */
  statedWageCents?: number | null;
  statedEquipmentCents?: number | null;
}

export type ConventionFinding =
  | { code: 'wage_differs'; statedCents: number; ruleCents: number }
  | { code: 'equipment_over_cap'; equipmentCents: number; capCents: number }
  | { code: 'parts_differ_from_total'; partsCents: number; amountCents: number }
  | { code: 'amount_below_wage'; amountCents: number; ruleCents: number };

interface ConventionCheck {
  /** The wage part by the rule (rate × FTE × months); null without a contingent. */
  ruleWageCents: number | null;
  /** What is left for equipment and training: amount − wage part. */
  equipmentCents: number | null;
  equipmentCapCents: number | null;
  /** The most the rules allow: wage part + equipment cap. */
  ruleMaxCents: number | null;
  findings: ConventionFinding[];
}

/** Checks a scheme's figures against the rules; every mismatch is a finding (none: the text agrees with the rules). */
export function checkConvention(scheme: ConventionScheme): ConventionCheck {
  if (scheme.fteHundredths === null) {
    return { ruleWageCents: null, equipmentCents: null, equipmentCapCents: null, ruleMaxCents: null, findings: [] };
  }
  const findings: ConventionFinding[] = [];
  const ruleWage = contingentWageCents(
    scheme.fteHundredths,
    scheme.months ?? 12,
    scheme.wageRateCents ?? wageCentsPerFteMonth,
  );
  const cap = equipmentCapCents(scheme.fteHundredths, scheme.equipmentCapPerFteCents ?? equipmentCapCentsPerFte);
  const equipment = scheme.amountCents - ruleWage;
  if (scheme.statedWageCents != null && scheme.statedWageCents !== ruleWage) {
    findings.push({ code: 'wage_differs', statedCents: scheme.statedWageCents, ruleCents: ruleWage });
  }
  if (equipment < 0) findings.push({ code: 'amount_below_wage', amountCents: scheme.amountCents, ruleCents: ruleWage });
  const statedEquipment = scheme.statedEquipmentCents ?? equipment;
  if (statedEquipment > cap) {
    findings.push({ code: 'equipment_over_cap', equipmentCents: statedEquipment, capCents: cap });
  }
  if (
    scheme.statedWageCents != null &&
    scheme.statedEquipmentCents != null &&
    scheme.statedWageCents + scheme.statedEquipmentCents !== scheme.amountCents
  ) {
    findings.push({
      code: 'parts_differ_from_total',
      partsCents: scheme.statedWageCents + scheme.statedEquipmentCents,
      amountCents: scheme.amountCents,
    });
  }
  return {
    ruleWageCents: ruleWage,
    equipmentCents: Math.max(0, equipment),
    equipmentCapCents: cap,
    ruleMaxCents: ruleWage + cap,
    findings,
  };
}

/** How close spending may come to a cap before svpp warns (90%). */
const capWarningPermille = 900;

type CapState = 'ok' | 'near' | 'over';

/** Where spending stands against a cap: `near` from 90% of it, `over` beyond it. */
export function capState(spentCents: number, capCents: number): CapState {
  if (spentCents > capCents) return 'over';
  if (spentCents * 1000 >= capCents * capWarningPermille) return 'near';
  return 'ok';
}

/**
 * Multi-year plan reconciliation: the difference between a budget line and what is expected. Whole-euro lines tolerate
 * < €1.
 */
export function reconcile(budgetCents: number, expectedCents: number): { differenceCents: number; flagged: boolean } {
  const differenceCents = budgetCents - expectedCents;
  return { differenceCents, flagged: Math.abs(differenceCents) >= 100 };
}
