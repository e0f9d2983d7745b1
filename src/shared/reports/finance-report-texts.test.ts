import { describe, expect, it } from 'vitest';
import type { ConventionFinding } from '../finance/convention-check.js';
import { locales } from '../i18n/locale.js';
import { financeReportTexts, findingText } from './finance-report-texts.js';

const euro = (cents: number) => `€${cents / 100}`;
const findings: ConventionFinding[] = [
  { code: 'wage_differs', statedCents: 100, ruleCents: 200 },
  { code: 'equipment_over_cap', equipmentCents: 300, capCents: 400 },
  { code: 'parts_differ_from_total', partsCents: 500, amountCents: 600 },
  { code: 'amount_below_wage', amountCents: 700, ruleCents: 800 },
];

describe('findingText', () => {
  it('writes a finding with its amounts as euro', () => {
    expect(findingText(financeReportTexts.nl, findings[0]!, euro)).toBe(
      'Loonkosten in de tekst €1, volgens de regel €2',
    );
  });

  it.each(locales)('%s names both amounts of every kind of finding and leaves no placeholder', (locale) => {
    for (const finding of findings) {
      const text = findingText(financeReportTexts[locale], finding, euro);
      const amounts = Object.values(finding).filter((value): value is number => typeof value === 'number');
      for (const cents of amounts) expect(text, finding.code).toContain(euro(cents));
      expect(text).not.toMatch(/[{}]/);
    }
  });
});
