import { registerTypesSchema, type RegisterTypeDefinition } from '../indicators/register-fields.js';
import guardRegisterData from './guard-register-types.json';

/** Kinds of a melding (report to a city service); `nuisanceCategoryOf` maps them to the barometer's categories. */
export const meldingKinds = [
  'litter',
  'dumping',
  'graffiti',
  'vandalism',
  'streetlight',
  'road_damage',
  'parking',
  'noise',
  'loitering',
  'other',
] as const;
export type MeldingKind = (typeof meldingKinds)[number];

/**
 * The community guards' task records (law of 15 May 2007, art. 3) as built-in registers: each feeds the indicators
 * through the ordinary indicator links, the rollup and the guard report. A record carries the time of day (`time`,
 * HH:MM, filled in by the phone) so the coordinator sees the hour × weekday pattern per core task.
 * Data: `guard-register-types.json`, texts in the three languages.
 */
export const guardRegisterTypes: RegisterTypeDefinition[] = registerTypesSchema.parse(guardRegisterData);

export const guardRegisterKeys: readonly string[] = guardRegisterTypes.map((type) => type.key);

/**
 * Registers only a guard marked vaststeller may write (the GAS law of 24 June 2013; the guards' law of 15 May 2007,
 * art. 3).
 */
export const vaststellerRegisterKeys: readonly string[] = ['gas_report'];

export function isGuardRegister(typeKey: string): boolean {
  return guardRegisterKeys.includes(typeKey);
}

/** `HH:MM` from a record's `time` value, or null. */
export function hourOfTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^([01]\d|2[0-3]):[0-5]\d$/.exec(value);
  return match ? Number(match[1]) : null;
}
