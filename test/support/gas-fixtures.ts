import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/server/db/database.js';
import type { GasFindingStepTable, GasFindingTable } from '../../src/server/db/schema.js';
import {
  EnforcementRepository,
  notYetProcessed,
} from '../../src/server/features/enforcement/enforcement.repository.js';
import { isoWeekday } from '../../src/shared/calendar/days.js';

/** Synthetic enforcement data for tests (issue 18): articles and findings written straight through the repository. */

const now = '2020-01-01T00:00:00.000Z';

export async function insertArticle(
  db: Db,
  municipalityId: string,
  code: string,
  options: { category?: string; regulation?: string; finders?: string[]; mediation?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  await db.kysely
    .insertInto('gas_article')
    .values({
      id,
      municipality_id: municipalityId,
      code,
      regulation: options.regulation ?? (options.category === 'abp' ? 'abp' : 'kb_2014'),
      category: options.category ?? 'cat1',
      label_nl: `Artikel ${code}`,
      label_fr: `Article ${code}`,
      mixed: 0,
      mediation: options.mediation ? 1 : 0,
      finders_json: JSON.stringify(options.finders ?? ['police', 'guard', 'camera']),
      prescription_months: 12,
      valid_from: '2000-01-01',
      valid_to: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

let sequence = 0;

/** A finding on `day` at `hour` (local), with whatever else the test sets. */
export function finding(
  municipalityId: string,
  article: { id: string; code: string; category?: string },
  day: string,
  overrides: Partial<GasFindingTable> = {},
): GasFindingTable {
  sequence += 1;
  const hour = overrides.observed_hour ?? 10;
  return {
    id: randomUUID(),
    municipality_id: municipalityId,
    reference: `T-${sequence}`,
    observed_at: `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`,
    observed_on: day,
    observed_hour: hour,
    observed_weekday: isoWeekday(day),
    article_id: article.id,
    article_code: article.code,
    category: article.category ?? 'cat1',
    plate: '1ABC123',
    plate_country: 'BE',
    street: 'Bruul',
    house_number: '1',
    lat: null,
    lon: null,
    wijk_code: null,
    observer: 'test',
    source: 'camera',
    photos: 0,
    import_id: null,
    amount_cents: 5_800,
    structured_communication: String(100_000_000_000 + sequence).padStart(12, '0'),
    prescription_on: '2099-12-31',
    ...notYetProcessed,
    created_by: null,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}

export function step(
  f: GasFindingTable,
  stepKey: string,
  doneOn: string,
  outcome: string | null = null,
): GasFindingStepTable {
  return {
    id: randomUUID(),
    municipality_id: f.municipality_id,
    finding_id: f.id,
    step_key: stepKey,
    done_on: doneOn,
    outcome,
    batch_id: null,
    note: null,
    created_by: null,
    created_at: now,
  };
}

export async function insertFindings(
  db: Db,
  rows: GasFindingTable[],
  steps: GasFindingStepTable[] = [],
): Promise<void> {
  const repository = new EnforcementRepository(db.kysely);
  await repository.insertFindings(rows);
  if (steps.length) await repository.insertSteps(steps);
}

export async function makeAssociation(db: Db, municipalityId: string): Promise<void> {
  await db.kysely.updateTable('municipality').set({ kind: 'association' }).where('id', '=', municipalityId).execute();
}
