import { z } from 'zod';
import { steeringKinds, steeringRegisterKey } from '../../../shared/enforcement/steering-register.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import type { SubjectTable } from '../../db/schema.js';
import { insertDemoRegistrations } from './demo-registration-insert.js';
import type { ServiceDeps } from '../context.js';
import { SteeringService } from '../enforcement/steering.service.js';
import { SteeringRepository } from '../enforcement/steering.repository.js';
import { derivedRegistrationId, featureRegistrationRow } from '../registrations/feature-registration.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import type { DemoDays } from './demo-days.js';
import steeringYear from './demo-enforcement-steering.json';

/** The demo's steering group for enforcement: its registrations and the signed enforcement plan. */

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'hasher'>;

/** A year of the steering group's work (`demo-enforcement-steering.json`): what, in which month, on which subject. */
const steeringYearSchema = z.array(
  z.object({ kind: z.enum(steeringKinds), month: z.number().int().min(1).max(12), title: z.string().min(1) }),
);

/** The steering group's registrations: meetings (≥ 6 a year), feedback to the finders, policy proposals. */
export async function loadSteering(deps: Deps, municipalityId: string, days: DemoDays): Promise<void> {
  const { db, clock } = deps;
  if ((await new SteeringRepository(db.kysely).recent(municipalityId, 1)).length > 0) return;
  const subject = await steeringSubject(db.kysely, municipalityId);
  const now = clock.now().toISOString();
  const r = new SeededRandom(2015_06_01);
  const plan = steeringYearSchema.parse(steeringYear);
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

/**
 * The plan's `document` subject of a signed enforcement plan ("… ondertekend handhavingsplan"), if the plan has one.
 */
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
