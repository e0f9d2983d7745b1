import type { Role } from '../../../shared/access/roles.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { ServiceDeps } from '../context.js';
import { UserService } from '../users/user.service.js';
import { UserRepository } from '../users/user.repository.js';

/** The demo's synthetic accounts: one per role, no real people. */
export const demoPassword = 'mechelen-demo-2020';
export const demoUsers: { email: string; displayName: string; role: Role; locale: Locale }[] = [
  { email: 'admin@mechelen.demo', displayName: 'Demo Beheerder', role: 'admin', locale: 'nl' },
  { email: 'preventie@mechelen.demo', displayName: 'An Preventie', role: 'coordinator', locale: 'nl' },
  { email: 'medewerker@mechelen.demo', displayName: 'Bram Medewerker', role: 'staff', locale: 'nl' },
  { email: 'gemeenschapswacht@mechelen.demo', displayName: 'Chris Wacht', role: 'guard', locale: 'nl' },
  { email: 'college@mechelen.demo', displayName: 'Dani Lezer', role: 'viewer', locale: 'fr' },
];

/** Loads the demo municipality and its accounts; running it twice changes nothing. */
export async function loadDemo(deps: Pick<ServiceDeps, 'db' | 'clock' | 'hasher'>): Promise<{ municipalityId: string; createdUsers: string[] }> {
  const users = new UserService(deps);
  const { municipalityId } = await users.ensureMunicipality('mechelen', 'Mechelen');
  const repository = new UserRepository(deps.db.kysely);
  const createdUsers: string[] = [];
  for (const user of demoUsers) {
    if (await repository.emailExists(user.email)) continue;
    await users.createWithMunicipality('mechelen', { ...user, password: demoPassword });
    createdUsers.push(user.email);
  }
  return { municipalityId, createdUsers };
}
