import type { FieldDefinition, FieldRole, Labels, RegisterTypeDefinition, fieldKinds } from './register-fields.js';

type FieldKind = (typeof fieldKinds)[number];
export type FieldOption = NonNullable<FieldDefinition['options']>[number];

/** What most fields leave out: optional, no role. */
export interface FieldSettings {
  required?: boolean;
  role?: FieldRole;
}

/**
 * One register field, one line: `field('count', 'bikes', labels('Fietsen', 'Vélos', 'Bikes'), { role: 'quantity' })`.
 * Keys come out in the order of the schema (key, kind, labels, required, role, options); `role` and `options` only
 * when given, so the definitions stay the same data as when they were written out by hand.
 */
export function field(
  kind: FieldKind,
  key: string,
  names: Labels,
  { required = false, role }: FieldSettings = {},
  options?: FieldOption[],
): FieldDefinition {
  const definition: FieldDefinition = { key, kind, labels: names, required };
  if (role) definition.role = role;
  if (options) definition.options = options;
  return definition;
}

export const textField = (key: string, names: Labels, settings?: FieldSettings): FieldDefinition =>
  field('text', key, names, settings);

export const hoursField = (key: string, names: Labels, settings?: FieldSettings): FieldDefinition =>
  field('hours', key, names, settings);

/** A select field (`category`): the options last, as they are the long part. */
export const choiceField = (
  key: string,
  names: Labels,
  settings: FieldSettings,
  options: FieldOption[],
): FieldDefinition => field('category', key, names, settings, options);

/** A register's main classification (meeting kind, task kind): a required select field with role `category`. */
export const categoryField = (key: string, names: Labels, options: FieldOption[]): FieldDefinition =>
  choiceField(key, names, { required: true, role: 'category' }, options);

/** A register type: its name, where a place is asked for, whether a record spans a period, then its fields. */
export const registerType = (
  key: string,
  names: Labels,
  { place, period = false }: { place: RegisterTypeDefinition['place']; period?: boolean },
  fields: FieldDefinition[],
): RegisterTypeDefinition => ({ key, labels: names, period, place, fields });
