import { readFileSync } from 'node:fs';
import { readConventionTables, readMultiYearLines } from '../../../shared/finance/plan-finance-text.js';
import { eligibleWageCents, parseRegime } from '../../../shared/finance/subsidy-rules.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import { DecisionService } from '../decisions/decisions.service.js';
import { FinanceRepository } from '../finance/finance.repository.js';
import { FinanceService } from '../finance/finance.service.js';
import { PlanRepository } from '../plan/plan.repository.js';
import { demoPlanFile } from './demo-plan.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import type { DecisionInput } from '../../../shared/api/decisions.schema.js';
import { addYears } from '../../../shared/calendar/days.js';
import type { PlanVersionTable } from '../../db/schema.js';
import { type DemoDays, demoPlanYear } from './demo-days.js';
import { Deps, System, noFiles, loadPartners } from './demo-partners.js';

/**
 * Synthetic funded staff (labels only, no people): 8 guards in the 346 contingent at various regimes, 3 in ACTIVA.
 * The dates as seen from 2020; each year's schemes move them to that year.
 */
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

const firstYearOf = (version: PlanVersionTable) => Number((version.period_start ?? version.created_at).slice(0, 4));

/**
 * The money of the Mechelen demo for the previous and the current year, each from the plan version of its year (the
 * 2020 plan or its extension): the conventions from the plan (with the convention's tables checked against the rules),
 * synthetic staff, expenses up to today (a few near a cap), the multi-year plan lines of the council decision with the
 * €899 difference, the decisions on every plan version and yearly report due by now, and partners with agreements.
 * Runs once: nothing is added when the conventions of the current year exist.
 */
export async function loadDemoFinance(
  deps: Deps,
  municipalityId: string,
  days: DemoDays,
): Promise<{ loaded: boolean }> {
  const { db } = deps;
  const actor: System = { userId: '', role: 'admin', municipalityId, email: 'demo' };
  const versions = (await new PlanRepository(db.kysely).listVersions(municipalityId)).filter(
    (v) => v.status === 'confirmed',
  );
  // The newest confirmed version covering a year (listVersions is newest first).
  const versionOf = (year: number) =>
    versions.find((v) => (v.period_start ?? '') <= `${year}-12-31` && (v.period_end ?? '') >= `${year}-01-01`);
  const current = versionOf(days.year);
  if (!current) return { loaded: false };
  const repository = new FinanceRepository(db.kysely);
  if ((await repository.schemes(municipalityId, current.id, days.year)).length > 0) return { loaded: false };

  const text = readFileSync(demoPlanFile, 'utf8');
  const r = new SeededRandom(2020_03_16);
  for (const year of days.years) {
    const version = versionOf(year);
    if (version) await loadYear(deps, actor, text, version, year, days, r);
  }
  await loadDecisions(deps, actor, versions, days);
  await loadPartners(deps, actor, days);
  return { loaded: true };
}

