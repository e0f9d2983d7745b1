import type { Role } from '../../../shared/access/roles.js';
import type { PersonInput, RecordStepBody } from '../../../shared/api/cases.schema.js';
import type { CaseTypeKey } from '../../../shared/cases/case-types.js';
import { addDays } from '../../../shared/indicators/periods.js';
import { addMonths, addYears } from '../../../shared/calendar/days.js';
import { type DemoDays, demoPlanYear } from './demo-days.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import type { ServiceDeps } from '../context.js';
import { CaseRepository } from '../cases/case.repository.js';
import { CaseService } from '../cases/case.service.js';
import { VolunteerService } from '../cases/volunteer.service.js';
import { VolunteerRepository } from '../cases/volunteer.repository.js';
import { UserRepository } from '../users/user.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
type Who = { userId: string; role: Role; municipalityId: string; email: string };
type Step = Omit<RecordStepBody, 'choices'> & { choices?: Record<string, string> };

// Synthetic names only: combinations made up for the demo, no real people.
const firstNames = [
  'Lotte',
  'Ruben',
  'Sara',
  'Milan',
  'Yasmine',
  'Wout',
  'Noor',
  'Arne',
  'Ines',
  'Bilal',
  'Fien',
  'Jonas',
  'Amira',
  'Senne',
  'Hanne',
  'Driss',
];
const lastNames = [
  'Demoen',
  'Van Fictief',
  'Voorbeeldt',
  'De Proef',
  'Testaert',
  'Verzinne',
  'Janssen-Demo',
  'El Voorbeeld',
  'Proefmans',
  'Schijnaert',
];
const wijken = [
  '12025W01',
  '12025W02',
  '12025W03',
  '12025W04',
  '12025W05',
  '12025W06',
  '12025W07',
  '12025W08',
  '12025W09',
  '12025W10',
  '12025W11',
  '12025W12',
];

/**
 * Synthetic cases of every type for the previous year and the current year up to today (the current year's open
 * cases mostly within their deadlines, a few overdue by days) and the volunteer register.
 */
