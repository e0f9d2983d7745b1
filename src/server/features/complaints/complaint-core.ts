import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ComplaintPlace } from '../../../shared/api/complaints.schema.js';
import { streetOf } from '../../../shared/complaints/intake-rules.js';
import { addDays, DEFAULT_TIME_ZONE, dayOf } from '../../../shared/calendar/days.js';
import type { NuisanceCategory } from '../../../shared/barometer/categories.js';
import type { Dialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { type MunicipalityGeo, placePoint } from '../../adapters/geo.js';
import { recordNuisanceEvent, removeNuisanceEvent } from '../barometer/nuisance-events.js';
import type { ComplaintRow } from './complaints.repository.js';

/** Days to answer a complaint when the municipality set nothing for its category. */
export const defaultResponseDays = 14;

// Crockford-like alphabet without 0/O, 1/I/L, U: easy to read aloud and to type from a letter.
const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

function randomCode(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/**
 * A reference the citizen can read aloud: OV-2020-7KQ4M (year of receipt + 5 random signs; unique per municipality).
 */
/** `OV-<year>-XXXXX`; the year is that of the day of receipt (`YYYY-MM-DD`, the municipality's calendar). */
export const newReference = (receivedOn: string): string => `OV-${receivedOn.slice(0, 4)}-${randomCode(5)}`;

/** The access code that opens the status page with the reference: 12 signs (about 59 bits), shown as XXXX-XXXX-XXXX. */
export function newAccessCode(): string {
  const code = randomCode(12);
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

const normaliseCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
export const hashAccessCode = (code: string): string =>
  createHash('sha256')
    .update(`complaint-access:${normaliseCode(code)}`)
    .digest('hex');

export function accessCodeMatches(code: string, hash: string): boolean {
  const given = Buffer.from(hashAccessCode(code));
  const stored = Buffer.from(hash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}

interface ResolvedPlace {
  wijk_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  street: string | null;
}

/** A point on the map is placed in its wijk (outside the municipality is refused); an address comes with its wijk. */
export function resolvePlace(geo: MunicipalityGeo | undefined, place: ComplaintPlace): ResolvedPlace {
  const address = place.address?.trim() ? place.address.trim() : null;
  if ('wijkCode' in place) {
    if (geo && !geo.wijken.features.some((f) => f.properties.wijk_code === place.wijkCode)) {
      throw new AppError('PLACE_UNKNOWN_WIJK', { wijkCode: place.wijkCode });
    }
    return { wijk_code: place.wijkCode, lat: null, lon: null, address, street: streetOf(address) };
  }
  if (!geo) return { wijk_code: null, lat: place.lat, lon: place.lon, address, street: streetOf(address) };
  const placed = placePoint(geo, place.lon, place.lat);
  if (!placed.inside) throw new AppError('PLACE_OUTSIDE_MUNICIPALITY', { lat: place.lat, lon: place.lon });
  return { wijk_code: placed.wijkCode ?? null, lat: place.lat, lon: place.lon, address, street: streetOf(address) };
}

/** When it happened: not in the future (five minutes of clock skew allowed), not before 2000. */
export function checkOccurredAt(occurredAt: string, now: Date): string {
  const at = new Date(occurredAt);
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + 5 * 60_000 || at.toISOString() < '2000-01-01') {
    throw new AppError('COMPLAINT_DATE_IMPOSSIBLE', { occurredAt });
  }
  return at.toISOString();
}

/** The day an answer is due: the day of receipt on the municipality's calendar plus the category's response days. */
export function dueOn(receivedAt: string, days: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  return addDays(dayOf(receivedAt, timeZone), days);
}

/** Keeps the barometer in step with a complaint, in the caller's transaction: a merged duplicate is not counted. */
export async function syncBarometer(trx: Kysely<Database>, dialect: Dialect, row: ComplaintRow): Promise<void> {
  if (row.merged_into_id) {
    await removeNuisanceEvent(trx, dialect, row.municipality_id, 'complaint', row.id);
    return;
  }
  await recordNuisanceEvent(trx, dialect, {
    municipalityId: row.municipality_id,
    source: 'complaint',
    sourceId: row.id,
    category: row.category as NuisanceCategory,
    wijkCode: row.wijk_code,
    street: row.street,
    occurredAt: row.occurred_at,
  });
}

/** What the audit log keeps of a complaint: never the citizen's contact data or the description's text. */
export const auditView = (row: ComplaintRow) => ({
  reference: row.reference,
  category: row.category,
  status: row.status,
  wijk_code: row.wijk_code,
  street: row.street,
  service_id: row.service_id,
  due_on: row.due_on,
  merged_into_id: row.merged_into_id,
  answered_at: row.answered_at,
  has_contact: row.contact_email !== null,
});
