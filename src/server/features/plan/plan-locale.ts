import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { PlanRepository } from './plan.repository.js';

/**
 * The language of the municipality's latest plan version: deadlines (the calendar, its ICS feed and reminders) are
 * titled in it, as one text for everyone who reads them.
 */
export async function planLocale(db: Kysely<Database>, municipalityId: string): Promise<'nl' | 'fr'> {
  const versions = await new PlanRepository(db).listVersions(municipalityId);
  return versions[0]?.language === 'fr' ? 'fr' : 'nl';
}
