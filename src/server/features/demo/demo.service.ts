import type { Role } from '../../../shared/access/roles.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { ServiceDeps } from '../context.js';
import { UserService } from '../users/user.service.js';
import { UserRepository } from '../users/user.repository.js';
import { geoFor } from '../../adapters/geo.js';
import { recordAudit } from '../audit/audit.service.js';
import { RegistrationRepository } from '../registers/registration.repository.js';
import { demoRegistrations } from './demo-registrations.js';
import { loadDemoComplaints } from './demo-complaints.js';
import { loadDemoPlan } from './demo-plan.js';
import { loadDemoCases } from './demo-cases.js';
import { loadDemoGuards } from './demo-guards.js';
import { loadDemoBarometer } from './demo-barometer.js';
import { loadDemoFinance } from './demo-finance.js';

/** The demo's synthetic accounts: one per role, no real people. */
export const demoPassword = 'mechelen-demo-2020';
export const demoUsers: { email: string; displayName: string; role: Role; locale: Locale }[] = [
  { email: 'admin@mechelen.demo', displayName: 'Demo Beheerder', role: 'admin', locale: 'nl' },
  { email: 'preventie@mechelen.demo', displayName: 'An Preventie', role: 'coordinator', locale: 'nl' },
  { email: 'medewerker@mechelen.demo', displayName: 'Bram Medewerker', role: 'staff', locale: 'nl' },
  { email: 'gemeenschapswacht@mechelen.demo', displayName: 'Chris Wacht', role: 'guard', locale: 'nl' },
  { email: 'college@mechelen.demo', displayName: 'Dani Lezer', role: 'viewer', locale: 'fr' },
  { email: 'politie@mechelen.demo', displayName: 'Eli Politie', role: 'police', locale: 'nl' },
];

export interface DemoResult {
  municipalityId: string;
  createdUsers: string[];
  planImported: boolean;
  registrations: number;
}

/** Loads the demo municipality, accounts, plan and registrations; running it twice changes nothing. */
export async function loadDemo(deps: Pick<ServiceDeps, 'db' | 'clock' | 'hasher'>): Promise<DemoResult> {
  const users = new UserService(deps);
  const { municipalityId } = await users.ensureMunicipality('mechelen', 'Mechelen');
  const repository = new UserRepository(deps.db.kysely);
  const createdUsers: string[] = [];
  for (const user of demoUsers) {
    if (await repository.emailExists(user.email)) continue;
    await users.createWithMunicipality('mechelen', { ...user, password: demoPassword });
    createdUsers.push(user.email);
  }
  const plan = await loadDemoPlan(deps, municipalityId);
  const registrations = await loadDemoRegistrations(deps, municipalityId);
  await loadDemoGuards(deps, municipalityId, demoPassword);
  await loadDemoCases(deps, municipalityId);
  await loadDemoBarometer(deps, municipalityId);
  await loadDemoFinance(deps, municipalityId);
  await loadDemoComplaints(deps, municipalityId);
  return { municipalityId, createdUsers, planImported: plan.imported, registrations };
}

async function loadDemoRegistrations(deps: Pick<ServiceDeps, 'db' | 'clock'>, municipalityId: string): Promise<number> {
  const { db, clock } = deps;
  const existing = await new RegistrationRepository(db.kysely).list(municipalityId, {}, 1, 0);
  if (existing.total > 0) return 0;
  const rows = demoRegistrations(municipalityId, geoFor('mechelen')?.wijken, clock.now().toISOString());
  await db.kysely.transaction().execute(async (trx) => {
    await new RegistrationRepository(trx).insertMany(rows);
    await recordAudit(trx, db.dialect, clock, { municipalityId, actor: { userId: null, email: 'demo' }, action: 'demo.registrations', entity: 'registration', entityId: null, after: { count: rows.length, years: [2019, 2020] } });
  });
  return rows.length;
}
