import { SeededRandom } from '../../../shared/indicators/random.js';
import { addDays } from '../../../shared/calendar/days.js';
import type { ViolenceKind } from '../../../shared/guards/violence.js';
import type { RegisterTypeDefinition } from '../../../shared/indicators/register-fields.js';
import type { GuardMeldingFollowupTable, GuardShiftTable, ViolenceIncidentTable } from '../../db/schema.js';
import { geoFor } from '../../adapters/geo.js';
import type { ServiceDeps } from '../context.js';
import { demoAudit } from './demo-audit.js';
import { RegistrationRepository, type RegistrationRow } from '../registrations/registration.repository.js';
import { UserRepository } from '../users/user.repository.js';
import { UserService } from '../users/user.service.js';
import { GuardsRepository } from '../guards/guards.repository.js';
import { meldingNuisanceEvent } from '../guards/melding-barometer.js';
import { recordNuisanceEvent } from '../barometer/nuisance-events.js';
import { syncIncidentRegistration } from '../guards/violence.service.js';
import { timeZoneOf } from '../municipalities/municipality-calendar.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import type { DemoDays } from './demo-days.js';
import { pointIn } from './demo-registrations.js';
import { guardRegisterTypes, meldingKinds } from '../../../shared/guards/guard-register-types.js';
import { roleColumns } from '../registrations/registration.service.js';

/** The demo's guards: the demo guard account (a vaststeller) and three colleagues. Synthetic people only. */
const guardAccounts = [
  { email: 'gemeenschapswacht@mechelen.demo', displayName: 'Chris Wacht', vaststeller: true },
  { email: 'wacht.eva@mechelen.demo', displayName: 'Eva Wacht', vaststeller: false },
  { email: 'wacht.fien@mechelen.demo', displayName: 'Fien Wacht', vaststeller: true },
  { email: 'wacht.gert@mechelen.demo', displayName: 'Gert Wacht', vaststeller: false },
];

/** Busier wijken (the centre, the station area): synthetic weights, not real data. */
const wijkWeights: Record<string, number> = { '12025W03': 3, '12025W07': 1.8, '12025W04': 1.4, '12025W01': 1.2 };

const pad = (n: number) => String(n).padStart(2, '0');
/** Brussels local time → UTC ISO (CET/CEST by the EU rule: last Sundays of March and October). */
function brusselsToUtc(day: string, hour: number, minute: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer = (m > 3 && m < 10) || (m === 3 && d >= lastSunday(2)) || (m === 10 && d < lastSunday(9));
  return new Date(Date.UTC(y, m - 1, d, hour - (summer ? 2 : 1), minute)).toISOString();
}

/**
 * Guards' shifts, task records, meldingen with follow-up and violence incidents for the previous year and the current
 * year up to today, the same on every run for the same day.
 */
