import { randomUUID } from 'node:crypto';
import type { Role } from '../../../shared/access/roles.js';
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
import { steeringRegisterKey, type SteeringKind } from '../../../shared/enforcement/steering-register.js';
import { communicationBase, structuredCommunication } from '../../../shared/enforcement/structured-communication.js';
import type { FeatureCollection, WijkProperties } from '../../../shared/geo/wijken.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import { geoFor } from '../../adapters/geo.js';
import type {
  GasArticleTable,
  GasFindingStepTable,
  GasFindingTable,
  GasHolderTable,
  GasLetterBatchTable,
  GasPaymentTable,
  SubjectTable,
} from '../../db/schema.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ServiceDeps } from '../context.js';
import { AgreementService } from '../enforcement/agreements.service.js';
import { seedGasCatalogue } from '../enforcement/articles.seed.js';
import { EnforcementRepository } from '../enforcement/enforcement.repository.js';
import { collectorFor } from '../enforcement/finding-import.rows.js';
import { SteeringRepository } from '../enforcement/steering.repository.js';
import { SteeringService } from '../enforcement/steering.service.js';
import { derivedRegistrationId, featureRegistrationRow } from '../registrations/feature-registration.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';
import { SubjectRepository } from '../subjects/subjects.repository.js';
import { UserRepository } from '../users/user.repository.js';
import { UserService } from '../users/user.service.js';
import { pointIn } from './demo-registrations.js';
import type { DemoDays } from './demo-days.js';

/**
 * The demo's enforcement at volume (issue 18), synthetic and seeded: the association GASAM (a tenant of kind
 * `association`) to which Mechelen and a small partner municipality entrusted their GAS cases two years ago; the
 * offence catalogue (features/enforcement/articles.seed.ts); two years of findings — a few thousand in Mechelen, with
 * the low-traffic centre's cameras (C3, F103) at four gates of the Centrum wijk peaking at the rush hours, and a few
 * hundred in the partner — each walked through the procedure as far as its age allows (holder identified,
 * notification in a weekly letter batch, payment or decision, reminder, mediation, appeal, closing), with structured
 * communications from the collector's sequence and a matched bank payment for every paid finding; the steering
 * group's registrations (meetings, feedback, policy proposals) and the enforcement plan signed by city, police and
 * prosecutor. Everything is generated in memory and written in batches in one transaction.
 */

const timeZone = DEFAULT_TIME_ZONE;

export const demoAssociation = { slug: 'gasam', name: 'GASAM' } as const;
export const demoPartner = { slug: 'bonheiden', name: 'Bonheiden' } as const;

/** The desk of the association and a partner's GAS officer (synthetic people, the demo's password). */
export const demoEnforcementUsers: { slug: string; email: string; displayName: string; role: Role; locale: Locale }[] =
  [
    { slug: 'gasam', email: 'gas@gasam.demo', displayName: 'Greet Sanctie', role: 'coordinator', locale: 'nl' },
    { slug: 'bonheiden', email: 'gas@bonheiden.demo', displayName: 'Bart Heiden', role: 'staff', locale: 'nl' },
  ];

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

interface Generated {
  findings: GasFindingTable[];
  steps: GasFindingStepTable[];
  holders: GasHolderTable[];
  payments: GasPaymentTable[];
  batches: GasLetterBatchTable[];
}

export interface DemoEnforcementResult {
  findings: number;
  createdUsers: string[];
}

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'hasher'>;

export async function loadDemoEnforcement(
  deps: Deps,
  mechelenId: string,
  days: DemoDays,
  password: string,
): Promise<DemoEnforcementResult> {
  const users = new UserService(deps);
  const { municipalityId: associationId } = await users.ensureMunicipality(demoAssociation.slug, demoAssociation.name);
  const { municipalityId: partnerId } = await users.ensureMunicipality(demoPartner.slug, demoPartner.name);
  const accounts = new UserRepository(deps.db.kysely);
  const createdUsers: string[] = [];
  for (const { slug, ...user } of demoEnforcementUsers) {
    if (await accounts.emailExists(user.email)) continue;
    await users.createWithMunicipality(slug, { ...user, password });
    createdUsers.push(user.email);
  }

  // The association and its agreements, signed two years ago.
  const agreements = new AgreementService(deps);
  await agreements.setKind(associationId, 'association');
  const repository = new EnforcementRepository(deps.db.kysely);
  if ((await repository.agreementsOf(associationId)).length === 0) {
    const desk = { userId: '', role: 'admin' as const, municipalityId: associationId, email: 'demo' };
    for (const memberSlug of ['mechelen', demoPartner.slug]) {
      await agreements.create(desk, {
        memberSlug,
        validFrom: `${days.year - 2}-01-01`,
        validTo: null,
        signedOn: `${days.year - 3}-11-24`,
      });
    }
  }
  await seedGasCatalogue(deps, mechelenId);
  await seedGasCatalogue(deps, partnerId);

  const findings = await loadFindings(deps, days, [
    { municipalityId: mechelenId, count: 2_600, cameras: true, prefix: 'MEC', city: 'Mechelen', postal: '2800' },
    { municipalityId: partnerId, count: 240, cameras: false, prefix: 'BON', city: 'Bonheiden', postal: '2820' },
  ]);
  await loadSteering(deps, mechelenId, days);
  await loadPlan(deps, mechelenId, days);
  return { findings, createdUsers };
}

