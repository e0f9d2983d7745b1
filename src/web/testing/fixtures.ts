import type { IndicatorState } from '../../shared/api/indicators.schema.js';
import type { RegisterTypeDefinition } from '../../shared/indicators/register-fields.js';
import type { Subject } from '../../shared/subjects/subject.js';

/** Synthetic data the web tests share. */

/** Labels in the three languages: the Dutch text, with ` (fr)` and ` (en)` after it for the others. */
export const labels = (nl: string) => ({ nl, fr: `${nl} (fr)`, en: `${nl} (en)` });

/** An own register with one field of every kind, titled and counted by its fields' roles. */
export const everyKindRegister: RegisterTypeDefinition = {
  key: 'buurtbemiddeling',
  labels: labels('Buurtbemiddeling'),
  period: true,
  place: 'optional',
  fields: [
    { key: 'title', kind: 'text', labels: labels('Titel'), required: true, role: 'title' },
    { key: 'notes', kind: 'longtext', labels: labels('Notities'), required: false },
    { key: 'amount', kind: 'number', labels: labels('Bedrag'), required: false },
    { key: 'people', kind: 'count', labels: labels('Personen'), required: false, role: 'quantity' },
    { key: 'hours', kind: 'hours', labels: labels('Uren'), required: false, role: 'hours' },
    { key: 'due', kind: 'date', labels: labels('Vervaldag'), required: false },
    {
      key: 'kind',
      kind: 'category',
      labels: labels('Soort'),
      required: true,
      role: 'category',
      options: [
        { value: 'dispute', labels: labels('Burenruzie') },
        { value: 'noise', labels: labels('Lawaai') },
      ],
    },
    {
      key: 'topics',
      kind: 'multi_category',
      labels: labels('Thema’s'),
      required: false,
      options: [
        { value: 'x', labels: labels('Parkeren') },
        { value: 'y', labels: labels('Afval') },
      ],
    },
    { key: 'partners', kind: 'partners', labels: labels('Partners'), required: false },
    { key: 'done', kind: 'boolean', labels: labels('Afgerond'), required: false },
    { key: 'files', kind: 'attachments', labels: labels('Bijlagen'), required: false },
  ],
};

/** Indicator counts per status: zero but for `partial`. */
export const statusCounts = (partial: Partial<Record<IndicatorState['status'], number>> = {}) => ({
  achieved: 0,
  on_track: 0,
  at_risk: 0,
  missed: 0,
  no_data: 0,
  monitor: 0,
  ...partial,
});

/** A confirmed, active subject of a meeting register (`changes` for another register, state or section). */
export const fakeSubject = (id: string, name: string, changes: Partial<Subject> = {}): Subject => ({
  id,
  typeKey: 'meeting',
  kind: 'body',
  key: id,
  name,
  sectionNumber: null,
  category: null,
  reportKind: null,
  state: 'confirmed',
  active: true,
  mergedIntoId: null,
  registrations: 0,
  indicators: [],
  ...changes,
});
