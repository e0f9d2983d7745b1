import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonths,
  DEFAULT_TIME_ZONE,
  daysBetween,
  isoWeekday,
  timeOf,
  yearOf,
} from '../../../shared/calendar/days.js';
import { readPlate } from '../../../shared/enforcement/plate.js';
import type { FeatureCollection, WijkProperties } from '../../../shared/geo/wijken.js';
import type { SeededRandom } from '../../../shared/indicators/random.js';
import type {
  GasArticleTable,
  GasFindingStepTable,
  GasFindingTable,
  GasHolderTable,
  GasLetterBatchTable,
  GasPaymentTable,
} from '../../db/schema.js';
import { notYetProcessed } from '../enforcement/enforcement.repository.js';
import { walk } from './demo-enforcement-walk.js';
import { pointIn } from './demo-registrations.js';
import type { DemoDays } from './demo-days.js';

/**
 * The demo's GAS findings of one tenant, generated in memory (demo-enforcement.ts writes them): where, when and by
 * whom each was found, its plate and holder, and — walked through the procedure (demo-enforcement-walk.ts) — its
 * steps, letter batches and payments.
 */

const timeZone = DEFAULT_TIME_ZONE;

/** The camera gates of the low-traffic centre (all inside the Centrum wijk, 12025W03). */
export const demoGates = [
  { street: 'Hoogstraat', lat: 51.0225, lon: 4.4715, article: 'C3', weight: 0.35 },
  { street: 'Adegemstraat', lat: 51.03, lon: 4.4855, article: 'C3', weight: 0.3 },
  { street: 'Onze-Lieve-Vrouwestraat', lat: 51.0235, lon: 4.479, article: 'C3', weight: 0.35 },
  { street: 'Bruul', lat: 51.0315, lon: 4.4805, article: 'F103', weight: 1 },
] as const;
export const demoCentreWijk = '12025W03';

/** Relative weight of each hour of the day for a camera: the morning and evening rush. */
const cameraHours = [
  0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.6, 4.2, 4.6, 2.0, 1.2, 1.2, 1.5, 1.2, 1.2, 1.8, 3.8, 4.4, 2.2, 1.2, 0.8, 0.6, 0.4,
  0.3,
];
const hours = Array.from({ length: 24 }, (_, h) => h);

const mechelenStreets = [
  'Grote Markt',
  'IJzerenleen',
  'Befferstraat',
  'Keizerstraat',
  'Leopoldstraat',
  'Schuttersvest',
  'Hendrik Consciencestraat',
  'Frederik de Merodestraat',
  'Nekkerspoelstraat',
  'Brusselsesteenweg',
  'Tervuursesteenweg',
  'Liersesteenweg',
  'Antwerpsesteenweg',
  'Koningin Astridlaan',
];
const partnerStreets = ['Dorp', 'Putsesteenweg', 'Mechelsesteenweg', 'Rijmenamseweg', 'Hanswijkstraat'];

type Source = 'camera' | 'police' | 'guard';

export interface Generated {
  findings: GasFindingTable[];
  steps: GasFindingStepTable[];
  holders: GasHolderTable[];
  payments: GasPaymentTable[];
  batches: GasLetterBatchTable[];
}

export interface Tenant {
  municipalityId: string;
  count: number;
  cameras: boolean;
  prefix: string;
  city: string;
  postal: string;
}

export interface Catalogue {
  articles: GasArticleTable[];
  amountOf: (category: string, day: string) => number | null;
  wijken: FeatureCollection<WijkProperties> | undefined;
  now: string;
}

const letters = 'ABCDEFGHJKLMNPRSTVWXYZ';

function plateOf(r: SeededRandom): { plate: string; country: string } {
  const roll = r.next();
  const text =
    roll < 0.9
      ? `${r.int(1, 2)}${r.pick([...letters])}${r.pick([...letters])}${r.pick([...letters])}${r.int(100, 999)}`
      : roll < 0.96
        ? `${r.pick([...letters])}${r.pick([...letters])}${r.int(10, 99)}${r.pick([...letters])}${r.pick([...letters])}`
        : `${r.pick([...letters])}${r.pick([...letters])}${r.int(100, 999)}${r.pick([...letters])}`;
  const country = roll < 0.9 ? 'BE' : roll < 0.96 ? 'NL' : 'FR';
  const reading = readPlate(text, country);
  return reading.ok ? { plate: reading.plate, country } : { plate: '1-ABC-123', country: 'BE' };
}

