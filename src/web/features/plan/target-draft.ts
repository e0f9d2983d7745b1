import { type Target, targetSchema } from '../../../shared/api/plan.schema.js';

/**
 * The target editor's form state and its rules, as pure functions: a target becomes strings for the inputs, the
 * inputs become a target again (or field errors). Only the fields that make sense for the kind are kept.
 */

export const targetKinds = [
  'count',
  'hours',
  'percentage',
  'exists',
  'growth',
  'qualitative',
  'monitor',
] as const satisfies readonly Target['kind'][];
export const targetOperators = ['>=', '<=', '='] as const satisfies readonly NonNullable<Target['op']>[];
export const targetPeriods = [
  'year',
  'school_year',
  'quarter',
  'month',
  'half_year',
  'two_years',
  'plan',
] as const satisfies readonly NonNullable<Target['per']>[];
export const growthUnits = ['percent', 'absolute'] as const satisfies readonly NonNullable<Target['unit']>[];

export type TargetKind = Target['kind'];
export type TargetField = 'op' | 'value' | 'unit' | 'per' | 'year' | 'from' | 'until' | 'due';

export interface TargetDraft {
  kind: TargetKind;
  op: NonNullable<Target['op']> | '';
  /** As typed: "3", "2,5", "-5". */
  value: string;
  unit: NonNullable<Target['unit']> | '';
  per: NonNullable<Target['per']> | '';
  year: string;
  from: string;
  until: string;
  /** As typed, Belgian style: "31/03/2016" (also "31-3-2016" or "2016-03-31"), or ''. */
  due: string;
}

export type TargetErrorCode = 'valueRequired' | 'valueInvalid' | 'yearInvalid' | 'dueInvalid' | 'fromAfterUntil';
export type TargetErrors = Partial<Record<TargetField, TargetErrorCode>>;

const timeFields: TargetField[] = ['per', 'year', 'from', 'until', 'due'];

/** The inputs the editor shows for a kind. */
export function fieldsForKind(kind: TargetKind): TargetField[] {
  switch (kind) {
    case 'count':
    case 'hours':
    case 'percentage':
      return ['op', 'value', ...timeFields];
    case 'growth':
      return ['op', 'value', 'unit', ...timeFields];
    case 'exists':
    case 'qualitative':
    case 'monitor':
      return timeFields;
  }
}

/** Kinds whose target needs a number. */
export function needsValue(kind: TargetKind): boolean {
  return fieldsForKind(kind).includes('value');
}

export function emptyTargetDraft(kind: TargetKind = 'count'): TargetDraft {
  return {
    kind,
    op: needsValue(kind) ? '>=' : '',
    value: '',
    unit: kind === 'growth' ? 'percent' : '',
    per: 'year',
    year: '',
    from: '',
    until: '',
    due: '',
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

export function draftFromTarget(target: Target): TargetDraft {
  return {
    kind: target.kind,
    op: target.op ?? '',
    value: text(target.value),
    unit: target.unit ?? '',
    per: target.per ?? '',
    year: text(target.year),
    from: text(target.from),
    until: text(target.until),
    due: target.due ? formatDay(target.due) : '',
  };
}

/** "2016-03-31" → "31/03/2016". */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "31/03/2016", "31-3-2016", "31.03.2016" or "2016-03-31" → "2016-03-31"; null when it is no real day. */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const belgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (belgian) [day, month, year] = [Number(belgian[1]), Number(belgian[2]), Number(belgian[3])];
  else return null;
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(value) ? value : null;
}

/** "2,5" or "2.5" → 2.5; "" → undefined; anything else → NaN. */
export function parseDecimal(value: string): number | undefined {
  const trimmed = value.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

function parseYear(value: string): number | undefined | null {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 1990 && year <= 2100 ? year : null;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The target the inputs describe, or the errors per field. Fields that do not belong to the kind are dropped. */
export function targetFromDraft(
  draft: TargetDraft,
): { target: Target; errors?: undefined } | { target?: undefined; errors: TargetErrors } {
  const fields = new Set(fieldsForKind(draft.kind));
  const errors: TargetErrors = {};
  const target: Target = { kind: draft.kind };

  if (fields.has('op') && draft.op !== '') target.op = draft.op;
  if (fields.has('value')) {
    const value = parseDecimal(draft.value);
    if (value === undefined) errors.value = 'valueRequired';
    else if (Number.isNaN(value) || (value < 0 && draft.kind !== 'growth')) errors.value = 'valueInvalid';
    else target.value = value;
  }
  if (fields.has('unit') && draft.unit !== '') target.unit = draft.unit;
  if (fields.has('per') && draft.per !== '') target.per = draft.per;
  for (const field of ['year', 'from', 'until'] as const) {
    if (!fields.has(field)) continue;
    const year = parseYear(draft[field]);
    if (year === null) errors[field] = 'yearInvalid';
    else if (year !== undefined) target[field] = year;
  }
  if (target.from !== undefined && target.until !== undefined && target.from > target.until) {
    errors.until = 'fromAfterUntil';
  }
  if (fields.has('due') && draft.due.trim() !== '') {
    const due = parseDay(draft.due);
    if (due !== null) target.due = due;
    else errors.due = 'dueInvalid';
  }

  if (Object.keys(errors).length > 0) return { errors };
  // The same shared schema the server checks with: a target the editor builds is one the server accepts.
  const checked = targetSchema.safeParse(target);
  if (!checked.success) return { errors: { value: 'valueInvalid' } };
  return { target: checked.data };
}

/** Changes the kind and keeps what still applies; a kind that needs a number gets an operator to start with. */
export function withKind(draft: TargetDraft, kind: TargetKind): TargetDraft {
  const next: TargetDraft = { ...draft, kind };
  if (needsValue(kind) && next.op === '') next.op = '>=';
  if (kind === 'growth' && next.unit === '') next.unit = 'percent';
  return next;
}

/** Do two target lists say the same (so an unchanged editor sends nothing)? */
export function sameTargets(a: Target[], b: Target[]): boolean {
  const canonical = (targets: Target[]) =>
    JSON.stringify(
      targets.map((target) =>
        Object.fromEntries(
          Object.entries(target)
            .filter(([, value]) => value !== undefined)
            .sort(([x], [y]) => x.localeCompare(y)),
        ),
      ),
    );
  return canonical(a) === canonical(b);
}
