import type { ServiceDeps } from '../context.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import type { NuisanceCategory } from '../../../shared/barometer/categories.js';
import { addDays, isCalendarDay } from '../../../shared/barometer/periods.js';
import { isoWeekday } from '../../../shared/barometer/local-time.js';
import { demoAudit } from './demo-audit.js';
import { nuisanceEventRow } from '../barometer/nuisance-events.js';
import { NuisanceRepository, type NuisanceEventRow } from '../barometer/nuisance.repository.js';
import { type DemoDays, demoDays } from './demo-days.js';

/**
 * Synthetic police records for the barometer (the previous year and the current year up to yesterday), with patterns
 * a consultation would discuss: nightlife noise and alcohol in the centre on weekend nights, dumping in
 * Mechelen-Noord and Nekkerspoel, drug nuisance around the station (Mechelen-Zuid) that really rises in the current
 * year, and the quiet village wijken with small cells. Deterministic (seeded), and loaded once: running the demo twice
 * changes nothing.
 */
type Profile = Partial<Record<NuisanceCategory, number>>;

/** Expected police records per year by wijk × category in the previous year. */
const yearly: Record<string, Profile> = {
  '12025W03': {
    noise: 260,
    alcohol: 140,
    vandalism: 60,
    graffiti: 45,
    drugs: 55,
    loitering: 70,
    litter: 40,
    parking: 90,
    traffic: 30,
    neighbours: 20,
    other: 15,
  }, // Centrum
  '12025W07': {
    dumping: 120,
    litter: 70,
    noise: 60,
    neighbours: 40,
    vandalism: 30,
    drugs: 25,
    parking: 25,
    loitering: 20,
    other: 10,
  }, // Mechelen-Noord
  '12025W08': { drugs: 70, loitering: 45, noise: 50, vandalism: 30, litter: 35, parking: 40, traffic: 25, other: 10 }, // Mechelen-Zuid (station)
  '12025W10': { dumping: 80, litter: 40, noise: 35, neighbours: 30, parking: 20, vandalism: 15, other: 8 }, // Nekkerspoel
  '12025W01': { noise: 40, neighbours: 25, parking: 30, litter: 20, vandalism: 15, dumping: 15, other: 6 }, // Arsenaal
  '12025W11': { traffic: 45, parking: 35, noise: 25, litter: 20, dumping: 12, neighbours: 15, other: 6 }, // Tervuursesteenweg
  '12025W02': { noise: 15, dumping: 12, traffic: 10, neighbours: 8, animals: 4, other: 3 }, // Battel
  '12025W09': { noise: 14, traffic: 12, dumping: 8, neighbours: 6, animals: 3, other: 2 }, // Muizen
  '12025W04': { traffic: 10, dumping: 8, noise: 6, animals: 3, neighbours: 3 }, // Heffen
  '12025W05': { traffic: 9, dumping: 6, noise: 5, animals: 3, neighbours: 2 }, // Hombeek
  '12025W06': { traffic: 8, dumping: 6, noise: 4, animals: 2, vandalism: 2 }, // Leest
  '12025W12': { traffic: 5, dumping: 3, noise: 3, animals: 2 }, // Walem
};

/**
 * The real change of the current year: drug nuisance around the station more than doubles; a quieter nightlife in
 * the centre in spring (a new closing-hour rule) and more neighbour disputes then.
 */
function factorThisYear(wijk: string, category: NuisanceCategory, month: number): number {
  if (wijk === '12025W08' && category === 'drugs') return 2.4;
  const spring = month >= 3 && month <= 5;
  if (spring && (category === 'alcohol' || (wijk === '12025W03' && category === 'noise'))) return 0.45;
  if (spring && category === 'neighbours') return 1.5;
  return 1;
}

