import { describe, expect, it } from 'vitest';
import { builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import {
  checkDraft,
  definitionFromDraft,
  draftFromDefinition,
  emptyField,
  emptyOption,
  emptyTypeDraft,
  keyFromLabel,
  rolesFor,
  type TypeDraft,
} from './register-type-model.js';

function filledDraft(): TypeDraft {
  const draft = emptyTypeDraft();
  return {
    ...draft,
    key: 'buurtbemiddeling',
    nl: 'Buurtbemiddeling',
    fr: 'Médiation de quartier',
    en: 'Neighbour mediation',
    fields: [
      {
        ...emptyField(),
        key: 'soort',
        kind: 'category',
        nl: 'Soort',
        fr: 'Type',
        en: 'Kind',
        required: true,
        role: 'category',
        options: [{ ...emptyOption(), value: 'burenruzie', nl: 'Burenruzie', fr: 'Conflit', en: 'Dispute' }],
      },
      {
        ...emptyField(),
        key: 'bemiddelaars',
        kind: 'count',
        nl: 'Bemiddelaars',
        fr: 'Médiateurs',
        en: 'Mediators',
        role: 'quantity',
      },
    ],
  };
}

describe('the own-register editor model', () => {
  it('makes keys from labels: lower case, no accents, words joined by _', () => {
    expect(keyFromLabel('Buurtbemiddeling – dossiers')).toBe('buurtbemiddeling_dossiers');
    expect(keyFromLabel('Médiation de quartier')).toBe('mediation_de_quartier');
    expect(keyFromLabel('12 Aantal bezoekers!')).toBe('aantal_bezoekers');
    expect(keyFromLabel('x'.repeat(60))).toHaveLength(40);
    expect(keyFromLabel('A', 2)).toMatch(/^[a-z][a-z0-9_]{1,39}$/);
    expect(keyFromLabel('')).toBe('');
  });

  it('offers only the roles a kind of field can play', () => {
    expect(rolesFor('category')).toEqual(['category', 'status']);
    expect(rolesFor('count')).toEqual(['quantity']);
    expect(rolesFor('hours')).toEqual(['hours']);
    expect(rolesFor('boolean')).toEqual([]);
  });

  it('accepts a complete register as the shared schema does', () => {
    const checked = checkDraft(filledDraft());
    expect(checked.problems).toBeNull();
    expect(checked.definition).toMatchObject({
      key: 'buurtbemiddeling',
      place: 'optional',
      period: false,
      fields: [
        { key: 'soort', role: 'category', options: [{ value: 'burenruzie' }] },
        { key: 'bemiddelaars', kind: 'count', role: 'quantity' },
      ],
    });
  });

  it('pins every refusal to its input', () => {
    const draft = filledDraft();
    draft.key = 'Bad key';
    draft.fr = '';
    const [first, second] = draft.fields;
    if (!first || !second) throw new Error('two fields expected');
    draft.fields = [
      { ...first, options: [] },
      { ...second, key: 'soort', role: 'category' },
      {
        ...emptyField(),
        key: 'notes',
        nl: 'Notities',
        fr: 'Notes',
        en: 'Notes',
        kind: 'category',
        options: [{ ...emptyOption(), value: 'Bad value', nl: 'a', fr: 'b', en: 'c' }],
      },
    ];
    expect(checkDraft(draft).problems).toEqual({
      key: 'key',
      'labels.fr': 'label',
      'fields.0.options': 'needsOptions',
      'fields.1.key': 'duplicateKey',
      'fields.1.role': 'oneFieldPerRole',
      'fields.2.options.0.value': 'optionValue',
    });
    expect(checkDraft({ ...filledDraft(), fields: [] }).problems).toEqual({ fields: 'needsField' });
  });

  it('round-trips every built-in register through the editor unchanged', () => {
    for (const definition of builtinRegisterTypes) {
      expect(definitionFromDraft(draftFromDefinition(definition))).toEqual(definition);
    }
  });
});