interface Tenant {
  municipalityId: string;
  count: number;
  cameras: boolean;
  prefix: string;
  city: string;
  postal: string;
}

async function loadFindings(deps: Deps, days: DemoDays, tenants: Tenant[]): Promise<number> {
  const { db, clock } = deps;
  const repository = new EnforcementRepository(db.kysely);
  const now = clock.now().toISOString();
  const wijken = geoFor('mechelen')?.wijken;
  let written = 0;
  for (const [index, tenant] of tenants.entries()) {
    const first = `${tenant.prefix}-${days.years[0]}-000001`;
    if ((await repository.existingReferences(tenant.municipalityId, [first])).size > 0) continue;
    const articles = await repository.articles(tenant.municipalityId);
    const amounts = await repository.amounts(tenant.municipalityId);
    const agreements = await repository.agreementsOfMember(tenant.municipalityId);
    const generated = generate(new SeededRandom(2014_03_09 + index), tenant, days, {
      articles,
      amountOf: (category, day) =>
        amounts.find((a) => a.category === category && a.valid_from <= day && (!a.valid_to || day <= a.valid_to))
          ?.amount_cents ?? null,
      wijken: tenant.cameras ? wijken : undefined,
      now,
    });
    await db.kysely.transaction().execute(async (trx) => {
      const inTrx = new EnforcementRepository(trx);
      // Structured communications: the collector's sequence per year of the facts, allocated in one step per group.
      const groups = new Map<string, GasFindingTable[]>();
      for (const finding of generated.findings) {
        const key = `${collectorFor(tenant.municipalityId, agreements, finding.observed_on)}|${yearOf(finding.observed_on)}`;
        groups.set(key, [...(groups.get(key) ?? []), finding]);
      }
      for (const [key, group] of groups) {
        const [collector = tenant.municipalityId, year = '0'] = key.split('|');
        let sequence = await inTrx.allocateSequence(collector, Number(year), group.length);
        for (const finding of group) {
          finding.structured_communication = structuredCommunication(communicationBase(Number(year), sequence++));
        }
      }
      const byId = new Map(generated.findings.map((f) => [f.id, f]));
      for (const payment of generated.payments) {
        const finding = payment.finding_id ? byId.get(payment.finding_id) : undefined;
        if (finding) payment.structured_communication = finding.structured_communication;
      }
      await insertAll(trx, 'gas_letter_batch', generated.batches);
      await insertAll(trx, 'gas_holder', generated.holders);
      await inTrx.insertFindings(generated.findings);
      await inTrx.insertSteps(generated.steps);
      await insertAll(trx, 'gas_payment', generated.payments);
      await recordAudit(trx, db.dialect, clock, {
        municipalityId: tenant.municipalityId,
        actor: { userId: null, email: 'demo' },
        action: 'demo.gas_findings',
        entity: 'gas_finding',
        entityId: null,
        after: {
          findings: generated.findings.length,
          steps: generated.steps.length,
          payments: generated.payments.length,
          letter_batches: generated.batches.length,
        },
      });
    });
    written += generated.findings.length;
  }
  return written;
}

async function insertAll(
  trx: Deps['db']['kysely'],
  table: 'gas_letter_batch' | 'gas_holder' | 'gas_payment',
  rows: readonly (GasLetterBatchTable | GasHolderTable | GasPaymentTable)[],
): Promise<void> {
  for (let at = 0; at < rows.length; at += 800) {
    // Each table's own rows; the union keeps one helper for the three.
    await trx
      .insertInto(table)
      .values(rows.slice(at, at + 800))
      .execute();
  }
}