/** Relative weight of each hour (0–23) on a weekday (1–7) for a category. */
function hourWeights(category: NuisanceCategory, weekday: number): number[] {
  const weekendNight = weekday === 5 || weekday === 6 || weekday === 7;
  return Array.from({ length: 24 }, (_, hour) => {
    const night = hour >= 22 || hour <= 3;
    const evening = hour >= 18 && hour <= 23;
    const day = hour >= 8 && hour <= 18;
    switch (category) {
      case 'noise':
      case 'alcohol':
        return night ? (weekendNight ? 9 : 2.5) : evening ? 2 : hour >= 4 && hour <= 9 ? 0.2 : 0.6;
      case 'drugs':
      case 'loitering':
        return evening ? 4 : night ? 2 : day ? 1 : 0.3;
      case 'dumping':
      case 'litter':
        return day ? 3 : evening ? 1 : 0.3;
      case 'parking':
      case 'traffic':
        return hour >= 7 && hour <= 9 ? 4 : hour >= 16 && hour <= 18 ? 4 : day ? 2 : 0.3;
      case 'animals':
      case 'graffiti':
      case 'neighbours':
      case 'other':
      case 'vandalism':
        return day ? 2 : evening ? 1.5 : 0.4;
    }
  });
}

/** More on Fridays and Saturdays for nightlife; fewer dumping records on Sunday. */
function dayWeight(category: NuisanceCategory, weekday: number): number {
  if (category === 'noise' || category === 'alcohol') return weekday >= 5 ? 1.8 : 0.7;
  if (category === 'dumping') return weekday === 7 ? 0.5 : 1.1;
  return 1;
}

const streets: Record<string, string[]> = {
  '12025W03': ['Grote Markt', 'IJzerenleen', 'Bruul', 'Vismarkt', 'Hoogstraat'],
  '12025W07': ['Leuvensesteenweg', 'Koningin Astridlaan', 'Kerkhofstraat'],
  '12025W08': ['Stationsstraat', 'Hendrik Consciencestraat', 'Kardinaal Mercierplein'],
  '12025W10': ['Nekkerspoelstraat', 'Oude Liersebaan', 'Colomalaan'],
};

function poisson(random: SeededRandom, lambda: number): number {
  if (lambda <= 0) return 0;
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k += 1;
    p *= random.next();
  }
  return k;
}

export function demoBarometerEvents(municipalityId: string, now: string, days: DemoDays): NuisanceEventRow[] {
  const random = new SeededRandom(20_200_707);
  const rows: NuisanceEventRow[] = [];
  let serial = 0;
  for (let day = days.first; day < days.today && isCalendarDay(day); day = addDays(day, 1)) {
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    const weekday = isoWeekday(day);
    const summer = month >= 5 && month <= 9 ? 1.2 : 0.85;
    for (const [wijk, profile] of Object.entries(yearly)) {
      for (const [category, perYear] of Object.entries(profile) as [NuisanceCategory, number][]) {
        const rate =
          (perYear / 365) *
          summer *
          dayWeight(category, weekday) *
          (year === days.year ? factorThisYear(wijk, category, month) : 1);
        const n = poisson(random, rate);
        for (let i = 0; i < n; i++) {
          const hour = random.weighted([...Array(24).keys()], hourWeights(category, weekday));
          const minute = random.int(0, 59);
          const street = streets[wijk] ? random.pick(streets[wijk] ?? []) : null;
          serial += 1;
          const sourceId = `PV-${year}-${String(serial).padStart(6, '0')}`;
          const occurredAt = `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          rows.push(
            nuisanceEventRow(
              { municipalityId, source: 'police', sourceId, category, wijkCode: wijk, street, occurredAt },
              random.uuid(),
              now,
            ),
          );
        }
      }
    }
  }
  return rows;
}

/** Loads the demo police records once (skipped when the municipality has police records already). */
export async function loadDemoBarometer(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  municipalityId: string,
  demo?: DemoDays,
): Promise<number> {
  const { db, clock } = deps;
  const any = await db.kysely
    .selectFrom('nuisance_event')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('source', '=', 'police')
    .limit(1)
    .executeTakeFirst();
  if (any) return 0;
  const now = clock.now().toISOString();
  const days = demo ?? (await demoDays(deps, municipalityId));
  const rows = demoBarometerEvents(municipalityId, now, days);
  await db.kysely.transaction().execute(async (trx) => {
    const repository = new NuisanceRepository(trx, db.dialect);
    await repository.insertMany(rows);
    await repository.insertImport({
      id: '6f1d2c3b-0000-4000-8000-000000002020',
      municipality_id: municipalityId,
      file_name: `demo-politie-${days.years[0]}-${days.years[1]}.csv`,
      row_count: rows.length,
      imported_by: null,
      imported_at: now,
    });
    await demoAudit({ db, clock }, municipalityId)(trx, 'demo.barometer', 'nuisance_import', null, {
      after: { count: rows.length, years: days.years },
    });
  });
  return rows.length;
}
