import type { Kysely } from 'kysely';
import { meldingKinds, type MeldingKind, hourOfTime } from '../../../shared/guards/guard-register-types.js';
import { meldingNuisanceCategory } from '../../../shared/guards/melding-nuisance.js';
import type { Database } from '../../db/schema.js';
import type { Dialect } from '../../db/database.js';
import type { RegistrationRow } from '../registrations/registration.repository.js';
import { type NuisanceEvent, recordNuisanceEvent, removeNuisanceEvent } from '../barometer/nuisance-events.js';

const isMeldingKind = (value: unknown): value is MeldingKind =>
  typeof value === 'string' && (meldingKinds as readonly string[]).includes(value);

/** A guard's melding as the barometer counts it; null for any other record or a deleted one. */
export function meldingNuisanceEvent(
  row: Pick<
    RegistrationRow,
    'id' | 'municipality_id' | 'type_key' | 'category' | 'wijk_code' | 'occurred_on' | 'values_json' | 'deleted_at'
  >,
): NuisanceEvent | null {
  if (row.type_key !== 'guard_report' || row.deleted_at !== null) return null;
  const values = JSON.parse(row.values_json) as Record<string, unknown>;
  const hour = hourOfTime(values.time);
  const time = hour === null ? '12:00' : String(values.time);
  return {
    municipalityId: row.municipality_id,
    source: 'guard_report',
    sourceId: row.id,
    category: isMeldingKind(row.category) ? meldingNuisanceCategory[row.category] : 'other',
    wijkCode: row.wijk_code,
    street: null,
    occurredAt: `${row.occurred_on}T${time}:00`,
  };
}

/** Keeps the barometer in step with a melding's create, change or delete, inside the write's transaction. */
export async function syncMeldingToBarometer(
  trx: Kysely<Database>,
  dialect: Dialect,
  before: RegistrationRow | null,
  after: RegistrationRow | null,
): Promise<void> {
  const event = after ? meldingNuisanceEvent(after) : null;
  if (event) await recordNuisanceEvent(trx, dialect, event);
  else if (before?.type_key === 'guard_report') {
    await removeNuisanceEvent(trx, dialect, before.municipality_id, 'guard_report', before.id);
  }
}
