/**
 * Every fixed text of the plan, evaluation and activity reports, in nl, fr and en. The plan's own texts (titles,
 * indicators) stay in the plan's language; only these words follow the report's language. The type makes a missing
 * text in one language a compile error. The texts themselves: report-texts.ts.
 */
export interface ReportTexts {
  /** ": " in nl and en, " : " (no-break space) in fr. */
  colon: string;
  municipality: string;
  plan: string;
  period: string;
  year: string;
  month: string;
  asOf: string;
  version: (no: number, confirmedOn: string | null) => string;
  scope: (counts: {
    sections: number;
    general: number;
    strategic: number;
    operational: number;
    results: number;
    indicators: number;
  }) => string;
  section: string;
  phenomenon: string;
  phenomena: string;
  programme: string;
  programmes: string;
  /** Group of the sections no action programme holds (the coordination section). */
  outsideProgrammes: string;
  inProgramme: (names: string) => string;
  notInProgramme: string;
  generalObjectives: string;
  strategicObjective: string;
  strategicNo: string;
  operationalObjective: string;
  operationalNo: string;
  results: string;
  indicator: string;
  indicators: string;
  targets: string;
  owner: string;
  partners: string;
  status: string;
  explanation: string;
  value: (year: number) => string;
  noIndicators: string;
  total: string;
  rollupHeading: string;
  indicatorRule: string;
  planTitle: (years: string) => string;
  planSubtitle: string;
  planContext: string;
  planSource: string;
  planScope: string;
  funding: string;
  fundingScheme: string;
  fundingAmount: string;
  fundingFte: string;
  fundingCaption: string;
  noFunding: string;
  programmesIntro: string;
  noProgrammes: string;
  targetColumns: {
    kind: string;
    op: string;
    value: string;
    per: string;
    year: string;
    from: string;
    until: string;
    due: string;
  };
  evaluationTitle: (year: number) => string;
  evaluationSubtitle: (label: string) => string;
  addressee: string;
  addresseeValue: string;
  dueBy: string;
  planStatus: string;
  summary: string;
  summaryIntro: (year: number, asOf: string) => string;
  computedStatus: string;
  evaluatorStatus: string;
  done: string;
  bottlenecks: string;
  adjustments: string;
  notEvaluated: (year: number) => string;
  writtenBy: (who: string, on: string) => string;
  evaluator: string;
  writtenOn: string;
  chartProgrammes: string;
  chartSections: (programme: string) => string;
  chartTrend: (programme: string) => string;
  altCounts: (what: string) => string;
  altTrend: (what: string, series: number) => string;
  objectives: string;
  activityTitle: (year: number) => string;
  activitySubtitle: (label: string) => string;
  fundingTotal: string;
  perProgramme: string;
  perSection: string;
  keyFigures: string;
  keyFiguresIntro: string;
  evaluationShort: string;
  evaluationNone: (year: number) => string;
  evaluated: (written: number, of: number) => string;
}