export function generate(r: SeededRandom, tenant: Tenant, days: DemoDays, catalogue: Catalogue): Generated {
  const byCode = new Map(catalogue.articles.map((a) => [a.code, a]));
  const article = (code: string) => {
    const found = byCode.get(code);
    if (!found) throw new Error(`demo catalogue misses ${code}`);
    return found;
  };
  const out: Generated = { findings: [], steps: [], holders: [], payments: [], batches: [] };
  const batches = new Map<string, GasLetterBatchTable>();
  const batch = (kind: 'notification' | 'reminder' | 'decision', day: string): string => {
    const key = `${kind}|${day}`;
    let row = batches.get(key);
    if (!row) {
      row = {
        id: randomUUID(),
        municipality_id: tenant.municipalityId,
        kind,
        letters: 0,
        docx_file_id: null,
        pdf_file_id: null,
        created_on: day,
        created_by: null,
        created_at: catalogue.now,
      };
      batches.set(key, row);
    }
    row.letters++;
    return row.id;
  };
  const holders = new Map<string, string>();
  const span = daysBetween(days.first, days.today);
  const drafts: { day: string; hour: number; source: Source; code: string; place: Place }[] = [];
  while (drafts.length < tenant.count) {
    const day = addDays(days.first, r.int(0, span));
    const weekday = isoWeekday(day);
    if (r.next() > (weekday === 7 ? 0.45 : weekday === 6 ? 0.75 : 1)) continue;
    drafts.push(draftOf(r, tenant, catalogue, day));
  }
  drafts.sort((a, b) => a.day.localeCompare(b.day) || a.hour - b.hour);
  const sequence = new Map<number, number>();
  for (const draft of drafts) {
    const year = yearOf(draft.day);
    const n = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, n);
    const a = article(draft.code);
    const minute = r.int(0, 59);
    const at = localMomentOf(draft.day, draft.hour, minute, r.int(0, 59));
    const local = timeOf(at, timeZone);
    const { plate, country } = plateOf(r);
    const id = randomUUID();
    const finding: GasFindingTable = {
      id,
      municipality_id: tenant.municipalityId,
      reference: `${tenant.prefix}-${year}-${String(n).padStart(6, '0')}`,
      observed_at: at.toISOString(),
      observed_on: local.day,
      observed_hour: local.hour,
      observed_weekday: local.weekday,
      article_id: a.id,
      article_code: a.code,
      category: a.category,
      plate,
      plate_country: country,
      street: draft.place.street,
      house_number: draft.source === 'camera' ? null : String(r.int(1, 180)),
      lat: draft.place.lat,
      lon: draft.place.lon,
      wijk_code: draft.place.wijk,
      observer:
        draft.source === 'camera'
          ? `ANPR ${draft.place.street}`
          : draft.source === 'police'
            ? `INP-${r.int(1, 24)}`
            : `GW-${r.int(1, 9)}`,
      source: draft.source,
      photos: draft.source === 'camera' ? 2 : r.int(0, 3),
      import_id: null,
      amount_cents: catalogue.amountOf(a.category, local.day),
      structured_communication: '',
      prescription_on: addMonths(local.day, a.prescription_months),
      ...notYetProcessed,
      created_by: null,
      created_at: catalogue.now,
      updated_at: catalogue.now,
    };
    out.findings.push(finding);
    walk(r, finding, a, days.today, {
      step: (key, day, outcome = null, batchId = null) =>
        out.steps.push({
          id: randomUUID(),
          municipality_id: tenant.municipalityId,
          finding_id: id,
          step_key: key,
          done_on: day,
          outcome,
          batch_id: batchId,
          note: null,
          created_by: null,
          created_at: catalogue.now,
        }),
      batch,
      holder: () => {
        const known = holders.get(`${country}|${plate}`);
        if (known) return known;
        const holderId = randomUUID();
        holders.set(`${country}|${plate}`, holderId);
        out.holders.push({
          id: holderId,
          municipality_id: tenant.municipalityId,
          plate,
          plate_country: country,
          full_name: `Demohouder ${String(out.holders.length + 1).padStart(4, '0')}`,
          address_line: `Demostraat ${r.int(1, 200)}`,
          postal_code: tenant.postal,
          city: tenant.city,
          country,
          language: country === 'FR' || r.next() < 0.12 ? 'fr' : 'nl',
          import_id: null,
          erased_at: null,
          created_at: catalogue.now,
        });
        return holderId;
      },
      pay: (day, cents, match) =>
        out.payments.push({
          id: randomUUID(),
          municipality_id: tenant.municipalityId,
          import_id: null,
          entry_reference: `${tenant.prefix}-PAY-${String(out.payments.length + 1).padStart(6, '0')}`,
          booked_on: day,
          amount_cents: cents,
          structured_communication: null,
          communication: null,
          finding_id: id,
          match,
          created_at: catalogue.now,
        }),
    });
  }
  // A few transfers without a usable communication: the desk's "unmatched" list.
  for (let i = 0; i < Math.max(2, Math.round(tenant.count / 400)); i++) {
    out.payments.push({
      id: randomUUID(),
      municipality_id: tenant.municipalityId,
      import_id: null,
      entry_reference: `${tenant.prefix}-PAY-X${String(i + 1).padStart(4, '0')}`,
      booked_on: addDays(days.today, -r.int(1, 60)),
      amount_cents: r.pick([5_800, 11_600]),
      structured_communication: null,
      communication: r.pick(['GAS boete', 'nummerplaat 1-ABC-123', 'betaling parkeren']),
      finding_id: null,
      match: 'unmatched',
      created_at: catalogue.now,
    });
  }
  out.batches = [...batches.values()].filter((b) => b.created_on <= days.today);
  return out;
}

