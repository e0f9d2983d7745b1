import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions, auditEntities, auditSystemActors } from '../../../shared/audit/audit-actions.js';
import { locales } from '../../../shared/i18n/locale.js';
import { catalogs } from '../../i18n/messages.js';
import { actionName, actorName, entityKind, targetWords } from './audit-page.js';

const root = path.resolve(import.meta.dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * The action codes the server and the CLI write: the literals in an `action:` field or in the first arguments of an
 * `audit(` / `recordAudit(` call (also `cond ? 'a' : 'b'`), up to the next field of the entry.
 */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles(path.join(root, 'src/server')), ...sourceFiles(path.join(root, 'src/cli'))]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\baudit\(|\brecordAudit\(|\baction:/g)) {
      const start = (match.index ?? 0) + match[0].length;
      const [segment = ''] = text.slice(start, start + 220).split(/\n\s*(?:entity|entityId|before|after)\b|\)\s*;/);
      for (const literal of segment.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) {
        if (literal[1]) found.set(literal[1], path.relative(root, file));
      }
    }
  }
  return found;
}

describe('audit words', () => {
  it('lists every action the server writes (a new action needs its words in nl, fr and en)', () => {
    const written = writtenActions();
    // The scan must see the known writers, or it found nothing at all.
    expect(written.get('auth.login')).toBe('src/server/features/auth/auth.service.ts');
    expect(written.has('case.personal.erase')).toBe(true);
    expect(written.has('finance.expense.create_over_cap')).toBe(true);
    const missing = [...written].filter(([action]) => !(auditActions as readonly string[]).includes(action));
    expect(missing).toEqual([]);
  });

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
