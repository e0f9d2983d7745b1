import { describe, expect, it } from 'vitest';
import type { GuardOverview, IncidentStats } from '../api/guards.schema.js';
import { guardRegisterKeys } from '../guards/guard-register-types.js';
import { guardsReport } from './guards-report.js';

const grid = () => Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
const overview: GuardOverview = {
  year: 2020,
  shifts: 2,
  shiftHours: 15,
  guards: 1,
  tasks: guardRegisterKeys.map((typeKey) => ({
    typeKey,
    records: typeKey === 'guard_round' ? 3 : 0,
    hours: typeKey === 'guard_round' ? 6 : 0,
    quantity: 0,
  })),
  shiftHeatmap: grid().map((row, day) => row.map((_, hour) => (day === 0 && hour >= 8 && hour < 15 ? 1 : 0))),
  recordHeatmap: { all: grid(), guard_round: grid() },
  byWijk: [{ wijkCode: '12025W03', typeKey: 'guard_round', records: 3, hours: 6 }],
  meldingen: { byStatus: { sent: 1, resolved: 2 }, byService: { cleaning: 3 }, byKind: { dumping: 3 } },
  warnings: { records: 4, people: 5 },
  gasReports: { records: 1, minors: 0, byOffence: { litter: 1 } },
  engraving: { actions: 12, bikes: 300 },
  violence: { total: 2 },
};
const violence: IncidentStats = {
  year: 2020,
  total: 2,
  byKind: { verbal: 1, physical: 1 },
  byInjuries: { none: 1, light: 1 },
  withPoliceReport: 1,
  byMonth: Array.from({ length: 12 }, () => 0),
  previousYearTotal: 3,
};

describe('guardsReport', () => {
  it.each(['nl', 'fr'] as const)('builds the yearly guard report in %s with a sheet per table', (locale) => {
    const doc = guardsReport({
      municipality: 'Mechelen',
      locale,
      generatedAt: '2021-01-05T10:00:00Z',
      overview,
      violence,
      wijkNames: { '12025W03': 'Centrum' },
      chartSvg: () => '<svg/>',
    });
    expect(doc.title).toBe(
      locale === 'nl' ? 'Jaarrapport gemeenschapswachten 2020' : 'Rapport annuel des gardiens de la paix 2020',
    );
    expect(doc.sheets).toHaveLength(7);
    const text = JSON.stringify(doc.blocks);
    expect(text).toContain('Centrum');
    expect(text).toContain(locale === 'nl' ? 'Fietsgraveeracties' : 'Actions de gravure de vélos');
    // The hour sheet: a column per hour, Monday 08:00–15:00 on shift.
    const time = doc.sheets[2];
    expect(time?.rows[0]).toMatchObject({ h8: 1, h14: 1, h15: 0 });
  });
});
