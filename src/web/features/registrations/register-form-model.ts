/**
 * The registration form as data: which inputs a register's field definitions ask for, the form's values, and the
 * way back to the API's `values` (numbers, dates, options checked with the same shared schema as the server).
 * Pure: no React, no I/O.
 */
import { z } from 'zod';
import type { PlaceInput, Registration } from '../../../shared/api/registrations.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import {
  type FieldDefinition,
  type Labels,
  type RegisterTypeDefinition,
  valuesSchemaFor,
} from '../../../shared/indicators/register-fields.js';
import type { GeoPoint } from '../../components/charts/geo-points.js';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar/days.js';

/**
 * What an input holds: text for text, number and date fields, a list for multi-choice and partners, a flag for yes/no.
 */
export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

/** Why a field's value cannot be sent, in terms the form says in the user's language. */
export type FieldProblem = 'required' | 'number' | 'integer' | 'hours' | 'date' | 'option' | 'tooLong' | 'invalid';
export type FieldProblems = Record<string, FieldProblem>;

export function labelOf(labels: Labels, locale: Locale): string {
  return labels[locale] || labels.nl;
}

export function optionLabel(field: FieldDefinition, value: string, locale: Locale): string {
  const option = field.options?.find((candidate) => candidate.value === value);
  return option ? labelOf(option.labels, locale) : value;
}

const listKinds = new Set<FieldDefinition['kind']>(['multi_category', 'partners', 'attachments']);
const numberKinds = new Set<FieldDefinition['kind']>(['number', 'count', 'hours']);

export function isNumberKind(kind: FieldDefinition['kind']): boolean {
  return numberKinds.has(kind);
}

function emptyValue(field: FieldDefinition): FieldValue {
  if (field.kind === 'boolean') return false;
  return listKinds.has(field.kind) ? [] : '';
}

export function emptyFormValues(type: RegisterTypeDefinition): FormValues {
  return Object.fromEntries(type.fields.map((field) => [field.key, emptyValue(field)]));
}

/** A number as the user's language writes it: 1,5 in Dutch and French, 1.5 in English. */
export function numberText(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'en' ? text : text.replace('.', ',');
}

/** The form's values for a stored registration (for editing). */
export function formValuesFrom(
  type: RegisterTypeDefinition,
  values: Record<string, unknown>,
  locale: Locale,
): FormValues {
  const form = emptyFormValues(type);
  for (const field of type.fields) {
    const value = values[field.key];
    if (value === undefined || value === null) continue;
    if (field.kind === 'boolean') form[field.key] = value === true;
    else if (listKinds.has(field.kind)) form[field.key] = Array.isArray(value) ? value.map(String) : [];
    else if (typeof value === 'number') form[field.key] = numberText(value, locale);
    else if (typeof value === 'string') form[field.key] = value;
  }
  return form;
}

/**
 * Reads a number as people type it in Belgium: "1,5", "1.5", "1.250" (a count of one thousand two hundred and fifty),
 * "1.250,5", "2 500". Returns null for an empty text and NaN for anything that is not a number.
 */
export function parseNumberText(text: string, integer: boolean): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  let normal: string;
  if (compact.includes(',')) normal = compact.replace(/\./g, '').replace(',', '.');
  else if (integer && /^-?\d{1,3}(\.\d{3})+$/.test(compact)) normal = compact.replace(/\./g, '');
  else normal = compact;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normal)) return Number.NaN;
  return Number(normal);
}

const maxLength: Partial<Record<FieldDefinition['kind'], number>> = { text: 500, longtext: 20_000 };

