import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/server/db/database.js';
import type { GasFindingTable } from '../../src/server/db/schema.js';
import {
  EnforcementRepository,
  notYetProcessed,
} from '../../src/server/features/enforcement/enforcement.repository.js';
import { communicationBase, structuredCommunication } from '../../src/shared/enforcement/structured-communication.js';

/**
 * Findings for the procedure's tests as intake leaves them (status `found`, a structured communication allocated),
 * written with EnforcementRepository.insertFindings. Synthetic plates and references only.
 */

export async function insertArticle(
  db: Db,
  municipalityId: string,
  options: { code?: string; mediation?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('gas_article')
    .values({
      id,
      municipality_id: municipalityId,
      code: options.code ?? 'KB 2014 art. 22',
      regulation: 'kb_2014',
      category: 'cat1',
      label_nl: 'Parkeren op een plaats voor personen met een handicap',
      label_fr: 'Stationnement sur un emplacement réservé aux personnes handicapées',
      mixed: 0,
      mediation: options.mediation === false ? 0 : 1,
      finders_json: '["police","guard"]',
      prescription_months: 6,
      valid_from: '2020-01-01',
      valid_to: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export interface FindingSpec {
  sequence: number;
  plate: string;
  observedOn?: string;
  prescriptionOn?: string;
  amountCents?: number | null;
  country?: string;
}

/** One finding per spec, communication `26` + the sequence (year 2026) with its check digits. */
export async function insertFindings(
  db: Db,
  municipalityId: string,
  articleId: string,
  specs: FindingSpec[],
): Promise<GasFindingTable[]> {
  const now = new Date().toISOString();
  const rows: GasFindingTable[] = specs.map((spec) => {
    const observedOn = spec.observedOn ?? '2026-02-20';
    return {
      id: randomUUID(),
      municipality_id: municipalityId,
      reference: `SYN-${String(spec.sequence).padStart(6, '0')}`,
      observed_at: `${observedOn}T09:30:00.000Z`,
      observed_on: observedOn,
      observed_hour: 10,
      observed_weekday: 5,
      article_id: articleId,
      article_code: 'KB 2014 art. 22',
      category: 'cat1',
      plate: spec.plate,
      plate_country: spec.country ?? 'BE',
      street: 'Synthetische straat',
      house_number: String(spec.sequence),
      lat: null,
      lon: null,
      wijk_code: null,
      observer: 'VS-001',
      source: 'guard',
      photos: 1,
      import_id: null,
      amount_cents: spec.amountCents === undefined ? 5800 : spec.amountCents,
      structured_communication: structuredCommunication(communicationBase(2026, spec.sequence)),
      prescription_on: spec.prescriptionOn ?? '2026-08-20',
      ...notYetProcessed,
      created_by: null,
      created_at: now,
      updated_at: now,
    };
  });
  await new EnforcementRepository(db.kysely).insertFindings(rows);
  return rows;
}

/** The DIV answer as the README describes it. */
export function holderCsv(rows: string[][]): string {
  return ['plate;country;name;address;postal_code;city;holder_country;language', ...rows.map((r) => r.join(';'))].join(
    '\n',
  );
}