export async function loadDemoCases(
  deps: Deps,
  municipalityId: string,
  days: DemoDays,
): Promise<{ cases: number; volunteers: number }> {
  if ((await new CaseRepository(deps.db.kysely).listCases(municipalityId, {})).length > 0) {
    return { cases: 0, volunteers: 0 };
  }
  const users = new UserRepository(deps.db.kysely);
  const who = async (email: string): Promise<Who> => {
    const user = await users.findByEmailForLogin(email);
    if (!user) throw new Error(`demo user ${email} is missing`);
    return { userId: user.id, role: user.role as Role, municipalityId, email };
  };
  const coordinator = await who('preventie@mechelen.demo');
  const staff = await who('medewerker@mechelen.demo');
  const r = new SeededRandom(8_2020);
  const service = new CaseService(deps);
  const volunteers = await loadVolunteers(deps, coordinator, r, days);
  const name = () => `${r.pick(firstNames)} ${r.pick(lastNames)}`;
  const birth = (age: number, year: number) =>
    `${year - age}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  let count = 0;

  const run = async (
    owner: Who,
    typeKey: CaseTypeKey,
    openedOn: string,
    persons: PersonInput[],
    steps: Step[],
    close?: { outcome: string; after: number },
    extra: { wijkCode?: string; summary?: string; volunteerIds?: string[] } = {},
  ) => {
    const id = await service.create(owner, {
      typeKey,
      openedOn,
      persons,
      volunteerIds: extra.volunteerIds ?? [],
      wijkCode: extra.wijkCode ?? null,
      summary: extra.summary ?? null,
    });
    for (const step of steps) await service.recordStep(owner, id, { ...step, choices: step.choices ?? {} });
    const last = steps.at(-1)?.doneOn ?? openedOn;
    if (close) await service.close(owner, id, close.outcome, addDays(last, close.after));
    count += 1;
  };
  const yesterday = addDays(days.today, -1);
  /**
   * An opening day `from`–`to` days into the year, moved back so that the case's last date (`span` days after the
   * opening) is not after yesterday: a case of the current year is only as far along as today allows.
   */
  const day = (year: number, from: number, to: number, span = 0) => {
    const opened = addDays(`${year}-01-01`, r.int(from, to));
    const latest = addDays(yesterday, -span);
    return opened <= latest ? opened : addDays(latest, -r.int(0, 20));
  };
  /** A day `n` days back from today, and `k` months back: the current year's open cases sit around their deadline. */
  const back = (n: number, months = 0) => addDays(addMonths(days.today, -months), -n);

  for (const year of days.years) {
    const current = year === days.year;
    // NERO: minors with their parents; one refusal by the prosecutor; this year one trajectory just past its 5
    // months and one under way.
    for (let i = 0; i < 5; i++) {
      const overdue = current && i === 4;
      const underway = current && i === 3;
      const opened = overdue ? back(24 + r.int(2, 9), 5) : underway ? back(24 + 70) : day(year, 5, 200, 24 + 140 + 12);
      const minor: PersonInput = { role: 'minor', fullName: name(), birthDate: birth(r.int(14, 17), year) };
      const parent: PersonInput = {
        role: 'parent',
        fullName: name(),
        phone: `04${r.int(70, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
      };
      if (i === 0) {
        await run(
          coordinator,
          'nero',
          opened,
          [minor, parent],
          [{ stepKey: 'prosecutor_consent', doneOn: addDays(opened, 9), outcome: 'refused' }],
          { outcome: 'consent_refused', after: 3 },
        );
        continue;
      }
      const talk = addDays(opened, 24);
      const steps: Step[] = [
        { stepKey: 'prosecutor_consent', doneOn: addDays(opened, 8), outcome: 'granted' },
        { stepKey: 'parents_invited', doneOn: addDays(opened, 12) },
        { stepKey: 'first_talk', doneOn: talk },
        { stepKey: 'agreement', doneOn: addDays(talk, 7) },
        {
          stepKey: 'module',
          doneOn: addDays(talk, 21),
          choices: { module: r.pick(['norms', 'restoration', 'aggression', 'substances']) },
        },
        {
          stepKey: 'module',
          doneOn: addDays(talk, 45),
          choices: { module: r.pick(['norms', 'restoration', 'aggression']) },
        },
      ];
      if (i % 2 === 1) {
        steps.push({ stepKey: 'community_service', doneOn: addDays(talk, 60), hours: r.pick([4, 6, 8]) });
      }
      if (!overdue && !underway) {
        steps.push({
          stepKey: 'evaluation',
          doneOn: addDays(talk, r.int(110, 140)),
          outcome: r.weighted(['positive', 'negative'], [4, 1]),
        });
      }
      await run(
        coordinator,
        'nero',
        opened,
        [minor, parent, { role: 'parent', fullName: name() }],
        steps,
        overdue || underway ? undefined : { outcome: 'completed', after: r.int(3, 12) },
        i === 1
          ? {
              summary:
                'Minderjarige pleegde graffiti aan een schoolgebouw. Na toestemming van het parket volgden een gesprek met de ouders, een overeenkomst op maat en modules rond normbesef en herstel.',
            }
          : {},
      );
    }
    // GAS for adults: mediation offered, some accepted, a decision after the defence period; this year one open just
    // past its 6 months and one in its defence period.
    for (let i = 0; i < 6; i++) {
      const late = current && i === 5;
      const fresh = current && i === 4;
      const opened = late ? back(r.int(2, 6), 6) : fresh ? back(r.int(12, 20)) : day(year, 5, 220, 10 + 50 + 5);
      const notified = addDays(opened, 10);
      const steps: Step[] = [{ stepKey: 'notified', doneOn: notified }];
      const open = late || fresh;
      if (!open) {
        if (i % 3 === 0) {
          steps.push(
            { stepKey: 'mediation_offered', doneOn: addDays(notified, 2), outcome: 'accepted' },
            { stepKey: 'mediation_talk', doneOn: addDays(notified, 20) },
            {
              stepKey: 'mediation_result',
              doneOn: addDays(notified, 30),
              outcome: r.weighted(['success', 'failed'], [3, 1]),
            },
            { stepKey: 'decision', doneOn: addDays(notified, 40), outcome: 'mediation' },
          );
        } else if (i % 3 === 1) {
          steps.push(
            { stepKey: 'defence_received', doneOn: addDays(notified, 9) },
            { stepKey: 'community_service', doneOn: addDays(notified, 35), hours: r.pick([10, 15, 20]) },
            { stepKey: 'decision', doneOn: addDays(notified, 50), outcome: 'community_service' },
          );
        } else {
          steps.push(
            { stepKey: 'mediation_offered', doneOn: addDays(notified, 2), outcome: 'declined' },
            { stepKey: 'decision', doneOn: addDays(notified, 25), outcome: r.pick(['fine', 'dismissed']) },
          );
        }
      }
      await run(
        coordinator,
        'gas_adult',
        opened,
        [
          {
            role: 'offender',
            fullName: name(),
            birthDate: birth(r.int(19, 60), year),
            address: `Voorbeeldstraat ${r.int(1, 120)}, 2800 Mechelen`,
          },
        ],
        steps,
        open ? undefined : { outcome: 'decided', after: 5 },
      );
    }
    // Neighbour mediation by volunteers; this year one request waiting for its intake a few days too long, one new.
    for (let i = 0; i < 8; i++) {
      const overdue = current && i === 7;
      const fresh = current && i === 6;
      const opened = overdue ? back(14 + r.int(1, 4)) : fresh ? back(r.int(1, 6)) : day(year, 5, 300, 40 + 3);
      const waiting = overdue || fresh;
      const steps: Step[] = waiting
        ? []
        : [
            {
              stepKey: 'intake',
              doneOn: addDays(opened, r.int(3, 12)),
              choices: {
                conflict: r.weighted(
                  ['noise', 'property', 'parking', 'pets', 'behaviour', 'other'],
                  [5, 3, 2, 1, 2, 1],
                ),
              },
            },
            { stepKey: 'contact_parties', doneOn: addDays(opened, 18) },
            ...(i % 4 === 3 ? [] : [{ stepKey: 'mediation_talk', doneOn: addDays(opened, 30) }]),
            {
              stepKey: 'result',
              doneOn: addDays(opened, 40),
              outcome: r.weighted(['agreement', 'improved', 'no_agreement', 'referred'], [4, 3, 2, 1]),
            },
          ];
      const pair = volunteers.length >= 2 ? [r.pick(volunteers), r.pick(volunteers)] : [];
      await run(
        staff,
        'neighbour_mediation',
        opened,
        [
          { role: 'party', fullName: name() },
          { role: 'party', fullName: name() },
        ],
        steps,
        waiting ? undefined : { outcome: 'concluded', after: 3 },
        { wijkCode: r.pick(wijken), volunteerIds: [...new Set(pair)] },
      );
    }
    // Street-corner work: gasten known by pseudonym, contacts, early detection, referrals.
    for (let i = 0; i < 6; i++) {
      const opened = day(year, 5, 250, 60 + 20);
      const steps: Step[] = [];
      for (let c = 0; c < r.int(2, 5); c++) {
        steps.push({
          stepKey: 'contact',
          doneOn: addDays(opened, c * 12),
          choices: {
            problem: r.pick(['housing', 'income', 'substances', 'health', 'social_network', 'family_violence']),
            intervention: r.pick(['listening', 'information', 'accompaniment', 'confrontation']),
          },
        });
      }
      if (i % 2 === 0) steps.push({ stepKey: 'early_detection', doneOn: addDays(opened, 50) });
      if (i % 3 === 0) {
        steps.push({
          stepKey: 'referral',
          doneOn: addDays(opened, 60),
          choices: { service: r.pick(['drug_care', 'caw', 'ocmw', 'mental_health']) },
        });
      }
      await run(
        staff,
        'street_corner',
        opened,
        [{ role: 'gast' }],
        steps,
        i === 5 && current ? undefined : { outcome: i % 3 === 0 ? 'referred' : 'ended', after: 20 },
        {
          wijkCode: r.pick(wijken),
          ...(i === 0
            ? {
                summary:
                  'Een jongvolwassen gast zonder vaste verblijfplaats werd over drie maanden opgevolgd: vertrouwen opgebouwd via wekelijkse contacten, toeleiding naar de drughulpverlening en begeleiding naar een huisvestingsdienst.',
              }
            : {}),
        },
      );
    }
    // Burglary-prevention advice, victims too (HERCOSI); this year one visit without its report a few days after its
    // 30 days, and one visited last week.
    for (let i = 0; i < 10; i++) {
      const late = current && i === 9;
      const recent = current && i === 8;
      const opened = late ? back(30 + r.int(1, 5) + 10) : recent ? back(r.int(13, 18)) : day(year, 5, 320, 30 + 2);
      const steps: Step[] = [
        { stepKey: 'booked', doneOn: opened, choices: { kind: r.weighted(['home', 'shop', 'victim'], [6, 2, 2]) } },
        { stepKey: 'visit_done', doneOn: late || recent ? addDays(opened, 10) : addDays(opened, r.int(5, 15)) },
      ];
      if (!late && !recent) steps.push({ stepKey: 'report_sent', doneOn: addDays(opened, r.int(18, 30)) });
      await run(
        staff,
        'prevention_advice',
        opened,
        [{ role: 'resident', fullName: name(), address: `Proefstraat ${r.int(1, 80)}, 2800 Mechelen` }],
        steps,
        late || recent ? undefined : { outcome: 'reported', after: 2 },
        { wijkCode: r.pick(wijken) },
      );
    }
  }
  return { cases: count, volunteers: volunteers.length };
}