function readField(field: FieldDefinition, raw: FieldValue | undefined): { value?: unknown; problem?: FieldProblem } {
  const optionValues = new Set((field.options ?? []).map((option) => option.value));
  switch (field.kind) {
    case 'boolean':
      return { value: raw === true };
    case 'attachments': {
      // Ids of uploaded files: kept as they are (the server checks they exist).
      const ids = Array.isArray(raw) ? raw : [];
      if (ids.length === 0) return field.required ? { problem: 'required' } : {};
      return { value: ids };
    }
    case 'multi_category':
    case 'partners': {
      const list = (Array.isArray(raw) ? raw : []).map((item) => item.trim()).filter((item) => item !== '');
      const unique = [...new Set(list)];
      if (unique.length === 0) return field.required ? { problem: 'required' } : {};
      if (field.kind === 'multi_category' && unique.some((item) => !optionValues.has(item))) {
        return { problem: 'option' };
      }
      if (field.kind === 'partners' && unique.some((item) => item.length > 200)) return { problem: 'tooLong' };
      return { value: unique };
    }
    case 'text':
    case 'longtext':
    case 'number':
    case 'count':
    case 'hours':
    case 'date':
    case 'category':
      break;
  }
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return field.required ? { problem: 'required' } : {};
  switch (field.kind) {
    case 'text':
    case 'longtext':
      return text.length > (maxLength[field.kind] ?? Infinity) ? { problem: 'tooLong' } : { value: text };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && z.iso.date().safeParse(text).success
        ? { value: text }
        : { problem: 'date' };
    case 'category':
      return optionValues.has(text) ? { value: text } : { problem: 'option' };
    case 'number': {
      const number = parseNumberText(text, false);
      return number === null || !Number.isFinite(number) || Math.abs(number) > 1e9
        ? { problem: 'number' }
        : { value: number };
    }
    case 'count': {
      const number = parseNumberText(text, true);
      return number === null || !Number.isInteger(number) || number < 0 || number > 10_000_000
        ? { problem: 'integer' }
        : { value: number };
    }
    case 'hours': {
      const number = parseNumberText(text, false);
      return number === null || !Number.isFinite(number) || number < 0 || number > 10_000
        ? { problem: 'hours' }
        : { value: number };
    }
  }
}

/**
 * The API's `values` from the form, or the problems per field key. What the form cannot see (an unknown key, a
 * changed register) is caught by the same shared schema the server uses.
 */
export function toApiValues(
  type: RegisterTypeDefinition,
  form: FormValues,
): { values: Record<string, unknown>; problems: FieldProblems } {
  const values: Record<string, unknown> = {};
  const problems: FieldProblems = {};
  for (const field of type.fields) {
    const read = readField(field, form[field.key]);
    if (read.problem) problems[field.key] = read.problem;
    else if (read.value !== undefined) values[field.key] = read.value;
  }
  if (Object.keys(problems).length === 0) {
    const checked = valuesSchemaFor(type).safeParse(values);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (key !== '') problems[key] = 'invalid';
      }
    }
  }
  return { values, problems };
}

const serverIssues = z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })) });

/**
 * The field keys a REGISTRATION_INVALID_VALUES answer names (`details.issues[].path` is "values.<key>…"),
 * and the other paths (occurredOn, place …) of a VALIDATION_FAILED answer, each once.
 */
export function problemPathsFromServer(details: unknown): { fields: string[]; other: string[] } {
  const parsed = serverIssues.safeParse(details);
  if (!parsed.success) return { fields: [], other: [] };
  const fields = new Set<string>();
  const other = new Set<string>();
  for (const issue of parsed.data.issues) {
    const [head = '', key = ''] = issue.path.split('.');
    if (head === 'values' && key !== '') fields.add(key);
    else if (head !== '') other.add(head);
  }
  return { fields: [...fields], other: [...other] };
}

// ---------------------------------------------------------------- place

export type PlaceMode = 'none' | 'wijk' | 'point';

export interface PlaceState {
  mode: PlaceMode;
  wijkCode: string;
  point: GeoPoint | null;
  address: string;
}

export type PlaceProblem = 'required' | 'wijk' | 'point';

export const emptyPlace: PlaceState = { mode: 'none', wijkCode: '', point: null, address: '' };

