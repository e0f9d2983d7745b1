import type { ServiceDeps } from '../context.js';
import type { ComplaintTable } from '../../db/schema.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import {
  nuisanceCategories,
  nuisanceCategoryLabels,
  type NuisanceCategory,
} from '../../../shared/barometer/categories.js';
import { addDays } from '../../../shared/indicators/periods.js';
import { streetOf } from '../../../shared/complaints/intake-rules.js';
import { demoAudit } from './demo-audit.js';
import { nuisanceEventRow } from '../barometer/nuisance-events.js';
import { NuisanceRepository } from '../barometer/nuisance.repository.js';
import { BarometerService } from '../barometer/barometer.service.js';
import { ComplaintsRepository } from '../complaints/complaints.repository.js';
import { defaultResponseDays, dueOn, hashAccessCode } from '../complaints/complaint-core.js';
import { ConsultationsRepository } from '../consultations/consultations.repository.js';
import { ConsultationService } from '../consultations/consultations.service.js';
import { RegistrationService } from '../registrations/registration.service.js';
import { RegisterTypeService } from '../registrations/register-types.service.js';
import { UserRepository } from '../users/user.repository.js';
import type { Role } from '../../../shared/access/roles.js';
import { type DemoDays, daysAgo } from './demo-days.js';

/** Synthetic streets per wijk (real Mechelen street names, no people): the desk's complaints point at them. */
const streets: Record<string, string[]> = {
  '12025W01': ['Arsenaalstraat', 'Leopoldstraat'],
  '12025W02': ['Battelsesteenweg'],
  '12025W03': ['Grote Markt', 'Bruul', 'IJzerenleen', 'Veemarkt'],
  '12025W04': ['Heffen-Dorp'],
  '12025W05': ['Hombeeksesteenweg'],
  '12025W06': ['Leest-Dorp'],
  '12025W07': ['Brusselsesteenweg', 'Kerkhofweg'],
  '12025W08': ['Stationsstraat', 'Leuvensesteenweg'],
  '12025W09': ['Muizenhoekstraat'],
  '12025W10': ['Nekkerspoelstraat', 'Koningin Astridlaan'],
  '12025W11': ['Tervuursesteenweg'],
  '12025W12': ['Walemstraat'],
};
const wijkWeights: Record<string, number> = {
  '12025W03': 30,
  '12025W07': 14,
  '12025W08': 14,
  '12025W10': 9,
  '12025W01': 8,
  '12025W11': 7,
  '12025W02': 4,
  '12025W09': 4,
  '12025W04': 2,
  '12025W05': 2,
  '12025W06': 2,
  '12025W12': 1,
};
const categoryWeights: Record<NuisanceCategory, number> = {
  noise: 22,
  litter: 9,
  dumping: 12,
  vandalism: 6,
  graffiti: 5,
  drugs: 8,
  loitering: 7,
  alcohol: 4,
  traffic: 6,
  parking: 9,
  neighbours: 7,
  animals: 2,
  other: 3,
};
const services = [
  'Dienst Openbaar Domein',
  'Politie – wijkteam',
  'Dienst Milieu en Netheid',
  'Gemeenschapswachten',
  'Buurtbemiddeling',
];
const serviceFor: Record<NuisanceCategory, number> = {
  noise: 1,
  litter: 2,
  dumping: 2,
  vandalism: 0,
  graffiti: 0,
  drugs: 1,
  loitering: 3,
  alcohol: 1,
  traffic: 1,
  parking: 3,
  neighbours: 4,
  animals: 2,
  other: 0,
};
const answers = [
  'Bedankt voor uw melding. De politie heeft extra controles gedaan en zal de plaats de komende weken opvolgen.',
  'Bedankt voor uw melding. De dienst heeft het probleem ter plaatse bekeken en opgelost.',
  'Bedankt voor uw melding. De gemeenschapswachten nemen de plaats op in hun rondes.',
  'Bedankt voor uw melding. We hebben de betrokkenen aangesproken; buurtbemiddeling neemt contact op als u dat wenst.',
];

/**
 * The nuisance desk's demo: about 300 complaints a year in the previous year and the current year up to today
 * (answered and closed ones, some merged duplicates, the last weeks' still open, a few of them overdue by days), and a
 * consultation for each police–prevention
 * meeting the demo registers, with minutes and agreed actions. Loaded once: running the demo twice changes nothing.
 */
