import type { Indicator, PlanVersionSummary, Section, Target } from '../../src/shared/api/plan.schema.js';

/** Pieces of a plan tree as the API returns it, for the unit tests of the plan views and of the reports. */

type Objective = Section['general'][number];

/** An objective (general, strategic or operational) that is its own lineage. */
export const planObjective = (
  id: string,
  level: Objective['level'],
  number: string,
  title: string,
  owner: string | null = null,
  partners: string[] = [],
): Objective => ({ id, lineageId: id, level, number, title, owner, partners });

/** An indicator with its targets as parsed (not edited), its own lineage. */
export const planIndicator = (id: string, text: string, targets: Target[], position: number): Indicator => ({
  id,
  lineageId: id,
  text,
  targets,
  targetsEdited: false,
  position,
});

/** A version of the Mechelen 2020 plan, a draft without warnings or funding unless the test says otherwise. */
export function planVersion(overrides: Partial<PlanVersionSummary> = {}): PlanVersionSummary {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    versionNo: 2,
    label: 'SVPP 2020',
    language: 'nl',
    municipalityName: 'MECHELEN',
    periodStart: '2020-01-01',
    periodEnd: '2020-12-31',
    status: 'draft',
    sourceFilename: 'mechelen-svpp-2020.txt',
    createdAt: '2020-03-31T12:05:00Z',
    confirmedAt: null,
    warnings: [],
    funding: [],
    counts: { sections: 0, general: 0, strategic: 0, operational: 0, results: 0, indicators: 0 },
    continuedIndicators: 0,
    ...overrides,
  };
}
