import type { Role } from '../../../shared/access/roles.js';
import { yearOf } from '../../../shared/calendar/days.js';
import { communicationBase, structuredCommunication } from '../../../shared/enforcement/structured-communication.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { SeededRandom } from '../../../shared/indicators/random.js';
import { geoFor } from '../../adapters/geo.js';
import type { GasFindingTable, GasHolderTable, GasLetterBatchTable, GasPaymentTable } from '../../db/schema.js';
import { demoAudit } from './demo-audit.js';
import type { ServiceDeps } from '../context.js';
import { AgreementService } from '../enforcement/agreements.service.js';
import { seedGasCatalogue } from '../enforcement/articles.seed.js';
import { EnforcementRepository } from '../enforcement/enforcement.repository.js';
import { collectorFor } from '../enforcement/finding-import.rows.js';
import { UserRepository } from '../users/user.repository.js';
import { UserService } from '../users/user.service.js';
import { generate, type Tenant } from './demo-enforcement-findings.js';
import { loadPlan, loadSteering } from './demo-enforcement-steering.js';
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

export const demoAssociation = { slug: 'gasam', name: 'GASAM' } as const;
export const demoPartner = { slug: 'bonheiden', name: 'Bonheiden' } as const;

/** The desk of the association and a partner's GAS officer (synthetic people, the demo's password). */
export const demoEnforcementUsers: { slug: string; email: string; displayName: string; role: Role; locale: Locale }[] =
  [
    { slug: 'gasam', email: 'gas@gasam.demo', displayName: 'Greet Sanctie', role: 'coordinator', locale: 'nl' },
    { slug: 'bonheiden', email: 'gas@bonheiden.demo', displayName: 'Bart Heiden', role: 'staff', locale: 'nl' },
  ];

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
  // The association works with the members' common regulation: the same catalogue (its desk filters on it).
  for (const tenantId of [mechelenId, partnerId, associationId]) await seedGasCatalogue(deps, tenantId);

  const findings = await loadFindings(deps, days, [
    { municipalityId: mechelenId, count: 2_600, cameras: true, prefix: 'MEC', city: 'Mechelen', postal: '2800' },
    { municipalityId: partnerId, count: 240, cameras: false, prefix: 'BON', city: 'Bonheiden', postal: '2820' },
  ]);
  await loadSteering(deps, mechelenId, days);
  await loadPlan(deps, mechelenId, days);
  return { findings, createdUsers };
}

async function loadFindings(deps: Deps, days: DemoDays, tenants: Tenant[]): Promise<number> {
  const { db, clock } = deps;
  const repository = new EnforcementRepository(db.kysely);
  const now = clock.now().toISOString();
  const wijken = geoFor('mechelen')?.wijken;
  let written = 0;
  // The collector's batches by kind and day: a member's letters join the batch the desk sent that day.
  const sent = new Map<string, GasLetterBatchTable>();
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
      const collectorOf = new Map<string, string>();
      for (const finding of generated.findings) {
        const collector = collectorFor(tenant.municipalityId, agreements, finding.observed_on);
        collectorOf.set(finding.id, collector);
        const key = `${collector}|${yearOf(finding.observed_on)}`;
        groups.set(key, [...(groups.get(key) ?? []), finding]);
      }
      // The letters and the bank account are the collector's (the association, by agreement): its desk sees them.
      const batchCollector = new Map<string, string>();
      for (const step of generated.steps) {
        const collector = step.batch_id ? collectorOf.get(step.finding_id) : undefined;
        if (step.batch_id && collector) batchCollector.set(step.batch_id, collector);
      }
      for (const batch of generated.batches) {
        batch.municipality_id = batchCollector.get(batch.id) ?? batch.municipality_id;
      }
      const collectorNow = collectorFor(tenant.municipalityId, agreements, days.today);
      for (const payment of generated.payments) {
        payment.municipality_id = (payment.finding_id && collectorOf.get(payment.finding_id)) || collectorNow;
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
      const merged = new Map<string, string>();
      const fresh: GasLetterBatchTable[] = [];
      for (const batch of generated.batches) {
        const key = `${batch.municipality_id}|${batch.kind}|${batch.created_on}`;
        const earlier = sent.get(key);
        if (!earlier) {
          sent.set(key, batch);
          fresh.push(batch);
          continue;
        }
        earlier.letters += batch.letters;
        merged.set(batch.id, earlier.id);
        await trx
          .updateTable('gas_letter_batch')
          .set({ letters: earlier.letters })
          .where('id', '=', earlier.id)
          .execute();
      }
      for (const step of generated.steps) if (step.batch_id) step.batch_id = merged.get(step.batch_id) ?? step.batch_id;
      for (const finding of generated.findings) {
        const batchId = finding.notification_batch_id;
        if (batchId) finding.notification_batch_id = merged.get(batchId) ?? batchId;
      }
      await insertAll(trx, 'gas_letter_batch', fresh);
      await insertAll(trx, 'gas_holder', generated.holders);
      await inTrx.insertFindings(generated.findings);
      await inTrx.insertSteps(generated.steps);
      await insertAll(trx, 'gas_payment', generated.payments);
      await demoAudit({ db, clock }, tenant.municipalityId)(trx, 'demo.gas_findings', 'gas_finding', null, {
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