interface Catalogue {
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

/** The next day on or after `day` that is the given ISO weekday (the post room's batch days). */
const onOrAfter = (day: string, weekday: number) => addDays(day, (weekday - isoWeekday(day) + 7) % 7);

function generate(r: SeededRandom, tenant: Tenant, days: DemoDays, catalogue: Catalogue): Generated {
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
      status: 'found',
      amount_cents: catalogue.amountOf(a.category, local.day),
      structured_communication: '',
      prescription_on: addMonths(local.day, a.prescription_months),
      holder_id: null,
      notified_on: null,
      notification_batch_id: null,
      defence_until: null,
      decision: null,
      decided_on: null,
      paid_cents: 0,
      paid_on: null,
      reminder_on: null,
      appeal_on: null,
      appeal_outcome: null,
      closed_on: null,
      close_reason: null,
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

interface Recorder {
  step: (key: string, day: string, outcome?: string | null, batchId?: string | null) => void;
  batch: (kind: 'notification' | 'reminder' | 'decision', day: string) => string;
  holder: () => string;
  pay: (day: string, cents: number, match: 'matched' | 'partial') => void;
}

/**
 * Walks one finding through the procedure as far as its age allows, writing each step with the status columns the
 * procedure gives it (src/shared/enforcement/procedure.ts: statusAfterStep), never past today.
 */
function walk(r: SeededRandom, f: GasFindingTable, article: GasArticleTable, today: string, rec: Recorder): void {
  const close = (day: string, reason: string) => {
    f.status = 'closed';
    f.closed_on = day;
    f.close_reason = reason;
  };
  const paid = (day: string, cents: number) => {
    rec.step('paid', day);
    rec.pay(day, cents, 'matched');
    f.paid_cents = cents;
    f.paid_on = day;
    close(day, 'paid');
  };
  const identifiedOn = addDays(f.observed_on, r.int(4, 9));
  if (identifiedOn > today) return;
  const foreign = f.plate_country !== 'BE';
  if (r.next() < (foreign ? 0.7 : 0.03)) {
    rec.step('holder_identified', identifiedOn, 'not_found');
    close(identifiedOn, 'unidentified');
    return;
  }
  rec.step('holder_identified', identifiedOn, 'found');
  f.holder_id = rec.holder();
  f.status = 'identified';

  const notifiedOn = onOrAfter(addDays(identifiedOn, 2), 2);
  if (notifiedOn > today) return;
  const notice = rec.batch('notification', notifiedOn);
  rec.step('notified', notifiedOn, null, notice);
  f.status = 'notified';
  f.notified_on = notifiedOn;
  f.notification_batch_id = notice;
  f.defence_until = addDays(notifiedOn, 15);

  // Most pay the proposed fixed amount within the defence period (not for ABP: its amount is decided).
  if (f.amount_cents !== null && r.next() < 0.62) {
    const day = addDays(notifiedOn, r.int(2, 14));
    if (day <= today) paid(day, f.amount_cents);
    return;
  }
  const defence = r.next() < 0.1;
  if (defence) {
    const day = addDays(notifiedOn, r.int(3, 12));
    if (day > today) return;
    rec.step('defence_received', day);
  }
  const decidedOn = onOrAfter(addDays(f.defence_until, 1), 4);
  if (decidedOn > today) return;
  const roll = r.next();
  const outcome =
    defence && roll < 0.4
      ? 'dismissal'
      : article.mediation === 1 && roll < 0.3
        ? 'mediation'
        : roll > 0.93
          ? 'dismissal'
          : 'fine';
  rec.step('decided', decidedOn, outcome, rec.batch('decision', decidedOn));
  f.decision = outcome;
  f.decided_on = decidedOn;
  if (outcome === 'dismissal') {
    close(decidedOn, 'dismissed');
    return;
  }
  if (outcome === 'mediation') {
    f.status = 'mediation';
    const day = addDays(decidedOn, r.int(30, 60));
    if (day > today) return;
    rec.step('mediation_result', day, 'succeeded');
    close(day, 'mediated');
    return;
  }
  f.status = 'decided';
  if (f.amount_cents === null) f.amount_cents = r.pick([5_000, 7_500, 10_000]);
  const amount = f.amount_cents;
  const next = r.next();
  if (next < 0.03) {
    const day = addDays(decidedOn, r.int(5, 25));
    if (day > today) return;
    rec.step('appealed', day, 'pending');
    f.appeal_on = day;
    f.appeal_outcome = 'pending';
    return;
  }
  if (next < 0.06) {
    // A partial transfer: the rest is still due.
    const day = addDays(decidedOn, r.int(3, 25));
    if (day > today) return;
    const part = Math.round(amount / 2);
    rec.pay(day, part, 'partial');
    f.paid_cents = part;
    f.paid_on = day;
    return;
  }
  if (next < 0.75) {
    const day = addDays(decidedOn, r.int(3, 28));
    if (day <= today) paid(day, amount);
    return;
  }
  const remindedOn = onOrAfter(addDays(decidedOn, 31), 2);
  if (remindedOn > today) return;
  rec.step('reminded', remindedOn, null, rec.batch('reminder', remindedOn));
  f.status = 'reminded';
  f.reminder_on = remindedOn;
  if (r.next() < 0.45) {
    const day = addDays(remindedOn, r.int(4, 25));
    if (day <= today) paid(day, amount);
    return;
  }
  const collection = addDays(remindedOn, 60);
  if (collection <= today) close(collection, 'collection');
}

/** The steering group's registrations: meetings (≥ 6 a year), feedback to the finders, policy proposals. */
async function loadSteering(deps: Deps, municipalityId: string, days: DemoDays): Promise<void> {
  const { db, clock } = deps;
  if ((await new SteeringRepository(db.kysely).recent(municipalityId, 1)).length > 0) return;
  const subject = await steeringSubject(db.kysely, municipalityId);
  const now = clock.now().toISOString();
  const r = new SeededRandom(2015_06_01);
  const plan: { kind: SteeringKind; month: number; title: string }[] = [
    { kind: 'meeting', month: 1, title: 'Stuurgroep: jaarplanning en cijfers vorig jaar' },
    { kind: 'meeting', month: 3, title: 'Stuurgroep: camera’s autoluwe binnenstad' },
    { kind: 'feedback', month: 3, title: 'Feedback vaststellers: volledigheid van de pv’s' },
    { kind: 'meeting', month: 5, title: 'Stuurgroep: parkeerdruk stationsomgeving' },
    { kind: 'policy_proposal', month: 5, title: 'Voorstel: extra laad- en loszones in de Bruul' },
    { kind: 'meeting', month: 6, title: 'Stuurgroep: evaluatie eerste halfjaar' },
    { kind: 'feedback', month: 7, title: 'Feedback vaststellers: foto’s bij parkeerinbreuken' },
    { kind: 'meeting', month: 9, title: 'Stuurgroep: schoolomgevingen na de zomer' },
    { kind: 'meeting', month: 10, title: 'Stuurgroep: nachtlawaai en horeca' },
    { kind: 'policy_proposal', month: 10, title: 'Voorstel: gespreide leveringsuren voetgangerszone' },
    { kind: 'feedback', month: 11, title: 'Feedback vaststellers: nieuwe artikels ABP' },
    { kind: 'meeting', month: 12, title: 'Stuurgroep: jaarrapport GASAM en geschakeld beleid' },
  ];
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
  await db.kysely.transaction().execute(async (trx) => {
    await new RegistrationRepository(trx).insertMany(rows);
    await recordAudit(trx, db.dialect, clock, {
      municipalityId,
      actor: { userId: null, email: 'demo' },
      action: 'demo.registrations',
      entity: 'registration',
      entityId: null,
      after: { count: rows.length, register: steeringRegisterKey },
    });
  });
}

/** The one active subject of the steering register (proposed by the plan import), if any. */
async function steeringSubject(db: Deps['db']['kysely'], municipalityId: string): Promise<string | null> {
  const subjects = (await new SubjectRepository(db).list(municipalityId, { typeKey: steeringRegisterKey })).filter(
    (s) => s.active === 1 && !s.merged_into_id,
  );
  return subjects.length === 1 ? (subjects[0]?.id ?? null) : null;
}

/** The plan's `document` subject of a signed enforcement plan ("… ondertekend handhavingsplan"), if the plan has one. */
export function demoEnforcementPlanSubject(subjects: readonly SubjectTable[]): SubjectTable | undefined {
  return subjects.find(
    (s) =>
      s.type_key === 'document' && s.active === 1 && /ondertekend.*handh?avingsplan/.test(s.key) && !s.merged_into_id,
  );
}

/** The enforcement plan signed by city, police and prosecutor last year, in force up to the end of the plan period. */
async function loadPlan(deps: Deps, municipalityId: string, days: DemoDays): Promise<void> {
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
