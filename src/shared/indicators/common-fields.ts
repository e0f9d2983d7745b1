import { labels } from '../i18n/labels.js';
import { hoursField, longTextField } from './field-constructors.js';

/** Fields that several built-in registers (plan, guards, steering group) carry with the same key and names. */
export const notesField = longTextField('notes', labels('Opmerkingen', 'Remarques', 'Notes'));
export const hoursWorkedField = hoursField('hours', labels('Uren', 'Heures', 'Hours'), { role: 'hours' });