export async function loadDemoComplaints(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  municipalityId: string,
  days: DemoDays,
): Promise<number> {
  const { db, clock } = deps;
  if ((await new ComplaintsRepository(db.kysely).countAll(municipalityId)) > 0) return 0;
  const random = new SeededRandom(20200427 + 7);
  const now = clock.now().toISOString();
  const serviceIds = services.map((_, i) => `7c0e0000-0000-4000-8000-00000000000${i}`);
  const wijkCodes = Object.keys(wijkWeights);
  const complaints: ComplaintTable[] = [];
  let sequence = 0;
  const openFrom = daysAgo(days, 27);
  for (const year of days.years) {
    const count = year === days.years[0] ? 290 : 320;
    for (let i = 0; i < count; i++) {
      sequence += 1;
      const duplicateOf = complaints.length > 0 && random.next() < 0.05 ? complaints[complaints.length - 1] : undefined;
      const wijk =
        duplicateOf?.wijk_code ??
        random.weighted(
          wijkCodes,
          wijkCodes.map((w) => wijkWeights[w] ?? 1),
        );
      const category = (duplicateOf?.category ??
        random.weighted(
          nuisanceCategories,
          nuisanceCategories.map((c) => categoryWeights[c]),
        )) as NuisanceCategory;
      const day = duplicateOf ? duplicateOf.occurred_at.slice(0, 10) : addDays(`${year}-01-01`, random.int(0, 364));
      const hour =
        category === 'noise' || category === 'alcohol' ? random.pick([21, 22, 23, 0, 1, 2]) : random.int(8, 22);
      const occurredAt = new Date(
        `${day}T${String(hour).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00+01:00`,
      ).toISOString();
      const receivedAt = new Date(Date.parse(occurredAt) + random.int(1, 30) * 3_600_000).toISOString();
      // Nothing received after now (the draws above keep their place, so earlier complaints stay the same).
      if (receivedAt > now) {
        sequence -= 1;
        continue;
      }
      const street = random.pick(streets[wijk] ?? ['Onbekende straat']);
      const address = `${street} ${random.int(1, 140)}`;
      const due = dueOn(receivedAt, defaultResponseDays);
      // The last weeks stay open, a few of them past their deadline (by days); the rest was answered (mostly in time).
      const open = receivedAt > openFrom && random.next() < 0.7;
      const late = random.next() < 0.12;
      const answered = open
        ? null
        : new Date(Date.parse(receivedAt) + (late ? random.int(15, 30) : random.int(2, 13)) * 86_400_000).toISOString();
      // An answer is never later than now.
      const answeredAt = answered && answered > now ? now : answered;
      const status = duplicateOf
        ? 'closed'
        : open
          ? random.pick(['new', 'assigned', 'in_progress'])
          : random.next() < 0.8
            ? 'closed'
            : 'answered';
      const withContact = random.next() < 0.6;
      complaints.push({
        id: `7c0f${String(sequence).padStart(4, '0')}-0000-4000-8000-${String(year).padStart(12, '0')}`,
        municipality_id: municipalityId,
        reference: `OV-${receivedAt.slice(0, 4)}-D${String(sequence).padStart(4, '0')}`,
        access_code_hash: hashAccessCode(`DEMO-${sequence}`),
        channel: random.next() < 0.7 ? 'web' : 'desk',
        locale: random.next() < 0.85 ? 'nl' : random.pick(['fr', 'en']),
        category,
        status,
        occurred_at: occurredAt,
        received_at: receivedAt,
        due_on: due,
        wijk_code: wijk,
        lat: null,
        lon: null,
        address,
        street: streetOf(address),
        description: `Synthetische demomelding ${sequence}: ${nuisanceCategoryLabels[category].nl.toLowerCase()} in de buurt van ${street}.`,
        contact_name: withContact ? `Demo Melder ${sequence}` : null,
        contact_email: withContact ? `melder${sequence}@example.invalid` : null,
        service_id: status === 'new' ? null : (serviceIds[serviceFor[category]] ?? null),
        answer_text: answeredAt && !duplicateOf ? random.pick(answers) : null,
        answered_at: duplicateOf ? null : answeredAt,
        closed_at: status === 'closed' ? (answeredAt ?? receivedAt) : null,
        merged_into_id: duplicateOf?.id ?? null,
        created_by: null,
        created_at: receivedAt,
        updated_at: answeredAt ?? receivedAt,
      });
    }
  }
  await db.kysely.transaction().execute(async (trx) => {
    const repository = new ComplaintsRepository(trx);
    for (const [i, name] of services.entries()) {
      await repository.insertService({
        id: serviceIds[i] ?? '',
        municipality_id: municipalityId,
        name,
        email: null,
        active: 1,
        created_at: now,
        updated_at: now,
      });
    }
    await repository.insertMany(complaints);
    await new NuisanceRepository(trx, db.dialect).insertMany(
      complaints
        .filter((c) => !c.merged_into_id)
        .map((c, i) =>
          nuisanceEventRow(
            {
              municipalityId,
              source: 'complaint',
              sourceId: c.id,
              category: c.category as NuisanceCategory,
              wijkCode: c.wijk_code,
              street: c.street,
              occurredAt: c.occurred_at,
            },
            `7c1e${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`,
            now,
          ),
        ),
    );
    await demoAudit({ db, clock }, municipalityId)(trx, 'demo.complaints', 'complaint', null, {
      after: { count: complaints.length, years: days.years },
    });
  });
  await loadDemoConsultations(deps, municipalityId, random, days);
  return complaints.length;
}