/** One year's schemes, staff, expenses up to today and budget lines, on the plan version of that year. */
async function loadYear(
  deps: Deps,
  actor: System,
  text: string,
  version: PlanVersionTable,
  year: number,
  days: DemoDays,
  r: SeededRandom,
): Promise<void> {
  const { db, clock } = deps;
  const municipalityId = actor.municipalityId;
  const shift = (day: string | null) => (day === null ? null : addYears(day, year - demoPlanYear));
  const spent = (day: string) => day <= days.today;
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
    for (const [label, regime, start, end] of staff) {
      const startOn = shift(start) ?? start;
      const endOn = shift(end);
      people.push({
        ...(await finance.addStaff(actor, { schemeId: scheme.id, label, regime, startOn, endOn })),
        regime: parseRegime(regime) ?? { numerator: 1, denominator: 1 },
        startOn,
        endOn,
      });
    }
    // A wage claim per month: what the staff may claim, a little under it (sick leave not refunded by the employer's
    // insurer).
    for (let month = 1; month <= 12; month += 1) {
      if (!spent(`${year}-${String(month).padStart(2, '0')}-25`)) break;
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
      [`${year}-02-12`, 'equipment', Math.round(cap * 0.55), 'Uniformen en regenkledij'],
      [`${year}-05-20`, 'training', Math.round(cap * 0.25), 'Opleiding conflicthantering'],
      [`${year}-10-07`, 'equipment', Math.round(cap * 0.13), 'Fietsverlichting en hesjes'],
    ];
    for (const [spentOn, category, amountCents, description] of parts) {
      if (!spent(spentOn)) continue;
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
      [`${year}-01-31`, 31_250_000, 'Personeelskosten preventiedienst (jan–jun)', /coördinat|preventie/iu],
      [`${year}-07-31`, 31_250_000, 'Personeelskosten preventiedienst (jul–dec)', /coördinat|preventie/iu],
      [`${year}-03-12`, 1_480_000, 'Campagne inbraakpreventie', /inbraak/iu],
      [`${year}-09-18`, 920_000, 'Werking buurtbemiddeling', /bemiddeling/iu],
      [`${year}-11-05`, 2_350_000, 'Straathoekwerk: werkingskosten', /straathoek/iu],
    ];
    for (const [spentOn, amountCents, description, pattern] of operating) {
      if (!spent(spentOn)) continue;
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

  // The multi-year plan lines as the council decision states them: MJP003632 (the plan) and MJP003608 (the contingents,
  // €899 off).
  for (const line of readMultiYearLines(text)) {
    const schemeNames =
      line.kind === 'plan' ? ['SVPP'] : overview.schemes.filter((s) => s.kind === 'guards').map((s) => s.name);
    await finance.saveBudgetLine(actor, {
      year,
      code: line.code,
      label: line.kind === 'plan' ? `Subsidies SVPP ${year}` : `Extra contingenten gemeenschapswachten ${year}`,
      budgetCents: line.budgetCents,
      councilEstimateCents: line.estimateCents,
      schemeNames,
    });
  }
}

/** 19 januari 2026: a decision's date as the college and the council write it. */
const longDutchDay = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const inWords = (day: string) => longDutchDay.format(new Date(`${day}T00:00:00Z`));

/**
 * The decision paths due by now, taken: every plan version's (the 2020 plan as the council decided it, each extension
 * early in its year) and the yearly reports' of the years before (the college approves them in the next spring; the
 * evaluation's college step names what it decides on, the yearly action programmes). Only steps up to today, so the
 * calendar shows what is still to do this year, not years of old paths. Each step registers itself.
 */
async function loadDecisions(deps: Deps, actor: System, versions: PlanVersionTable[], days: DemoDays): Promise<void> {
  const { db, clock } = deps;
  const decisions = new DecisionService({ db, clock, files: noFiles });
  const record = async (input: DecisionInput) => {
    if (input.decidedOn <= days.today) await decisions.record(actor, input);
  };
  for (const version of [...versions].sort((a, b) => a.version_no - b.version_no)) {
    const year = firstYearOf(version);
    const steps: [DecisionInput['step'], string, string][] =
      year <= demoPlanYear
        ? [
            ['college_referral', '2020-03-16', 'Collegebesluit 16 maart 2020 – punt 71'],
            ['council_approval', '2020-04-27', 'Gemeenteraad 27 april 2020 – punt 13'],
            [
              'ministry_submission',
              '2020-04-30',
              'Per mail aan de directie lokale integrale veiligheid (FOD Binnenlandse Zaken)',
            ],
          ]
        : [
            ['college_referral', `${year}-01-19`, `Collegebesluit ${inWords(`${year}-01-19`)} – verlenging SVPP`],
            ['council_approval', `${year}-02-23`, `Gemeenteraad ${inWords(`${year}-02-23`)} – verlenging SVPP`],
            ['ministry_submission', `${year}-03-02`, 'Per mail aan de FOD Binnenlandse Zaken'],
          ];
    for (const [step, decidedOn, reference] of steps) {
      await record({ subjectKind: 'plan_version', subjectKey: version.id, step, decidedOn, reference });
    }
  }
  const subjects = await new SubjectRepository(db.kysely).list(actor.municipalityId, { includeInactive: true });
  const programmes = subjects.find(
    (s) => s.type_key === 'decision' && s.active === 1 && s.key.endsWith('.decision.actieprogramma-s'),
  );
  // The years before the current one, from the year before the plan (its reports were decided in the plan's year).
  for (let reportYear = demoPlanYear - 1; reportYear < days.year; reportYear++) {
    const next = reportYear + 1;
    const full = (kind: string, name: string, college: string, council: string, ministry: string): DecisionInput[] => [
      {
        subjectKind: 'report',
        subjectKey: `${kind}:${reportYear}`,
        step: 'college_referral',
        decidedOn: `${next}-${college}`,
        reference: `Collegebesluit ${next} – ${name} ${reportYear}`,
      },
      {
        subjectKind: 'report',
        subjectKey: `${kind}:${reportYear}`,
        step: 'council_approval',
        decidedOn: `${next}-${council}`,
        reference: `Gemeenteraad ${next} – ${name} ${reportYear}`,
      },
      {
        subjectKind: 'report',
        subjectKey: `${kind}:${reportYear}`,
        step: 'ministry_submission',
        decidedOn: `${next}-${ministry}`,
        reference: 'Per mail aan de FOD Binnenlandse Zaken',
      },
    ];
    const steps: DecisionInput[] = [
      {
        subjectKind: 'report',
        subjectKey: `evaluation:${reportYear}`,
        step: 'college_referral',
        decidedOn: `${next}-03-23`,
        reference: `Collegebesluit ${next} – evaluatie actieprogramma’s`,
        ...(programmes ? { subjectId: programmes.id } : {}),
      },
      ...full('activity', 'activiteitenverslag', '03-09', '03-23', '03-30'),
      // The finance report of the plan's years (svpp follows it from the plan's first year on).
      ...(reportYear >= demoPlanYear ? full('finance', 'financieel verslag', '03-02', '03-16', '03-30') : []),
      // The guards' and the NERO reports of the last two years (they count for their indicators).
      ...(reportYear >= days.year - 2
        ? [
            ...full('guards', 'jaarverslag gemeenschapswachten', '02-17', '03-02', '03-09'),
            ...full('nero', 'jaarrapport NERO', '03-09', '03-23', '03-30'),
          ]
        : []),
    ];
    for (const input of steps) await record(input);
  }
}
