import type { Kysely } from 'kysely';
import { builtinRegisterType } from '../../../shared/indicators/builtin-register-types.js';
import type { Database } from '../../db/schema.js';
import { sha256Hex } from '../../adapters/tokens.js';
import { RegistrationRepository, type RegistrationRow } from './registration.repository.js';
import { roleColumns, validateValues } from './registration.service.js';

/**
 * Registrations that other features write for their own records (a violence incident, a decision step, an approved
 * report, an agreement) inside the feature's own transaction, so "register once, every indicator follows".
 * Pseudonymised by construction: the caller passes only the register's role fields (kind, step, status) and a
 * neutral title — never names, descriptions or personal data.
 */

/**
 * A registration id derived from the feature's record (`source` + its id): the same record always moves the same
 * registration, so an edit replaces it and a retry never counts twice. A valid RFC 9562 UUID (version 8).
 */
export function derivedRegistrationId(source: string, recordId: string): string {
  const hex = sha256Hex(`feature-registration:${source}:${recordId}`).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

interface FeatureRegistration {
  id: string;
  municipalityId: string;
  /** A built-in register (`violence_incident`, `decision`, `document`, `meeting`). */
  typeKey: string;
  occurredOn: string;
  values: Record<string, unknown>;
  subjectId: string | null;
  /** Which feature wrote it: `violence`, `decisions`, `reports`, `partners`, `consultation`. */
  source: string;
  createdBy: string | null;
  wijkCode?: string | null;
  now: string;
}

/** The row of a feature's registration: values checked against the built-in register, role columns derived. */
export function featureRegistrationRow(input: FeatureRegistration): RegistrationRow {
  const type = builtinRegisterType(input.typeKey);
  if (!type) throw new Error(`not a built-in register: ${input.typeKey}`);
  const values = validateValues(type, input.values);
  return {
    id: input.id,
    municipality_id: input.municipalityId,
    type_key: input.typeKey,
    occurred_on: input.occurredOn,
    occurred_until: null,
    ...roleColumns(type, values),
    wijk_code: type.place === 'none' ? null : (input.wijkCode ?? null),
    lat: null,
    lon: null,
    address: null,
    values_json: JSON.stringify(values),
    source: input.source,
    created_by: input.createdBy,
    created_at: input.now,
    updated_at: input.now,
    deleted_at: null,
    subject_id: input.subjectId,
  };
}

/**
 * Puts a feature's registration in the state its record asks for, inside the caller's transaction: inserted, replaced
 * (the rollups move by what the stored row really was) or removed (`next` null). The registration row is locked first.
 * A registration removed earlier under the same id is not brought back (the feature records that write these are never
 * deleted and recreated); that case answers 'unchanged'.
 */
export async function syncFeatureRegistration(
  trx: Kysely<Database>,
  municipalityId: string,
  id: string,
  next: RegistrationRow | null,
  now: string,
): Promise<'created' | 'updated' | 'deleted' | 'unchanged'> {
  const repository = new RegistrationRepository(trx);
  const live = await repository.lockInMunicipality(municipalityId, id);
  if (!next) return live && (await repository.softDelete(live, now)) ? 'deleted' : 'unchanged';
  if (live) {
    if (sameContent(live, next)) return 'unchanged';
    await repository.replace(live, {
      ...next,
      created_at: live.created_at,
      created_by: live.created_by,
      updated_at: now,
    });
    return 'updated';
  }
  if (await repository.findById(id)) return 'unchanged';
  await repository.insert(next);
  return 'created';
}

/** The live registration under a feature's id, if any (to keep what an earlier write named, e.g. its subject). */
export function liveFeatureRegistration(
  trx: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<RegistrationRow | undefined> {
  return new RegistrationRepository(trx).findInMunicipality(municipalityId, id);
}

const sameContent = (a: RegistrationRow, b: RegistrationRow) =>
  a.type_key === b.type_key &&
  a.occurred_on === b.occurred_on &&
  a.category === b.category &&
  a.status === b.status &&
  a.quantity === b.quantity &&
  a.hours === b.hours &&
  a.title === b.title &&
  a.wijk_code === b.wijk_code &&
  a.values_json === b.values_json &&
  (a.subject_id ?? null) === (b.subject_id ?? null);
