import type { Role } from '../../../shared/access/roles.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { ServiceDeps } from '../context.js';
import { UserService } from '../users/user.service.js';
import { UserRepository } from '../users/user.repository.js';
import { geoFor } from '../../adapters/geo.js';
import { insertDemoRegistrations } from './demo-registration-insert.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';
import { demoRegistrations } from './demo-registrations.js';
import { loadDemoComplaints } from './demo-complaints.js';
import { loadDemoPlan } from './demo-plan.js';
import { loadDemoCases } from './demo-cases.js';
import { loadDemoGuards } from './demo-guards.js';
import { loadDemoBarometer } from './demo-barometer.js';
import { loadDemoFinance } from './demo-finance.js';
import { demoAgreementSubjects } from './demo-partners.js';
import { type DemoLink, demoSubjectRegistrations } from './demo-subject-registrations.js';
import { IndicatorsRepository } from '../indicators/indicators.repository.js';
import { storedLink } from '../subjects/subjects.service.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import { PlanRepository } from '../plan/plan.repository.js';
import { policePreventionSubject } from '../consultations/consultations.service.js';
import type { Target } from '../../../shared/api/plan.schema.js';
import { type DemoDays, demoDays } from './demo-days.js';
import { demoEnforcementPlanSubject } from './demo-enforcement-steering.js';
import { loadDemoEnforcement } from './demo-enforcement.js';

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
  /** The day the demo lives around (the municipality's today by the clock): its data runs up to it. */
  today: string;
  years: readonly [number, number];
}

/**
 * Loads the demo municipality, accounts, plan and registrations, relative to the municipality's today by the clock:
 * the previous year and the current year up to today. Running it twice changes nothing.
 */
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
  const days = await demoDays(deps, municipalityId);
  const plan = await loadDemoPlan(deps, municipalityId, days);
  const registrations = await loadDemoRegistrations(deps, municipalityId, days);
  await loadDemoGuards(deps, municipalityId, demoPassword, days);
  await loadDemoCases(deps, municipalityId, days);
  await loadDemoBarometer(deps, municipalityId, days);
  await loadDemoFinance(deps, municipalityId, days);
  await loadDemoComplaints(deps, municipalityId, days);
  const enforcement = await loadDemoEnforcement(deps, municipalityId, days, demoPassword);
  createdUsers.push(...enforcement.createdUsers);
  return {
    municipalityId,
    createdUsers,
    planImported: plan.imported,
    registrations,
    today: days.today,
    years: days.years,
  };
}

async function loadDemoRegistrations(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  municipalityId: string,
  days: DemoDays,
): Promise<number> {
  const { db, clock } = deps;
  const existing = await new RegistrationRepository(db.kysely).list(municipalityId, {}, 1, 0);
  if (existing.total > 0) return 0;
  const wijken = geoFor('mechelen')?.wijken;
  const now = clock.now().toISOString();
  const rows = [
    ...demoRegistrations(municipalityId, wijken, now, days),
    ...(await subjectRows(deps, municipalityId, wijken, now, days)),
  ];
  await insertDemoRegistrations(deps, municipalityId, rows, { years: days.years });
  return rows.length;
}

/**
 * The registrations behind every confirmed computed indicator of the demo plan, naming the indicators' subjects.
 * Left out: what the demo's other features register themselves on their subjects — svpp's reports and decisions
 * (decision steps), the police–prevention meeting (final consultation minutes), the agreements (partners) and the
 * guard tasks (the guards' records).
 */
async function subjectRows(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  municipalityId: string,
  wijken: Parameters<typeof demoRegistrations>[1],
  now: string,
  days: DemoDays,
) {
  const db = deps.db.kysely;
  const version = await new PlanRepository(db).latestConfirmed(municipalityId);
  if (!version) return [];
  const tree = await new PlanRepository(db).loadTree(municipalityId, version.id);
  const stored = new Map(
    (await new IndicatorsRepository(db).links(municipalityId)).map((l) => [l.indicator_lineage_id, l]),
  );
  // In plan order, so the seeded data is the same on every run.
  const links: DemoLink[] = [];
  const objectiveNumber = new Map((tree?.objectives ?? []).map((o) => [o.id, o.number]));
  const ordered = [...(tree?.indicators ?? [])].sort(
    (a, b) =>
      (objectiveNumber.get(a.objective_id) ?? '').localeCompare(objectiveNumber.get(b.objective_id) ?? '') ||
      a.position - b.position ||
      a.text.localeCompare(b.text),
  );
  for (const indicator of ordered) {
    const row = stored.get(indicator.lineage_id);
    const link = row?.state === 'confirmed' ? storedLink(row) : null;
    if (link && link.mode !== 'manual') {
      links.push({ text: indicator.text, targets: JSON.parse(indicator.targets_json) as Target[], link });
    }
  }
  const subjects = await new SubjectRepository(db).list(municipalityId, { includeInactive: true });
  const consultation = await policePreventionSubject(db, municipalityId);
  const agreements = new Set(demoAgreementSubjects(subjects).flatMap((s) => (s ? [s.id] : [])));
  const enforcementPlan = demoEnforcementPlanSubject(subjects);
  return demoSubjectRegistrations({
    municipalityId,
    links,
    subjects: new Map(subjects.map((s) => [s.id, s])),
    wijken,
    createdAt: now,
    days,
    skip: (s) =>
      s.report_kind !== null ||
      s.type_key === 'decision' ||
      s.id === consultation ||
      agreements.has(s.id) ||
      // The enforcement plan writes its own registration once signed (demo-enforcement.ts).
      s.id === enforcementPlan?.id,
  });
}