export async function loadDemoGuards(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'hasher'>,
  municipalityId: string,
  password: string,
  days: DemoDays,
): Promise<{ shifts: number; records: number; incidents: number }> {
  const { db, clock } = deps;
  const guardsRepository = new GuardsRepository(db.kysely);
  if ((await guardsRepository.listShifts(municipalityId, {}, 1)).length > 0) {
    return { shifts: 0, records: 0, incidents: 0 };
  }
  const users = new UserService(deps);
  const userRepository = new UserRepository(db.kysely);
  for (const account of guardAccounts) {
    if (!(await userRepository.emailExists(account.email))) {
      await users.createWithMunicipality('mechelen', {
        email: account.email,
        displayName: account.displayName,
        role: 'guard',
        locale: 'nl',
        password,
      });
    }
  }
  const guards = (await guardsRepository.guards(municipalityId)).filter((g) =>
    guardAccounts.some((a) => a.email === g.email),
  );
  const wijken = geoFor('mechelen')?.wijken;
  const now = clock.now().toISOString();
  const r = new SeededRandom(2007);
  const shifts: GuardShiftTable[] = [];
  const rows: RegistrationRow[] = [];
  const followups: GuardMeldingFollowupTable[] = [];
  const incidents: ViolenceIncidentTable[] = [];
  // Supervision is a guard task per phenomenon (burglary, bike theft, car theft, pickpocketing): each record names one.
  const tasks = (await new SubjectRepository(db.kysely).list(municipalityId, { typeKey: 'supervision' })).sort((a, b) =>
    a.key.localeCompare(b.key),
  );
  const taskWeights = tasks.map((t) => (t.kind === 'guard_task' && /toezicht/u.test(t.key) ? 3 : 1));

  const record = (
    typeKey: string,
    day: string,
    time: string,
    values: Record<string, unknown>,
    by: string,
    placed: boolean,
    subjectId?: string,
  ) => {
    const place = placed && wijken ? pointIn(r, wijken, wijkWeights) : null;
    const row: RegistrationRow = {
      id: r.uuid(),
      municipality_id: municipalityId,
      type_key: typeKey,
      occurred_on: day,
      occurred_until: null,
      // The columns the indicators count by, from the values as the register's roles say.
      ...roleColumns(guardRegisterType(typeKey), values),
      wijk_code: place?.wijk ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      address: null,
      values_json: JSON.stringify({ ...values, time }),
      source: 'demo',
      created_by: by,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      subject_id: subjectId ?? null,
    };
    rows.push(row);
    return row;
  };

  const today = Date.parse(`${days.today}T00:00:00Z`);
  for (const year of days.years) {
    const engravingDays = new Set(Array.from({ length: r.int(12, 14) }, () => r.int(60, 300)));
    for (let dayIndex = 0; dayIndex < 366; dayIndex++) {
      const date = new Date(Date.UTC(year, 0, 1 + dayIndex));
      const day = addDays(`${year}-01-01`, dayIndex);
      if (date.getUTCFullYear() !== year || day >= days.today) break; // up to yesterday: no shift in the future
      const weekday = (date.getUTCDay() + 6) % 7;
      const schoolDay = weekday < 5 && !(date.getUTCMonth() === 6 || date.getUTCMonth() === 7);
      for (const [index, guard] of guards.entries()) {
        // Four or five days a week, an early or a late shift.
        if ((weekday + index) % 7 >= 5 || r.next() < 0.12) continue;
        const early = (dayIndex + index) % 3 !== 0;
        const start = early ? 7 : 13;
        const length = r.pick([7.5, 7.6, 8]);
        const startedAt = brusselsToUtc(day, start, early ? 30 : 0);
        shifts.push({
          id: r.uuid(),
          municipality_id: municipalityId,
          user_id: guard.id,
          started_at: startedAt,
          ended_at: new Date(Date.parse(startedAt) + length * 3_600_000).toISOString(),
          notes: null,
          created_at: now,
          updated_at: now,
        });
        const at = (offset: number) => `${pad(Math.min(23, start + offset))}:${pad(r.int(0, 5) * 10)}`;
        if (early && schoolDay && r.next() < 0.7) {
          const children = r.int(20, 90);
          const school = r.pick(['Basisschool De Regenboog', 'Sint-Jozefschool', 'Stedelijke basisschool Nekkerspoel']);
          record('school_crossing', day, '08:05', { title: school, hours: 1, children }, guard.id, true);
        }
        const rounds = r.int(1, 2);
        for (let i = 0; i < rounds; i++) {
          const kind = r.weighted(['foot', 'bike', 'market', 'station', 'event'], [5, 2, 1, 2, 0.5]);
          const hours = r.pick([1.5, 2, 2.5, 3]);
          const informed = r.int(0, 25);
          record('guard_round', day, at(1 + i * 3), { kind, hours, people_informed: informed }, guard.id, true);
        }
        if (r.next() < 0.55) {
          // One weight per melding kind, in the register's order (litter and dumping most often).
          const kind = r.weighted(meldingKinds, [6, 4, 2, 2, 2, 2, 2, 1, 1, 1]);
          const service =
            (
              {
                litter: 'cleaning',
                dumping: 'cleaning',
                graffiti: 'cleaning',
                vandalism: 'roads',
                streetlight: 'lighting',
                road_damage: 'roads',
                parking: 'mobility',
                noise: 'police',
                loitering: 'police',
                other: 'other',
              } as Record<string, string>
            )[kind] ?? 'other';
          const melding = record(
            'guard_report',
            day,
            at(r.int(1, 6)),
            { kind, service, description: 'Vastgesteld tijdens de ronde (synthetisch).' },
            guard.id,
            true,
          );
          const age = today - Date.parse(`${day}T00:00:00Z`);
          const status = r.weighted(
            ['sent', 'in_progress', 'resolved', 'rejected'],
            age > 60 * 86_400_000 ? [0.5, 1, 8, 0.7] : [3, 3, 2, 0.3],
          );
          followups.push({
            registration_id: melding.id,
            municipality_id: municipalityId,
            status,
            note: null,
            updated_by: null,
            updated_at: now,
          });
        }
        if (r.next() < 0.3) {
          const breach = r.weighted(
            ['litter', 'dog_fouling', 'parking', 'public_drinking', 'noise', 'other'],
            [4, 3, 3, 2, 1, 1],
          );
          const people = r.int(1, 3);
          record('prior_warning', day, at(r.int(1, 6)), { breach, people }, guard.id, true);
        }
        if (r.next() < 0.35) {
          const placeKind = r.weighted(
            ['park', 'square', 'playground', 'station', 'school', 'event'],
            [3, 3, 2, 2, 1, 1],
          );
          const addressed = r.int(2, 30);
          const hours = r.pick([0.5, 1, 1.5]);
          const task = tasks.length ? r.weighted(tasks, taskWeights) : undefined;
          record(
            'supervision',
            day,
            at(r.int(1, 6)),
            {
              place_kind: placeKind,
              people_addressed: addressed,
              hours,
              risks: r.next() < 0.5 ? [r.pick(['litter', 'alcohol', 'traffic', 'drugs'])] : [],
            },
            guard.id,
            true,
            task?.id,
          );
        }
        if (account(guard.email).vaststeller && r.next() < 0.08) {
          const offence = r.weighted(
            ['litter', 'dumping', 'dog_fouling', 'public_urination', 'noise', 'graffiti', 'other'],
            [4, 3, 2, 2, 1, 1, 1],
          );
          record(
            'gas_report',
            day,
            at(r.int(1, 6)),
            {
              offence,
              offender_age: r.next() < 0.12 ? 'minor' : 'adult',
              reference: `GAS-${year}-${pad(r.int(1, 99))}${pad(r.int(0, 99))}`,
              description: 'Vaststelling tijdens de ronde (synthetisch).',
            },
            guard.id,
            true,
          );
        }
      }
      const lead = guards[dayIndex % Math.max(1, guards.length)];
      if (!lead) continue;
      if (weekday === 2 && schoolDay && r.next() < 0.6) {
        const hours = r.pick([2, 3]);
        const children = r.int(12, 28);
        record('traffic_park', day, '13:30', { title: 'Verkeerspark Biesieklette', hours, children }, lead.id, false);
      }
      if (weekday === 5 && date.getUTCMonth() >= 4 && date.getUTCMonth() <= 8 && r.next() < 0.35) {
        const bikes = r.int(40, 400);
        const event = r.pick(['Maanrock', 'Mechelen Feest', 'Zomermarkt', 'Parkconcert']);
        record('bike_parking', day, '14:00', { title: event, bikes, hours: 6 }, lead.id, true);
      }
      if (engravingDays.has(dayIndex)) {
        const bikes = r.int(15, 70);
        const where = r.pick(['Markt', 'Station Mechelen', 'Vrijbroekpark', 'Sint-Romboutskerkhof']);
        record('bike_engraving', day, '10:00', { title: where, bikes, hours: 4 }, lead.id, true);
      }
      if (r.next() < 0.014) {
        const kind = r.weighted<ViolenceKind>(
          ['verbal', 'threat', 'physical', 'spitting', 'weapon', 'discrimination'],
          [6, 3, 1.2, 0.8, 0.2, 1],
        );
        const place = wijken ? pointIn(r, wijken, wijkWeights) : null;
        const serious = kind === 'physical' || kind === 'weapon';
        incidents.push({
          id: r.uuid(),
          municipality_id: municipalityId,
          guard_user_id: lead.id,
          occurred_at: brusselsToUtc(day, r.int(9, 20), 15),
          kind,
          wijk_code: place?.wijk ?? null,
          lat: place?.lat ?? null,
          lon: place?.lon ?? null,
          address: null,
          injuries: serious ? r.pick(['light', 'work_incapacity']) : 'none',
          police_report_number:
            serious || kind === 'threat'
              ? `ME.${pad(r.int(10, 99))}.L${r.int(1000, 9999)}/${String(year).slice(2)}`
              : null,
          description: 'Synthetisch incident voor de demo.',
          follow_up_status: 'closed',
          follow_up_notes: null,
          steps_done_json: '[0,1,2]',
          created_by: lead.id,
          created_at: now,
          updated_at: now,
        });
      }
    }
  }

  const timeZone = await timeZoneOf(db.kysely, municipalityId);
  await db.kysely.transaction().execute(async (trx) => {
    const repository = new GuardsRepository(trx);
    for (const account of guardAccounts) {
      const guard = guards.find((g) => g.email === account.email);
      if (guard && account.vaststeller) await repository.setVaststeller(municipalityId, guard.id, true, guard.id, now);
    }
    for (let i = 0; i < shifts.length; i += 400) {
      await trx
        .insertInto('guard_shift')
        .values(shifts.slice(i, i + 400))
        .execute();
    }
    await new RegistrationRepository(trx).insertMany(rows);
    for (const row of rows) {
      const event = meldingNuisanceEvent(row);
      if (event) await recordNuisanceEvent(trx, db.dialect, event);
    }
    for (let i = 0; i < followups.length; i += 400) {
      await trx
        .insertInto('guard_melding_followup')
        .values(followups.slice(i, i + 400))
        .execute();
    }
    for (let i = 0; i < incidents.length; i += 200) {
      await trx
        .insertInto('violence_incident')
        .values(incidents.slice(i, i + 200))
        .execute();
    }
    // Each incident registers itself as the violence register does ("Aantal geregistreerde geweldsfeiten").
    for (const incident of incidents) {
      await syncIncidentRegistration(trx, municipalityId, incident.id, incident, timeZone, now);
    }
    await demoAudit({ db, clock }, municipalityId)(trx, 'demo.guards', 'guard_shift', null, {
      after: { shifts: shifts.length, records: rows.length, incidents: incidents.length, years: days.years },
    });
  });
  return { shifts: shifts.length, records: rows.length, incidents: incidents.length };
}

const account = (email: string) => guardAccounts.find((a) => a.email === email) ?? { vaststeller: false };

function guardRegisterType(typeKey: string): RegisterTypeDefinition {
  const type = guardRegisterTypes.find((t) => t.key === typeKey);
  if (!type) throw new Error(`not a guard register: ${typeKey}`);
  return type;
}