async function loadVolunteers(deps: Deps, coordinator: Who, r: SeededRandom, days: DemoDays): Promise<string[]> {
  if ((await new VolunteerRepository(deps.db.kysely).list(coordinator.municipalityId)).length > 0) return [];
  const service = new VolunteerService({ ...deps, cases: { casesOfType: () => Promise.resolve([]) } });
  const ids: string[] = [];
  const starts = [
    '2015-09-01',
    '2016-03-15',
    '2017-01-10',
    '2017-10-02',
    '2018-04-16',
    '2018-11-05',
    '2019-02-11',
    '2019-09-23',
    '2020-01-13',
    '2020-06-08',
  ];
  // The starts as seen from 2020, moved to the current year (one volunteer left at the end of the previous year).
  const shift = days.year - demoPlanYear;
  for (const [i, start] of starts.entries()) {
    const startedOn = addYears(start, shift);
    const volunteer = await service.create(coordinator, {
      fullName: `${r.pick(firstNames)} ${r.pick(lastNames)}`,
      startedOn: startedOn > days.today ? days.today : startedOn,
      trainedOn: addDays(startedOn, 45) > days.today ? null : addDays(startedOn, 45),
      endedOn: i === 1 ? `${days.years[0]}-12-31` : null,
    });
    ids.push(volunteer.id);
    for (const year of days.years) {
      for (let month = 1; month <= 12; month++) {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        if (`${key}-28` < startedOn || `${key}-01` > days.today || (i === 1 && year === days.year) || month === 8) {
          continue;
        }
        await service.setIntervision(coordinator, volunteer.id, key, r.next() < 0.8);
      }
    }
  }
  return ids;
}
