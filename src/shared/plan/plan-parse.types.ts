/**
 * Types of the JSON that `svpp plan parse` prints: a mirror of
 * the interface contract's `plan-parse.schema.json` (kept with the product's shared contracts beside this repository,
 * `../shared/contracts/`, not in it), with its snake_case field names; `plan-parser.test.ts` checks the output.
 */

export type PlanLanguage = 'nl' | 'fr';

export type TargetKind = 'count' | 'hours' | 'percentage' | 'exists' | 'growth' | 'qualitative' | 'monitor';
export type TargetOperator = '>=' | '<=' | '=';
export type TargetPeriod = 'year' | 'school_year' | 'quarter' | 'month' | 'half_year' | 'two_years' | 'plan';
type GrowthUnit = 'percent' | 'absolute';

/** One machine-readable target; fields the text does not give are left out. */
export interface ParsedTarget {
  kind: TargetKind;
  op?: TargetOperator;
  /** For growth: signed (a fall of 5% is -5 with op `<=`). */
  value?: number;
  /** Growth only. */
  unit?: GrowthUnit;
  per?: TargetPeriod;
  /** The target holds for this one year. */
  year?: number;
  /** The target holds every period from this year on. */
  from?: number;
  until?: number;
  /** Deadline or reference date, `YYYY-MM-DD`. */
  due?: string;
}

export interface ParsedIndicator {
  text: string;
  targets: ParsedTarget[];
}

export interface ParsedOperationalObjective {
  /** Strategic number + position, e.g. `2.2.1.3`. */
  number: string;
  title: string;
  results: string[];
  indicators: ParsedIndicator[];
}

interface ParsedStrategicObjective {
  /** e.g. `2.2.1` */
  number: string;
  title: string;
  operational_objectives: ParsedOperationalObjective[];
}

interface ParsedGeneralObjective {
  number: string;
  title: string;
}

type SectionKind = 'coordination' | 'phenomenon';

export interface ParsedSection {
  /** `"1"`, `"2"`, … */
  number: string;
  title: string;
  kind: SectionKind;
  description?: string | null;
  general_objectives: ParsedGeneralObjective[];
  strategic_objectives: ParsedStrategicObjective[];
}

export interface ParsedPeriod {
  /** `YYYY-MM-DD` */
  start: string;
  /** `YYYY-MM-DD` */
  end: string;
}

export interface ParsedFunding {
  /** e.g. `SVPP`, `Gemeenschapswachten 346`, `ACTIVA` */
  scheme: string;
  amount_eur: number;
  fte?: number | null;
}

export interface ParsedActionProgramme {
  name: string;
  /** Numbers of the sections (phenomena) in the programme, e.g. `["11", "12"]`. */
  sections: string[];
}

export interface ParseWarning {
  /** 1-based line number in the input text. */
  line: number;
  message: string;
}

export interface ParsedPlan {
  language: PlanLanguage;
  municipality?: string | null;
  period?: ParsedPeriod | null;
  funding?: ParsedFunding[];
  sections: ParsedSection[];
  action_programmes?: ParsedActionProgramme[];
  warnings: ParseWarning[];
}
