import { readFileSync } from 'node:fs';
import { readConventionTables, readMultiYearLines } from '../../../shared/finance/plan-finance-text.js';
import { eligibleWageCents, parseRegime } from '../../../shared/finance/subsidy-rules.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import type { ServiceDeps } from '../context.js';
import { DecisionService } from '../decisions/decisions.service.js';
import { FinanceRepository } from '../finance/finance.repository.js';
import { FinanceService } from '../finance/finance.service.js';
import { PartnerService } from '../partners/partners.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import { RegisterTypeService } from '../registrations/register-types.service.js';
import { RegistrationService } from '../registrations/registration.service.js';
import { demoPlanFile } from './demo-plan.js';
import type { SubjectTable } from '../../db/schema.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import type { DecisionInput } from '../../../shared/api/decisions.schema.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
const year = 2020;
/** The demo writes no evidence files (no file store here); references stand for the documents. */
const noFiles = {
  assertExist: (_municipalityId: string, ids: string[]) =>
    ids.length ? Promise.reject(new Error('no files in the demo')) : Promise.resolve(),
};

/** Synthetic funded staff (labels only, no people): 8 guards in the 346 contingent at various regimes, 3 in ACTIVA. */
const guards346: [string, string, string, string | null][] = [
  ['Gemeenschapswacht 01', '1/1', '2016-02-01', null],
  ['Gemeenschapswacht 02', '1/1', '2017-09-01', null],
  ['Gemeenschapswacht 03', '1/1', '2018-01-15', null],
  ['Gemeenschapswacht 04', '4/5', '2018-05-01', null],
  ['Gemeenschapswacht 05', '4/5', '2019-03-01', null],
  ['Gemeenschapswacht 06', '1/2', '2019-06-01', null],
  ['Gemeenschapswacht 07', '1/1', '2019-01-07', '2020-06-30'],
  ['Gemeenschapswacht 08', '1/1', '2020-07-15', null],
];
const guardsActiva: [string, string, string, string | null][] = [
  ['Gemeenschapswacht ACTIVA 1', '1/1', '2019-04-01', null],
  ['Gemeenschapswacht ACTIVA 2', '1/1', '2020-02-17', null],
  ['Gemeenschapswacht ACTIVA 3', '4/5', '2018-10-01', null],
];

/** The demo's agreements that are a kind of document the plan counts (by words in the subject's key). */
const agreementSubjectPatterns = [/overeenkomst.*rojm/u, /samenwerkingsverband-buurtopbouwwerk/u] as const;

/** The `document` subject each pattern names (the first agreement subject by key), for the partners and the generator. */
export function demoAgreementSubjects(subjects: SubjectTable[]): (SubjectTable | undefined)[] {
  const candidates = subjects
    .filter((s) => s.type_key === 'document' && s.active === 1 && s.category === 'agreement' && s.report_kind === null)
    .sort((a, b) => a.key.localeCompare(b.key));
  return agreementSubjectPatterns.map((pattern) => candidates.find((s) => pattern.test(s.key)));
}

/**
 * The money of the Mechelen 2020 demo: the conventions from the plan (with the convention's tables checked against the
 * rules), synthetic staff, expenses through 2020 (a few near a cap), the multi-year plan lines of the council decision
 * with the €899 difference, the plan's decisions, and partners with agreements. Runs once: nothing is added when the
 * conventions of 2020 exist.
 */