interface Place {
  street: string | null;
  lat: number | null;
  lon: number | null;
  wijk: string | null;
}

function draftOf(
  r: SeededRandom,
  tenant: Tenant,
  catalogue: Catalogue,
  day: string,
): { day: string; hour: number; source: Source; code: string; place: Place } {
  const roll = r.next();
  const jitter = () => (r.next() - 0.5) * 0.0004;
  if (tenant.cameras && roll < 0.55) {
    const f103 = r.next() < 0.25;
    const gates = demoGates.filter((g) => (g.article === 'F103') === f103);
    const gate = r.weighted(
      gates,
      gates.map((g) => g.weight),
    );
    return {
      day,
      hour: r.weighted(hours, cameraHours),
      source: 'camera',
      code: gate.article,
      place: {
        street: gate.street,
        lat: Math.round((gate.lat + jitter()) * 1e6) / 1e6,
        lon: Math.round((gate.lon + jitter()) * 1e6) / 1e6,
        wijk: demoCentreWijk,
      },
    };
  }
  const place = (): Place => {
    const streets = tenant.cameras ? mechelenStreets : partnerStreets;
    if (!catalogue.wijken) return { street: r.pick(streets), lat: null, lon: null, wijk: null };
    const point = pointIn(r, catalogue.wijken);
    return { street: r.pick(streets), lat: point.lat, lon: point.lon, wijk: point.wijk };
  };
  const rest = r.next();
  if (rest < 0.5) {
    return {
      day,
      hour: r.int(8, 19),
      source: 'police',
      code: r.pick(['KB 2014 art. 2.1', 'KB 2014 art. 2.4', 'KB 2014 art. 3.1', 'KB 2014 art. 3.2']),
      place: place(),
    };
  }
  if (rest < 0.85) {
    return {
      day,
      hour: r.int(9, 18),
      source: 'guard',
      code: r.pick(['KB 2014 art. 2.1', 'KB 2014 art. 2.1', 'KB 2014 art. 2.4', 'ABP art. 6', 'ABP art. 26']),
      place: place(),
    };
  }
  const night = r.next() < 0.5;
  return {
    day,
    hour: night ? r.pick([22, 23, 0, 1, 2]) : r.int(10, 22),
    source: 'police',
    code: night ? 'ABP art. 50' : r.pick(['ABP art. 18', 'ABP art. 102']),
    place: place(),
  };
}

function localMomentOf(day: string, hour: number, minute: number, second: number): Date {
  // The wall clock of the municipality: try the UTC offsets Belgium uses (+1 winter, +2 summer).
  for (const offset of [2, 1]) {
    const guess = new Date(Date.parse(`${day}T00:00:00Z`) + ((hour - offset) * 60 + minute) * 60_000 + second * 1000);
    const local = timeOf(guess, timeZone);
    if (local.day === day && local.hour === hour) return guess;
  }
  return new Date(Date.parse(`${day}T00:00:00Z`) + ((hour - 1) * 60 + minute) * 60_000);
}
