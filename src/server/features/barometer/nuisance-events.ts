import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { isNuisanceCategory, type NuisanceCategory } from '../../../shared/barometer/categories.js';
import { localSlot } from '../../../shared/barometer/local-time.js';
import { NuisanceRepository, type NuisanceEventRow } from './nuisance.repository.js';

/**
 * One nuisance event as the barometer counts it. Complaints (the nuisance desk), the guards' meldingen and
 * imported police data all write through these two functions, inside their own transaction.
 * The signatures are a contract with those features: add, never rename.
 */
export interface NuisanceEvent {
  municipalityId: string;
  source: 'complaint' | 'guard_report' | 'police';
  sourceId: string;
  category: NuisanceCategory;
  wijkCode: string | null;
  /** Street-level detail, shown only to roles that may see it. */
  street: string | null;
  /** ISO timestamp: with Z or an offset it is converted to Brussels time; without, it is local time already. */
  occurredAt: string;
}

const nuisanceSources = ['complaint', 'guard_report', 'police'] as const satisfies readonly NuisanceEvent['source'][];

/** Turns an event into its row (local day, hour, weekday derived once); throws NUISANCE_EVENT_INVALID. */
export function nuisanceEventRow(event: NuisanceEvent, id: string, now: string): NuisanceEventRow {
  const slot = localSlot(event.occurredAt);
  if (
    !slot ||
    !isNuisanceCategory(event.category) ||
    !(nuisanceSources as readonly string[]).includes(event.source) ||
    event.sourceId === ''
  ) {
    throw new AppError('NUISANCE_EVENT_INVALID', { source: event.source, sourceId: event.sourceId });
  }
  const street = event.street?.trim() ? event.street.trim().slice(0, 200) : null;
  return {
    id,
    municipality_id: event.municipalityId,
    source: event.source,
    source_id: event.sourceId,
    category: event.category,
    wijk_code: event.wijkCode ? event.wijkCode : null,
    street,
    occurred_at: event.occurredAt,
    day: slot.day,
    hour: slot.hour,
    weekday: slot.weekday,
    updated_at: now,
  };
}

/** Adds or updates the event with this municipality + source + source id, keeping the rollups right. */
export async function recordNuisanceEvent(
  trx: Kysely<Database>,
  dialect: Dialect,
  event: NuisanceEvent,
): Promise<void> {
  const repository = new NuisanceRepository(trx, dialect);
  const existing = await repository.findBySource(event.municipalityId, event.source, event.sourceId);
  const row = nuisanceEventRow(event, existing?.id ?? randomUUID(), new Date().toISOString());
  if (!existing) return repository.insert(row);
  if (sameFacts(existing, row)) return;
  await repository.replace(existing, row);
}

/** Removes the event (a withdrawn complaint, a deleted melding); nothing happens when there is none. */
export async function removeNuisanceEvent(
  trx: Kysely<Database>,
  dialect: Dialect,
  municipalityId: string,
  source: NuisanceEvent['source'],
  sourceId: string,
): Promise<void> {
  const repository = new NuisanceRepository(trx, dialect);
  const existing = await repository.findBySource(municipalityId, source, sourceId);
  if (existing) await repository.remove(existing);
}

function sameFacts(a: NuisanceEventRow, b: NuisanceEventRow): boolean {
  return (
    a.category === b.category && a.wijk_code === b.wijk_code && a.street === b.street && a.occurred_at === b.occurred_at
  );
}
