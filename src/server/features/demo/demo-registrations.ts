import { type FeatureCollection, featureAt, type WijkProperties } from '../../../shared/geo/wijken.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import { addDays, monthEnd } from '../../../shared/calendar/days.js';
import type { RegistrationRow } from '../registrations/registration.repository.js';
import type { DemoDays } from './demo-days.js';

/** Relative weight of activity per wijk (the centre and the station area are busier): synthetic, not real data. */
const wijkWeights: Record<string, number> = {
  '12025W01': 1.2,
  '12025W02': 0.7,
  '12025W03': 3.0,
  '12025W04': 1.4,
  '12025W05': 1.0,
  '12025W06': 0.8,
  '12025W07': 1.6,
  '12025W08': 0.6,
  '12025W09': 0.9,
  '12025W10': 1.1,
  '12025W11': 0.7,
  '12025W12': 0.5,
};

interface Spec {
  typeKey: string;
  perYear: [number, number];
  /** `later`: 0 for the previous year, 1 for the current one. */
  values: (r: SeededRandom, later: number) => Record<string, unknown>;
  /** Place the registration at a point in a wijk. */
  placed?: boolean;
  period?: 'month';
}

/**
 * What the demo's prevention department registered in a year without a subject; the previous year a little busier.
 * Meetings, activities, documents and head counts are registered on the plan's subjects
 * (demo-subject-registrations.ts).
 */
const specs: Spec[] = [
  {
    typeKey: 'advice_visit',
    perYear: [120, 170],
    placed: true,
    values: (r) => ({
      kind: r.weighted(['home', 'shop', 'victim'], [6, 2, 2]),
      outcome: r.weighted(['booked', 'done', 'reported'], [1, 3, 6]),
      hours: r.pick([1, 1.5, 2]),
    }),
  },
  {
    typeKey: 'visitors',
    perYear: [12, 12],
    period: 'month',
    values: (r, later) => ({
      visitors: r.int(90, 140) + later * 14,
      new_visitors: r.int(20, 45),
      location: 'prevention_house',
    }),
  },
];

/** A day of the year up to `lastDay` (at least 1 January): drawn over the whole year, so the year's spread stays. */
function randomDay(r: SeededRandom, year: number, lastDay: string): string | null {
  const day = addDays(`${year}-01-01`, r.int(0, 364));
  return day <= lastDay ? day : null;
}

/** A point inside a weighted wijk (`weights` per wijk code, 1 when missing): rejection sampling in its bounding box. */
export function pointIn(
  r: SeededRandom,
  wijken: FeatureCollection<WijkProperties>,
  weights: Record<string, number> = wijkWeights,
): { lat: number; lon: number; wijk: string } {
  const codes = wijken.features.map((f) => f.properties.wijk_code);
  const code = r.weighted(
    codes,
    codes.map((c) => weights[c] ?? 1),
  );
  const feature = wijken.features.find((f) => f.properties.wijk_code === code);
  const ring =
    (feature?.geometry.type === 'Polygon' ? feature.geometry.coordinates[0] : feature?.geometry.coordinates[0]?.[0]) ??
    [];
  const lons = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  for (let attempt = 0; attempt < 200; attempt++) {
    const lon = Math.min(...lons) + r.next() * (Math.max(...lons) - Math.min(...lons));
    const lat = Math.min(...lats) + r.next() * (Math.max(...lats) - Math.min(...lats));
    const hit = featureAt(wijken, lon, lat);
    if (hit?.properties.wijk_code === code) {
      return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6, wijk: code };
    }
  }
  return { lat: 51.0279, lon: 4.4794, wijk: '12025W03' };
}

/**
 * Synthetic registrations for the previous year and the current year up to today, the same on every run for the
 * same day (seeded). No real people.
 */
export function demoRegistrations(
  municipalityId: string,
  wijken: FeatureCollection<WijkProperties> | undefined,
  createdAt: string,
  days: DemoDays,
  seed = 2020,
): RegistrationRow[] {
  const r = new SeededRandom(seed);
  const rows: RegistrationRow[] = [];
  const base = (typeKey: string, occurredOn: string, values: Record<string, unknown>): RegistrationRow => ({
    id: r.uuid(),
    municipality_id: municipalityId,
    type_key: typeKey,
    occurred_on: occurredOn,
    occurred_until: null,
    category:
      typeof values.kind === 'string' ? values.kind : typeof values.location === 'string' ? values.location : null,
    status:
      typeof values.status === 'string' ? values.status : typeof values.outcome === 'string' ? values.outcome : null,
    quantity:
      typeof values.people_reached === 'number'
        ? values.people_reached
        : typeof values.visitors === 'number'
          ? values.visitors
          : typeof values.attendees === 'number'
            ? values.attendees
            : null,
    hours: typeof values.hours === 'number' ? values.hours : null,
    title: typeof values.title === 'string' ? values.title : null,
    wijk_code: null,
    lat: null,
    lon: null,
    address: null,
    values_json: JSON.stringify(values),
    source: 'demo',
    created_by: null,
    created_at: createdAt,
    updated_at: createdAt,
    deleted_at: null,
  });
  for (const [later, year] of days.years.entries()) {
    const lastDay = later === 0 ? `${year}-12-31` : days.today;
    for (const spec of specs) {
      const [min, max] = spec.perYear;
      const count = Math.max(0, r.int(min, max) - (later === 1 && spec.typeKey !== 'visitors' ? r.int(0, 2) : 0));
      for (let i = 0; i < count; i++) {
        const values = spec.values(r, later);
        if (spec.period === 'month') {
          // A month's count once the month is over.
          const start = `${year}-${String(i + 1).padStart(2, '0')}-01`;
          const end = monthEnd(start);
          if (end >= days.today) continue;
          const row = base(spec.typeKey, start, values);
          row.occurred_until = end;
          rows.push(row);
          continue;
        }
        const day = randomDay(r, year, lastDay);
        if (!day) continue;
        const row = base(spec.typeKey, day, values);
        if (spec.placed && wijken) {
          const point = pointIn(r, wijken);
          Object.assign(row, { lat: point.lat, lon: point.lon, wijk_code: point.wijk });
        }
        rows.push(row);
      }
    }
  }
  return rows;
}
