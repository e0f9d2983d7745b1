/**
 * Registrations (features/registrations): register types, registrations and their rollups. Part of `Database`
 * (../schema.ts).
 */

export interface RegisterTypeTable {
  id: string;
  municipality_id: string;
  key: string;
  definition_json: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface RegistrationTable {
  /** Made by the client (a phone offline too): a replayed sync finds the same id. */
  id: string;
  municipality_id: string;
  type_key: string;
  occurred_on: string;
  occurred_until: string | null;
  /** Denormalised from the fields with a role, for indicator queries and rollups. */
  category: string | null;
  status: string | null;
  quantity: number | null;
  hours: number | null;
  title: string | null;
  wijk_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  values_json: string;
  source: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** The subject it counts for (src/shared/subjects); null (or left out) when it names none. */
  subject_id?: string | null;
}

/** Per municipality × type × category × status × wijk × day: count and sums, kept in step with every write. */
interface RegistrationRollupTable {
  municipality_id: string;
  type_key: string;
  category: string;
  status: string;
  wijk_code: string;
  day: string;
  n: number;
  quantity: number;
  hours: number;
}

/** The same without the wijk: what the indicators read. */
export type RegistrationDailyTable = Omit<RegistrationRollupTable, 'wijk_code'>;

export interface RegistrationsTables {
  register_type: RegisterTypeTable;
  registration: RegistrationTable;
  registration_rollup: RegistrationRollupTable;
  registration_daily: RegistrationDailyTable;
}
