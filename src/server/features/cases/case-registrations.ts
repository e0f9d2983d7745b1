import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../adapters/tokens.js';
import { RegistrationRepository, type RegistrationRow } from '../registrations/registration.repository.js';
import type { CaseRow, StepRow } from './case.repository.js';

interface CaseEvent {
  municipalityId: string;
  typeKey: string;
  event: string;
  on: string;
  wijkCode: string | null;
  outcome?: string | null;
  detail?: string | null;
  hours?: number | null;
  userId: string | null;
  now: string;
}

/**
 * Writes one pseudonymised registration of a case event (register `case_work`) in the caller's transaction:
 * no names and no case id, so the figures every indicator reads hold nothing that points at a person.
 */
export async function countCaseEvent(trx: Kysely<Database>, e: CaseEvent): Promise<void> {
  const values: Record<string, unknown> = { case_type: e.typeKey, event: e.event };
  if (e.outcome) values.outcome = e.outcome;
  if (e.detail) values.detail = e.detail;
  if (e.hours) values.hours = e.hours;
  await new RegistrationRepository(trx).insert({
    id: newId(),
    municipality_id: e.municipalityId,
    type_key: 'case_work',
    occurred_on: e.on,
    occurred_until: null,
    category: e.typeKey,
    status: e.event,
    quantity: null,
    hours: e.hours ?? null,
    title: null,
    wijk_code: e.wijkCode,
    lat: null,
    lon: null,
    address: null,
    values_json: JSON.stringify(values),
    source: 'case',
    created_by: e.userId,
    created_at: e.now,
    updated_at: e.now,
    deleted_at: null,
  });
}

/**
 * An advice case keeps exactly one registration in the built-in `advice_visit` register (which feeds
 * "Aantal adviezen"): booked → done → reported as the steps are recorded, removed when the visit is cancelled.
 * Returns the registration id to store on the case.
 */
export async function syncAdviceRegistration(
  trx: Kysely<Database>,
  row: CaseRow,
  steps: readonly StepRow[],
  userId: string | null,
  now: string,
): Promise<string | null> {
  const repository = new RegistrationRepository(trx);
  const existing = row.registration_id
    ? await repository.findInMunicipality(row.municipality_id, row.registration_id)
    : undefined;
  const booked = steps.find((s) => s.step_key === 'booked');
  if (!booked || row.close_outcome === 'cancelled') {
    if (existing) await repository.softDelete(existing, now);
    return existing ? existing.id : row.registration_id;
  }
  const done = steps.find((s) => s.step_key === 'visit_done');
  const reported = steps.find((s) => s.step_key === 'report_sent');
  const kind = (JSON.parse(booked.choices_json) as Record<string, string>).kind ?? 'home';
  const status = reported ? 'reported' : done ? 'done' : 'booked';
  const next: RegistrationRow = {
    id: existing?.id ?? newId(),
    municipality_id: row.municipality_id,
    type_key: 'advice_visit',
    occurred_on: done?.done_on ?? booked.done_on,
    occurred_until: null,
    category: kind,
    status,
    quantity: null,
    hours: null,
    title: null,
    wijk_code: row.wijk_code,
    lat: null,
    lon: null,
    address: null,
    values_json: JSON.stringify({ kind, outcome: status }),
    source: 'case',
    created_by: existing?.created_by ?? userId,
    created_at: existing?.created_at ?? now,
    updated_at: now,
    deleted_at: null,
  };
  if (existing) await repository.replace(existing, next);
  else await repository.insert(next);
  return next.id;
}