/** The modes a register offers: no place only when the place is optional; nothing when it asks for none. */
export function placeModes(place: RegisterTypeDefinition['place']): PlaceMode[] {
  if (place === 'none') return [];
  return place === 'required' ? ['point', 'wijk'] : ['none', 'point', 'wijk'];
}

/** The API's `place`, or why it cannot be sent. */
export function toPlaceInput(
  place: RegisterTypeDefinition['place'],
  state: PlaceState,
): { place: PlaceInput | null; problem?: PlaceProblem } {
  if (place === 'none') return { place: null };
  const mode = place === 'required' && state.mode === 'none' ? 'point' : state.mode;
  if (mode === 'none') return { place: null };
  if (mode === 'wijk') {
    return state.wijkCode
      ? { place: { wijkCode: state.wijkCode } }
      : { place: null, problem: place === 'required' ? 'required' : 'wijk' };
  }
  if (!state.point) return { place: null, problem: place === 'required' ? 'required' : 'point' };
  const address = state.address.trim();
  return {
    place: { lat: state.point.lat, lon: state.point.lon, ...(address ? { address: address.slice(0, 300) } : {}) },
  };
}

export function placeStateFrom(registration: Pick<Registration, 'lat' | 'lon' | 'address' | 'wijkCode'>): PlaceState {
  if (registration.lat !== null && registration.lon !== null) {
    return {
      mode: 'point',
      wijkCode: registration.wijkCode ?? '',
      point: { lat: registration.lat, lon: registration.lon },
      address: registration.address ?? '',
    };
  }
  if (registration.wijkCode) return { mode: 'wijk', wijkCode: registration.wijkCode, point: null, address: '' };
  return emptyPlace;
}

// ---------------------------------------------------------------- dates

/** Today as YYYY-MM-DD in the municipality's time zone (default Brussels); components use `useToday()`. */
export function todayInBrussels(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): string {
  return todayIn(timeZone, now);
}

export type DateProblem = 'required' | 'date' | 'future' | 'order';

/** Checks the date (and the end date of a period register) before the server does. */
export function dateProblems(
  occurredOn: string,
  occurredUntil: string,
  period: boolean,
  today: string,
): { occurredOn?: DateProblem; occurredUntil?: DateProblem } {
  const problems: { occurredOn?: DateProblem; occurredUntil?: DateProblem } = {};
  const valid = (text: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(text) && z.iso.date().safeParse(text).success && text >= '2000-01-01';
  if (occurredOn === '') problems.occurredOn = 'required';
  else if (!valid(occurredOn)) problems.occurredOn = 'date';
  else if (occurredOn > today) problems.occurredOn = 'future';
  if (period && occurredUntil !== '') {
    if (!valid(occurredUntil)) problems.occurredUntil = 'date';
    else if (occurredUntil > today) problems.occurredUntil = 'future';
    else if (!problems.occurredOn && occurredUntil < occurredOn) problems.occurredUntil = 'order';
  }
  return problems;
}

// ---------------------------------------------------------------- the list

/** The register's field playing a role (category, quantity, hours, status, title). */
export function fieldWithRole(
  type: RegisterTypeDefinition | undefined,
  role: NonNullable<FieldDefinition['role']>,
): FieldDefinition | undefined {
  return type?.fields.find((field) => field.role === role);
}

/** One line that says what a registration was: its category and its title or first text. */
export function registrationSummary(
  registration: Registration,
  type: RegisterTypeDefinition | undefined,
  locale: Locale,
): { category: string | null; text: string | null } {
  const categoryField = fieldWithRole(type, 'category');
  const category =
    registration.category && categoryField
      ? optionLabel(categoryField, registration.category, locale)
      : registration.category;
  const firstText = type?.fields.find(
    (field) =>
      (field.kind === 'text' || field.kind === 'longtext') && typeof registration.values[field.key] === 'string',
  );
  const text = registration.title ?? (firstText ? String(registration.values[firstText.key]) : null);
  return { category, text };
}