/**
 * The bi-weekly police–prevention consultations of the two years up to today, held through the
 * consultation feature itself: planned (agenda from the barometer and the desk), minutes with agreed actions, then
 * final — which registers each meeting on the police–prevention subject, so the indicator counts each once.
 */
async function loadDemoConsultations(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  municipalityId: string,
  random: SeededRandom,
  days: DemoDays,
): Promise<void> {
  const { db, clock } = deps;
  if ((await new ConsultationsRepository(db.kysely).list(municipalityId, 1)).length > 0) return;
  const user = await new UserRepository(db.kysely).findByEmailForLogin('preventie@mechelen.demo');
  if (!user) return;
  const actor = { userId: user.id, role: user.role as Role, municipalityId, email: 'preventie@mechelen.demo' };
  const service = new ConsultationService({
    db,
    clock,
    registrations: new RegistrationService({ db, clock, types: new RegisterTypeService({ db, clock }) }),
    barometer: new BarometerService({ db }),
  });
  const owners = ['Politie – wijkinspecteur', 'Preventiedienst', 'Gemeenschapswachten', 'Dienst Openbaar Domein'];
  const tasks = [
    'Extra patrouilles op vrijdag- en zaterdagnacht',
    'Sensibiliseringsactie bij de handelaars',
    'Camera-inzet evalueren',
    'Buurtoverleg organiseren',
    'Sluikstortplaats opruimen en opvolgen',
  ];
  let count = 0;
  const recent = daysAgo(days, 17);
  for (let heldOn = addDays(days.first, 9); heldOn < days.today; heldOn = addDays(heldOn, 14)) {
    const month = Number(heldOn.slice(5, 7));
    // A summer meeting skipped now and then.
    if ((month === 7 || month === 8) && random.next() < 0.5) continue;
    const planned = await service.create(actor, { heldOn });
    const agenda = planned.agenda;
    const actions = Array.from({ length: random.int(1, 3) }, () => {
      const dueOn = addDays(heldOn, 14);
      // Older actions were done; the last ones are still open (a few of them late by days).
      const description = random.pick(tasks);
      const owner = random.pick(owners);
      return { description, owner, dueOn, done: random.next() < 0.4 || dueOn < recent };
    });
    await service.saveMinutes(actor, planned.id, {
      attendees: 'Politie – wijkinspecteur\nPolitie – recherche\nPreventiedienst – coördinator\nOverlastloket',
      minutes: `Besproken: ${agenda.hotSpots.length} hotspots en ${agenda.risingTrends.length} stijgende trends. Afspraken zie hieronder.`,
      actions,
    });
    await service.finalize(actor, planned.id);
    count++;
  }
  await db.kysely
    .transaction()
    .execute((trx) =>
      demoAudit({ db, clock }, municipalityId)(trx, 'demo.consultations', 'consultation', null, { after: { count } }),
    );
}
