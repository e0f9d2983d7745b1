import { describe, expect, it } from 'vitest';
import { auditActions, auditEntities, auditSystemActors } from '../../../shared/audit/audit-actions.js';
import { locales } from '../../../shared/i18n/locale.js';
import { catalogs } from '../../i18n/messages.js';
import { actionName, actorName, entityKind, targetWords } from './audit-page.js';

describe('audit words', () => {
  it('names every action, system actor and target kind in every language, never as its code', () => {
    for (const locale of locales) {
      const t = catalogs[locale];
      for (const action of auditActions) {
        const words = actionName(action, t);
        expect(words.trim(), `${locale} ${action}`).not.toBe('');
        expect(words, `${locale} ${action}`).not.toBe(action);
      }
      for (const actor of auditSystemActors) {
        expect(t.audit.actors[actor].trim(), `${locale} ${actor}`).not.toBe('');
        expect(actorName(actor, t)).toBe(t.audit.actors[actor]);
      }
      for (const entity of auditEntities) expect(entityKind(entity, t).trim(), `${locale} ${entity}`).not.toBe('');
    }
  });

  it('says what the retention job erased, in words', () => {
    expect(actionName('complaint.erase_contacts', catalogs.nl)).toBe(
      'Contactgegevens van melders gewist (bewaartermijn verstreken)',
    );
    expect(actorName('retention', catalogs.en)).toBe('system (automatic erasure after the retention period)');
    expect(actorName(null, catalogs.fr)).toBe('système');
    expect(actionName('something.new', catalogs.nl)).toBe('something.new');
  });

  it('takes the target’s reference, title or name from the entry', () => {
    expect(targetWords({ before: null, after: { reference: 'ADV-2020-002', type: 'advice' } })).toBe('ADV-2020-002');
    expect(targetWords({ before: { title: 'CPR maart' }, after: { held_on: '2020-03-01' } })).toBe('CPR maart');
    expect(targetWords({ before: null, after: { erased: 3 } })).toBeUndefined();
  });
});
