import type { Registration } from '../../../shared/api/registrations.schema.js';
import type { RegistrationRow } from './registration.repository.js';

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

export function presentRegistration(row: RegistrationRow): Registration {
  return {
    id: row.id,
    typeKey: row.type_key,
    occurredOn: row.occurred_on,
    occurredUntil: row.occurred_until,
    category: row.category,
    status: row.status,
    quantity: num(row.quantity),
    hours: num(row.hours),
    title: row.title,
    wijkCode: row.wijk_code,
    lat: num(row.lat),
    lon: num(row.lon),
    address: row.address,
    values: JSON.parse(row.values_json) as Record<string, unknown>,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    subjectId: row.subject_id ?? null,
  };
}
