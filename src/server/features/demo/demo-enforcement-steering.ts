import { steeringRegisterKey, type SteeringKind } from '../../../shared/enforcement/steering-register.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import type { SubjectTable } from '../../db/schema.js';
import { insertDemoRegistrations } from './demo-registration-insert.js';
import type { ServiceDeps } from '../context.js';
import { SteeringService } from '../enforcement/steering.service.js';
import { SteeringRepository } from '../enforcement/steering.repository.js';
import { derivedRegistrationId, featureRegistrationRow } from '../registrations/feature-registration.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import type { DemoDays } from './demo-days.js';

/** The demo's steering group for enforcement: its registrations and the signed enforcement plan. */

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'hasher'>;

/** The steering group's registrations: meetings (≥ 6 a year), feedback to the finders, policy proposals. */
export async function loadSteering(deps: Deps, municipalityId: string, days: DemoDays): Promise<void> {
  const { db, clock } = deps;
  if ((await new SteeringRepository(db.kysely).recent(municipalityId, 1)).length > 0) return;
  const subject = await steeringSubject(db.kysely, municipalityId);
  const now = clock.now().toISOString();
  const r = new SeededRandom(2015_06_01);
  const plan: { kind: SteeringKind; month: number; title: string }[] = [
    { kind: 'meeting', month: 1, title: 'Stuurgroep: jaarplanning en cijfers vorig jaar' },
    { kind: 'meeting', month: 3, title: 'Stuurgroep: camera’s autoluwe binnenstad' },
    { kind: 'feedback', month: 3, title: 'Feedback vaststellers: volledigheid van de pv’s' },
    { kind: 'meeting', month: 5, title: 'Stuurgroep: parkeerdruk stationsomgeving' },
    { kind: 'policy_proposal', month: 5, title: 'Voorstel: extra laad- en loszones in de Bruul' },
    { kind: 'meeting', month: 6, title: 'Stuurgroep: evaluatie eerste halfjaar' },
    { kind: 'feedback', month: 7, title: 'Feedback vaststellers: foto’s bij parkeerinbreuken' },
    { kind: 'meeting', month: 9, title: 'Stuurgroep: schoolomgevingen na de zomer' },
    { kind: 'meeting', month: 10, title: 'Stuurgroep: nachtlawaai en horeca' },
    { kind: 'policy_proposal', month: 10, title: 'Voorstel: gespreide leveringsuren voetgangerszone' },
    { kind: 'feedback', month: 11, title: 'Feedback vaststellers: nieuwe artikels ABP' },
    { kind: 'meeting', month: 12, title: 'Stuurgroep: jaarrapport GASAM en geschakeld beleid' },
  ];
  const rows = days.years.flatMap((year) =>
    plan.flatMap((item, i) => {
      const day = `${year}-${String(item.month).padStart(2, '0')}-${String(r.int(8, 24)).padStart(2, '0')}`;
      if (day > days.today) return [];
      return [
        featureRegistrationRow({
          id: derivedRegistrationId('demo-steering', `${year}-${i}`),
          municipalityId,
          typeKey: steeringRegisterKey,
          occurredOn: day,
          values: {
            kind: item.kind,
            title: item.title,
            ...(item.kind === 'meeting' ? { partners: ['Politie', 'Parket', 'GASAM'], attendees: r.int(6, 11) } : {}),
          },
          subjectId: subject,
          source: 'demo',
          createdBy: null,
          now,
        }),
      ];
    }),
  );
  await insertDemoRegistrations(deps, municipalityId, rows, { register: steeringRegisterKey });
}

/** The one active subject of the steering register (proposed by the plan import), if any. */
async function steeringSubject(db: Deps['db']['kysely'], municipalityId: string): Promise<string | null> {
  const subjects = (await new SubjectRepository(db).list(municipalityId, { typeKey: steeringRegisterKey })).filter(
    (s) => s.active === 1 && !s.merged_into_id,
  );
  return subjects.length === 1 ? (subjects[0]?.id ?? null) : null;
}

/** The plan's `document` subject of a signed enforcement plan ("… ondertekend handhavingsplan"), if the plan has one. */
export function demoEnforcementPlanSubject(subjects: readonly SubjectTable[]): SubjectTable | undefined {
  return subjects.find(
    (s) =>
      s.type_key === 'document' && s.active === 1 && /ondertekend.*handh?avingsplan/.test(s.key) && !s.merged_into_id,
  );
}

/** The enforcement plan signed by city, police and prosecutor last year, in force up to the end of the plan period. */
export async function loadPlan(deps: Deps, municipalityId: string, days: DemoDays): Promise<void> {
  const service = new SteeringService({
    ...deps,
    files: { assertExist: () => Promise.resolve() },
    countsFor: () => Promise.resolve([]),
  });
  const actor = { userId: '', role: 'admin' as const, municipalityId, email: 'demo' };
  if ((await service.plans(actor)).plans.length > 0) return;
  const subjects = await new SubjectRepository(deps.db.kysely).list(municipalityId, { typeKey: 'document' });
  const subject = demoEnforcementPlanSubject(subjects);
  const year = days.years[0];
  await service.create(actor, {
    title: 'Bestuurlijk handhavingsplan Mechelen',
    version: String(year),
    validFrom: `${year}-03-01`,
    validTo: `${year + 3}-12-31`,
    summary:
      'Leidraad voor de handhaving van de ABP en de gedepenaliseerde verkeersinbreuken: prioriteiten, taakverdeling tussen stad, politie en parket, en de opvolging door de stuurgroep bestuurlijk handhaven.',
    signatories: [
      { party: 'city', signedBy: 'Burgemeester van Mechelen', signedOn: `${year}-02-10` },
      { party: 'police', signedBy: 'Korpschef politiezone Mechelen-Willebroek', signedOn: `${year}-02-14` },
      { party: 'prosecutor', signedBy: 'Procureur des Konings, afdeling Mechelen', signedOn: `${year}-02-21` },
    ],
    ...(subject ? { subjectId: subject.id } : {}),
  });
}