export async function loadDemoFinance(deps: Deps, municipalityId: string): Promise<{ loaded: boolean }> {
  const { db, clock } = deps;
  const actor = { userId: '', role: 'admin' as const, municipalityId, email: 'demo' };
  const version = await new PlanRepository(db.kysely).latestConfirmed(municipalityId);
  if (!version || !(version.period_start ?? '').startsWith(String(year))) return { loaded: false };
  const repository = new FinanceRepository(db.kysely);
  if ((await repository.schemes(municipalityId, version.id, year)).length > 0) return { loaded: false };

  const text = readFileSync(demoPlanFile, 'utf8');
  const finance = new FinanceService({ db, clock, files: noFiles });
  const overview = await finance.setupFromPlan(actor, { versionId: version.id, year });
  const byName = (name: string) => overview.schemes.find((s) => s.name === name);
  for (const table of readConventionTables(text)) {
    const scheme = overview.schemes.find((s) => s.amountCents === table.amountCents);
    if (scheme) {
      await finance.setStated(actor, scheme.id, {
        statedWageCents: table.statedWageCents,
        statedEquipmentCents: table.statedEquipmentCents,
      });
    }
  }

  const r = new SeededRandom(2020_03_16);
  const tree = await new PlanRepository(db.kysely).loadTree(municipalityId, version.id);
  const operational = (tree?.objectives ?? []).filter((o) => o.level === 'operational');
  const objectiveOf = (pattern: RegExp) =>
    operational.find((o) => pattern.test(o.title))?.lineage_id ?? operational[0]?.lineage_id ?? null;
  const guardsObjective = objectiveOf(/gemeenschapswacht/iu);

  for (const [schemeName, staff] of [
    ['Gemeenschapswachten 346', guards346],
    ['ACTIVA', guardsActiva],
  ] as const) {
    const scheme = byName(schemeName);
    if (!scheme) continue;
    const people = [];
    for (const [label, regime, startOn, endOn] of staff) {
      people.push({
        ...(await finance.addStaff(actor, { schemeId: scheme.id, label, regime, startOn, endOn })),
        regime: parseRegime(regime) ?? { numerator: 1, denominator: 1 },
        startOn,
        endOn,
      });
    }
    // A wage claim per month: what the staff may claim, a little under it (sick leave not refunded by the employer's insurer).
    for (let month = 1; month <= 12; month += 1) {
      const eligible = people.reduce((a, p) => a + eligibleWageCents(p.regime, year, month, p.startOn, p.endOn), 0);
      const amountCents = eligible - r.int(0, 3) * 1_000;
      if (amountCents > 0) {
        await finance.addExpense(actor, {
          schemeId: scheme.id,
          category: 'wages',
          spentOn: `${year}-${String(month).padStart(2, '0')}-25`,
          amountCents,
          description: `Loonkosten ${String(month).padStart(2, '0')}/${year}`,
          objectiveLineageId: guardsObjective,
          fileIds: [],
          confirmOverCap: false,
        });
      }
    }
    // Equipment and training: close to the cap (the warning shows), never past it.
    const cap =
      scheme.equipmentCapCents !== null && scheme.equipmentCents !== null
        ? Math.min(scheme.equipmentCapCents, scheme.equipmentCents)
        : 0;
    const parts: [string, 'equipment' | 'training', number, string][] = [
      ['2020-02-12', 'equipment', Math.round(cap * 0.55), 'Uniformen en regenkledij'],
      ['2020-05-20', 'training', Math.round(cap * 0.25), 'Opleiding conflicthantering'],
      ['2020-10-07', 'equipment', Math.round(cap * 0.13), 'Fietsverlichting en hesjes'],
    ];
    for (const [spentOn, category, amountCents, description] of parts) {
      await finance.addExpense(actor, {
        schemeId: scheme.id,
        category,
        spentOn,
        amountCents,
        description,
        objectiveLineageId: guardsObjective,
        fileIds: [],
        confirmOverCap: false,
      });
    }
  }

  const plan = byName('SVPP');
  if (plan) {
    const operating: [string, number, string, RegExp][] = [
      ['2020-01-31', 31_250_000, 'Personeelskosten preventiedienst (jan–jun)', /coördinat|preventie/iu],
      ['2020-07-31', 31_250_000, 'Personeelskosten preventiedienst (jul–dec)', /coördinat|preventie/iu],
      ['2020-03-12', 1_480_000, 'Campagne inbraakpreventie', /inbraak/iu],
      ['2020-09-18', 920_000, 'Werking buurtbemiddeling', /bemiddeling/iu],
      ['2020-11-05', 2_350_000, 'Straathoekwerk: werkingskosten', /straathoek/iu],
    ];
    for (const [spentOn, amountCents, description, pattern] of operating) {
      await finance.addExpense(actor, {
        schemeId: plan.id,
        category: 'operating',
        spentOn,
        amountCents: amountCents + r.int(0, 99) * 100,
        description,
        objectiveLineageId: objectiveOf(pattern),
        fileIds: [],
        confirmOverCap: false,
      });
    }
  }

  // The multi-year plan lines as the council decision states them: MJP003632 (the plan) and MJP003608 (the contingents, €899 off).
  for (const line of readMultiYearLines(text)) {
    const schemeNames =
      line.kind === 'plan' ? ['SVPP'] : overview.schemes.filter((s) => s.kind === 'guards').map((s) => s.name);
    await finance.saveBudgetLine(actor, {
      year,
      code: line.code,
      label: line.kind === 'plan' ? 'Subsidies SVPP 2020' : 'Extra contingenten gemeenschapswachten 2020',
      budgetCents: line.budgetCents,
      councilEstimateCents: line.estimateCents,
      schemeNames,
    });
  }

  const decisions = new DecisionService({ db, clock, files: noFiles });
  for (const [step, decidedOn, reference] of [
    ['college_referral', '2020-03-16', 'Collegebesluit 16 maart 2020 – punt 71'],
    ['council_approval', '2020-04-27', 'Gemeenteraad 27 april 2020 – punt 13'],
    [
      'ministry_submission',
      '2020-04-30',
      'Per mail aan de directie lokale integrale veiligheid (FOD Binnenlandse Zaken)',
    ],
  ] as const) {
    await decisions.record(actor, { subjectKind: 'plan_version', subjectKey: version.id, step, decidedOn, reference });
  }
  // The yearly reports of 2018 and 2019 on their path (the college approves them in the next spring); the
  // evaluation's college step names what it decides on, the yearly action programmes. Each step registers itself.
  const subjects = await new SubjectRepository(db.kysely).list(municipalityId, { includeInactive: true });
  const programmes = subjects.find(
    (s) => s.type_key === 'decision' && s.active === 1 && s.key.endsWith('.decision.actieprogramma-s'),
  );
  for (const reportYear of [2018, 2019]) {
    const next = reportYear + 1;
    const steps: DecisionInput[] = [
      {
        subjectKind: 'report',
        subjectKey: `evaluation:${reportYear}`,
        step: 'college_referral',
        decidedOn: `${next}-03-23`,
        reference: `Collegebesluit ${next} – evaluatie actieprogramma’s`,
        ...(programmes ? { subjectId: programmes.id } : {}),
      },
      {
        subjectKind: 'report',
        subjectKey: `activity:${reportYear}`,
        step: 'college_referral',
        decidedOn: `${next}-03-09`,
        reference: `Collegebesluit ${next} – activiteitenverslag ${reportYear}`,
      },
      {
        subjectKind: 'report',
        subjectKey: `activity:${reportYear}`,
        step: 'council_approval',
        decidedOn: `${next}-03-23`,
        reference: `Gemeenteraad ${next} – activiteitenverslag ${reportYear}`,
      },
      {
        subjectKind: 'report',
        subjectKey: `activity:${reportYear}`,
        step: 'ministry_submission',
        decidedOn: `${next}-03-30`,
        reference: 'Per mail aan de FOD Binnenlandse Zaken',
      },
      {
        subjectKind: 'report',
        subjectKey: `guards:${reportYear}`,
        step: 'college_referral',
        decidedOn: `${next}-02-17`,
        reference: `Collegebesluit ${next} – jaarverslag gemeenschapswachten ${reportYear}`,
      },
      {
        subjectKind: 'report',
        subjectKey: `nero:${reportYear}`,
        step: 'college_referral',
        decidedOn: `${next}-05-11`,
        reference: `Collegebesluit ${next} – jaarrapport NERO ${reportYear}`,
      },
    ];
    for (const input of steps) await decisions.record(actor, input);
  }

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
  await partners.addAgreement(actor, {
    partnerId: opbouw.id,
    title: 'Samenwerkingsovereenkomst buurtopbouwwerk',
    rhythm: 'yearly',
    signedOn: '2019-09-02',
    endOn: null,
    objectiveLineageId: objectiveOf(/buurt/iu),
    fileIds: [],
    subjectId: neighbourhoodSubject?.id ?? null,
    objectives: ['Buurtopbouwwerk in twee wijken met een buurtcharter', 'Jaarlijkse evaluatie met de preventiedienst'],
  });
  const youth = await partners.addAgreement(actor, {
    partnerId: rojm.id,
    title: 'Inzet mobiele jeugdwerkers',
    rhythm: 'half_yearly',
    signedOn: '2019-01-15',
    endOn: '2020-12-31',
    objectiveLineageId: objectiveOf(/jeugd/iu),
    fileIds: [],
    subjectId: rojmSubject?.id ?? null,
    objectives: [
      'Minstens 40 bemiddelingen in conflicten per jaar',
      'Inzet op vraag van stad of politie binnen 48 uur',
      'Halfjaarlijks overleg met stad en politie',
    ],
  });
  await partners.addAgreement(actor, {
    partnerId: schools.id,
    title: 'Protocolovereenkomst spijbelen en probleemgedrag',
    rhythm: 'yearly',
    signedOn: '2019-09-01',
    endOn: null,
    objectiveLineageId: objectiveOf(/spijbel|school/iu),
    fileIds: [],
    objectives: ['Jaarlijks opvolgingsverslag (inclusief leerplichtcontroles)', 'Tweejaarlijkse evaluatievergadering'],
  });
  await partners.review(actor, youth.id, {
    dueOn: '2019-07-15',
    reviewedOn: '2019-07-09',
    notes: 'Halfjaarlijkse opvolging: 22 bemiddelingen.',
  });
  await partners.review(actor, youth.id, {
    dueOn: '2020-01-15',
    reviewedOn: '2020-01-20',
    notes: 'Jaar 2019: 43 bemiddelingen.',
  });
  return { loaded: true };
}
