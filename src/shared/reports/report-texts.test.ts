import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.js';
import { palette } from '../../server/adapters/documents/layout.js';
import { statusChartColors, statusChartOrder } from './report-charts.js';
import { reportTexts } from './report-texts.js';

describe('report texts and charts', () => {
  it('give every fixed text in nl, fr and en, each language its own', () => {
    const sample = (value: unknown): string => {
      if (typeof value === 'string') return value;
      if (typeof value === 'function') return String((value as (...args: unknown[]) => unknown)(2020, '31/12/2020'));
      return JSON.stringify(value);
    };
    const keys = Object.keys(reportTexts.nl) as (keyof typeof reportTexts.nl)[];
    for (const key of keys) {
      if (key === 'scope') continue; // takes counts, checked through the plan report
      for (const locale of locales) {
        expect(sample(reportTexts[locale][key]).trim().length, `${key}/${locale}`).toBeGreaterThan(0);
      }
    }
    const differing = keys.filter((key) => sample(reportTexts.nl[key]) !== sample(reportTexts.fr[key]));
    expect(differing.length).toBeGreaterThan(keys.length * 0.8);
  });

  it('colour status series as the DOCX palette does, so native charts show the same colours', () => {
    expect(statusChartOrder.map((status) => statusChartColors[status])).toEqual(palette.series);
  });
});
