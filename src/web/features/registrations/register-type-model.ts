/**
 * An own register as the editor holds it (texts, checkboxes, rows of fields and options), and the way to and from
 * the shared `registerTypeDefinitionSchema`, with each refusal pinned to the input it concerns. Pure.
 */
import {
  type FieldDefinition,
  type fieldKinds,
  type FieldRole,
  type RegisterTypeDefinition,
  registerTypeDefinitionSchema,
} from '../../../shared/indicators/register-fields.js';

export type FieldKind = (typeof fieldKinds)[number];

export interface OptionDraft {
  uid: string;
  value: string;
  nl: string;
  fr: string;
  en: string;
}

export interface FieldDraft {
  uid: string;
  key: string;
  kind: FieldKind;
  nl: string;
  fr: string;
  en: string;
  required: boolean;
  role: FieldRole | '';
  options: OptionDraft[];
}

export interface TypeDraft {
  key: string;
  nl: string;
  fr: string;
  en: string;
  period: boolean;
  place: RegisterTypeDefinition['place'];
  fields: FieldDraft[];
}

/** Why the editor refuses an input; said in the user's language by the page. */
export type TypeProblem =
  | 'key'
  | 'label'
  | 'duplicateKey'
  | 'oneFieldPerRole'
  | 'needsOptions'
  | 'roleKind'
  | 'optionValue'
  | 'needsField'
  | 'tooMany'
  | 'invalid';

let counter = 0;
const uid = (prefix: string) => `${prefix}${(counter += 1)}`;

export function emptyOption(): OptionDraft {
  return { uid: uid('o'), value: '', nl: '', fr: '', en: '' };
}

export function emptyField(): FieldDraft {
  return { uid: uid('f'), key: '', kind: 'text', nl: '', fr: '', en: '', required: false, role: '', options: [] };
}

export function emptyTypeDraft(): TypeDraft {
  return { key: '', nl: '', fr: '', en: '', period: false, place: 'optional', fields: [emptyField()] };
}

export const categoryKinds = new Set<FieldKind>(['category', 'multi_category']);

/** The roles a field of this kind may play (the shared schema's rule, offered up front instead of refused after). */
export function rolesFor(kind: FieldKind): FieldRole[] {
  switch (kind) {
    case 'category':
      return ['category', 'status'];
    case 'count':
    case 'number':
      return ['quantity'];
    case 'hours':
      return ['hours'];
    case 'text':
      return ['title'];
    case 'longtext':
    case 'date':
    case 'multi_category':
    case 'partners':
    case 'boolean':
    case 'attachments':
      return [];
  }
}

/**
 * A key from a label: "Buurtbemiddeling – dossiers" → "buurtbemiddeling_dossiers". Lower case, no accents, words
 * joined by "_", starting with a letter, at most 40 characters; `minLength` 2 for registers, 1 for fields.
 */
export function keyFromLabel(label: string, minLength = 1): string {
  let key = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  if (key.length > 0 && key.length < minLength) key = `${key}_x`.slice(0, Math.max(minLength, 2));
  return key;
}

function optionFromDefinition(option: NonNullable<FieldDefinition['options']>[number]): OptionDraft {
  return { uid: uid('o'), value: option.value, ...option.labels };
}

export function draftFromDefinition(definition: RegisterTypeDefinition): TypeDraft {
  return {
    key: definition.key,
    ...definition.labels,
    period: definition.period,
    place: definition.place,
    fields: definition.fields.map((field) => ({
      uid: uid('f'),
      key: field.key,
      kind: field.kind,
      ...field.labels,
      required: field.required,
      role: field.role ?? '',
      options: (field.options ?? []).map(optionFromDefinition),
    })),
  };
}

/** The definition the editor describes (not yet checked). */
export function definitionFromDraft(draft: TypeDraft): RegisterTypeDefinition {
  return {
    key: draft.key.trim(),
    labels: { nl: draft.nl.trim(), fr: draft.fr.trim(), en: draft.en.trim() },
    period: draft.period,
    place: draft.place,
    fields: draft.fields.map((field) => {
      const definition: FieldDefinition = {
        key: field.key.trim(),
        kind: field.kind,
        labels: { nl: field.nl.trim(), fr: field.fr.trim(), en: field.en.trim() },
        required: field.required,
      };
      if (field.role) definition.role = field.role;
      if (categoryKinds.has(field.kind)) {
        definition.options = field.options.map((option) => ({
          value: option.value.trim(),
          labels: { nl: option.nl.trim(), fr: option.fr.trim(), en: option.en.trim() },
        }));
      }
      return definition;
    }),
  };
}

const customMessages: Record<string, TypeProblem> = {
  'duplicate field key': 'duplicateKey',
  'one field per role': 'oneFieldPerRole',
  'a category field needs options': 'needsOptions',
  'quantity must be a count or number field': 'roleKind',
  'hours must be an hours field': 'roleKind',
  'category and status must be category fields': 'roleKind',
};

/** The input a schema path points at, as the editor names its inputs ("fields.0.labels.nl", "key" …). */
function problemFor(path: (string | number)[], message: string, code: string): TypeProblem {
  const custom = customMessages[message];
  if (custom) return custom;
  const last = path[path.length - 1];
  if (path.length === 1 && path[0] === 'fields') return code === 'too_big' ? 'tooMany' : 'needsField';
  if (path.includes('labels')) return 'label';
  if (path.includes('options') && last === 'value') return 'optionValue';
  if (path.includes('options')) return 'needsOptions';
  if (last === 'key') return 'key';
  return 'invalid';
}

/** The definition when it passes the shared schema, else the problems per input path. */
export function checkDraft(
  draft: TypeDraft,
):
  { definition: RegisterTypeDefinition; problems: null } | { definition: null; problems: Record<string, TypeProblem> } {
  const definition = definitionFromDraft(draft);
  const parsed = registerTypeDefinitionSchema.safeParse(definition);
  if (parsed.success) return { definition: parsed.data, problems: null };
  const problems: Record<string, TypeProblem> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    // A missing or empty options list is reported on the field's options.
    const key = path.join('.');
    problems[key] ??= problemFor(path, issue.message, issue.code);
  }
  return { definition: null, problems };
}
