import type { ServiceDeps } from '../context.js';
import type { SubjectTable } from '../../db/schema.js';
import { PartnerService } from '../partners/partners.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import { RegisterTypeService } from '../registrations/register-types.service.js';
import { RegistrationService } from '../registrations/registration.service.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import { addDays } from '../../../shared/calendar/days.js';
import { reviewDays } from '../../../shared/partners/review-schedule.js';
import { type DemoDays, daysAgo } from './demo-days.js';

/** The demo's partners (demo-finance.ts loads them with the money): agreements signed the year before, reviews done. */

export type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
export type System = { userId: string; role: 'admin'; municipalityId: string; email: string };
/** The demo writes no evidence files (no file store here); references stand for the documents. */
export const noFiles = {
  assertExist: (_municipalityId: string, ids: string[]) =>
    ids.length ? Promise.reject(new Error('no files in the demo')) : Promise.resolve(),
};

/** The demo's agreements that are a kind of document the plan counts (by words in the subject's key). */
const agreementSubjectPatterns = [/overeenkomst.*rojm/u, /samenwerkingsverband-buurtopbouwwerk/u] as const;

/**
 * The `document` subject each pattern names (the first agreement subject by key), for the partners and the generator.
 */
export function demoAgreementSubjects(subjects: SubjectTable[]): (SubjectTable | undefined)[] {
  const candidates = subjects
    .filter((s) => s.type_key === 'document' && s.active === 1 && s.category === 'agreement' && s.report_kind === null)
    .sort((a, b) => a.key.localeCompare(b.key));
  return agreementSubjectPatterns.map((pattern) => candidates.find((s) => pattern.test(s.key)));
}

/** The partners and their agreements, signed in the previous year; reviews done up to a few days ago. */
export async function loadPartners(deps: Deps, actor: System, days: DemoDays): Promise<void> {
  const { db, clock } = deps;
  const [previous, year] = days.years;
  const subjects = await new SubjectRepository(db.kysely).list(actor.municipalityId, { includeInactive: true });
  const tree = await new PlanRepository(db.kysely).latestConfirmed(actor.municipalityId);
  const rows = tree ? await new PlanRepository(db.kysely).loadTree(actor.municipalityId, tree.id) : undefined;
  const operational = (rows?.objectives ?? []).filter((o) => o.level === 'operational');
  const objectiveOf = (pattern: RegExp) =>
    operational.find((o) => pattern.test(o.title))?.lineage_id ?? operational[0]?.lineage_id ?? null;
  const partners = new PartnerService({
    db,
    clock,
    files: noFiles,
    registrations: new RegistrationService({ db, clock, types: new RegisterTypeService({ db, clock }) }),
  });
  // The agreements that are a document the plan counts name its subject; their registrations follow.
  const [rojmSubject, neighbourhoodSubject] = demoAgreementSubjects(subjects);
  const rojm = await partners.addPartner(actor, {
    name: 'vzw Regionaal Open Jeugdcentrum Mechelen',
    kind: 'non_profit',
  });
  const schools = await partners.addPartner(actor, {
    name: 'Scholen, CLB, parket en lokale politie',
    kind: 'public_service',
  });
  await partners.addPartner(actor, { name: 'CGG De Pont', kind: 'non_profit' });
  const opbouw = await partners.addPartner(actor, {
    name: 'Samenlevingsopbouw Antwerpen provincie',
    kind: 'non_profit',
  });
  const agreements = [
    await partners.addAgreement(actor, {
      partnerId: opbouw.id,
      title: 'Samenwerkingsovereenkomst buurtopbouwwerk',
      rhythm: 'yearly',
      signedOn: `${previous}-01-02`,
      endOn: null,
      objectiveLineageId: objectiveOf(/buurt/iu),
      fileIds: [],
      subjectId: neighbourhoodSubject?.id ?? null,
      objectives: [
        'Buurtopbouwwerk in twee wijken met een buurtcharter',
        'Jaarlijkse evaluatie met de preventiedienst',
      ],
    }),
    await partners.addAgreement(actor, {
      partnerId: rojm.id,
      title: 'Inzet mobiele jeugdwerkers',
      rhythm: 'half_yearly',
      signedOn: `${previous}-01-15`,
      endOn: `${year}-12-31`,
      objectiveLineageId: objectiveOf(/jeugd/iu),
      fileIds: [],
      subjectId: rojmSubject?.id ?? null,
      objectives: [
        'Minstens 40 bemiddelingen in conflicten per jaar',
        'Inzet op vraag van stad of politie binnen 48 uur',
        'Halfjaarlijks overleg met stad en politie',
      ],
    }),
    await partners.addAgreement(actor, {
      partnerId: schools.id,
      title: 'Protocolovereenkomst spijbelen en probleemgedrag',
      rhythm: 'yearly',
      signedOn: `${previous}-09-01`,
      endOn: null,
      objectiveLineageId: objectiveOf(/spijbel|school/iu),
      fileIds: [],
      objectives: [
        'Jaarlijks opvolgingsverslag (inclusief leerplichtcontroles)',
        'Tweejaarlijkse evaluatievergadering',
      ],
    }),
  ];
  // Every review due more than a week ago was held (around its day); the ones of the last week are still to do.
  const doneBefore = daysAgo(days, 7);
  for (const [i, agreement] of agreements.entries()) {
    const signed = i === 0 ? `${previous}-01-02` : i === 1 ? `${previous}-01-15` : `${previous}-09-01`;
    const rhythm = i === 1 ? 'half_yearly' : 'yearly';
    for (const dueOn of reviewDays(signed, i === 1 ? `${year}-12-31` : null, rhythm, doneBefore)) {
      const held = addDays(dueOn, (dueOn.charCodeAt(9) % 9) - 4);
      await partners.review(actor, agreement.id, {
        dueOn,
        reviewedOn: held > days.today ? days.today : held,
        notes:
          i === 1 ? 'Halfjaarlijkse opvolging: bemiddelingen volgens afspraak.' : 'Jaarlijkse opvolging besproken.',
      });
    }
  }
}
