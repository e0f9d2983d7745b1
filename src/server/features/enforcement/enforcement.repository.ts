import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type {
  Database,
  GasAgreementTable,
  GasAmountTable,
  GasArticleTable,
  GasFindingStepTable,
  GasFindingTable,
} from '../../db/schema.js';

/**
 * The core of enforcement at volume (issue 18): whose findings a tenant sees (its own, and those of the
 * municipalities that entrusted it by a dated agreement), the offence catalogue, the structured-communication
 * sequence, and writing findings and their steps in chunks. The feature's other repositories (intake, procedure,
 * payments, analysis) build on these.
 */

/** One part of what a tenant may see: its own findings (no dates), or a member's between two days of the facts. */
export interface ScopePart {
  municipalityId: string;
  from: string | null;
  to: string | null;
}

/** Rows per INSERT: gas_finding has ~45 columns, SQLite allows 32,766 bound values and PostgreSQL 65,535. */
const chunkRows = 500;

/** The procedure columns of a finding no step has touched yet: found, no holder, letter, decision or payment. */
export const notYetProcessed = {
  status: 'found',
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
} as const satisfies Partial<GasFindingTable>;

export class EnforcementRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The agreements of an association (its tenant id), or those naming a member, newest first. */
  agreementsOf(associationId: string): Promise<GasAgreementTable[]> {
    return this.db
      .selectFrom('gas_agreement')
      .selectAll()
      .where('municipality_id', '=', associationId)
      .orderBy('member_municipality_id')
      .orderBy('valid_from', 'desc')
      .execute();
  }

  agreementsOfMember(memberId: string): Promise<GasAgreementTable[]> {
    return this.db
      .selectFrom('gas_agreement')
      .selectAll()
      .where('member_municipality_id', '=', memberId)
      .orderBy('valid_from', 'desc')
      .execute();
  }

  /**
   * What a tenant sees: its own findings, and the findings of each member that entrusted it, for facts within the
   * agreement's dates. A member sees only its own (an agreement gives nothing back the other way).
   */
  async scopeOf(tenantId: string): Promise<ScopePart[]> {
    const agreements = await this.agreementsOf(tenantId);
    return [
      { municipalityId: tenantId, from: null, to: null },
      ...agreements.map((a) => ({ municipalityId: a.member_municipality_id, from: a.valid_from, to: a.valid_to })),
    ];
  }

  /**
   * The party that collects the money for a finding in `municipalityId` on `day`: the association whose agreement
   * covers that day, else the municipality itself. Its sequence numbers the structured communications, so they are
   * unique on the account the payments arrive on.
   */
  async collectorOf(municipalityId: string, day: string): Promise<string> {
    const agreement = await this.db
      .selectFrom('gas_agreement')
      .select('municipality_id')
      .where('member_municipality_id', '=', municipalityId)
      .where('valid_from', '<=', day)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]))
      .orderBy('valid_from', 'desc')
      .executeTakeFirst();
    return agreement?.municipality_id ?? municipalityId;
  }

  /**
   * Takes `count` numbers from the collector's sequence of `year` and returns the first; atomic on both databases
   * (one upsert: PostgreSQL serialises it on the row, SQLite's write transaction holds the database).
   */
  async allocateSequence(collectorId: string, year: number, count: number): Promise<number> {
    const row = await this.db
      .insertInto('gas_sequence')
      .values({ municipality_id: collectorId, year, next_value: count + 1 })
      .onConflict((oc) =>
        oc
          .columns(['municipality_id', 'year'])
          .doUpdateSet({ next_value: sql<number>`gas_sequence.next_value + ${count}` }),
      )
      .returning('next_value')
      .executeTakeFirstOrThrow();
    return Number(row.next_value) - count;
  }

  articles(municipalityId: string): Promise<GasArticleTable[]> {
    return this.db
      .selectFrom('gas_article')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('regulation')
      .orderBy('code')
      .orderBy('valid_from')
      .execute();
  }

  amounts(municipalityId: string): Promise<GasAmountTable[]> {
    return this.db
      .selectFrom('gas_amount')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('category')
      .orderBy('valid_from')
      .execute();
  }

  async insertFindings(rows: readonly GasFindingTable[]): Promise<void> {
    for (let at = 0; at < rows.length; at += chunkRows) {
      await this.db
        .insertInto('gas_finding')
        .values(rows.slice(at, at + chunkRows))
        .execute();
    }
  }

  async insertSteps(rows: readonly GasFindingStepTable[]): Promise<void> {
    for (let at = 0; at < rows.length; at += chunkRows * 2) {
      await this.db
        .insertInto('gas_finding_step')
        .values(rows.slice(at, at + chunkRows * 2))
        .execute();
    }
  }

  /** The references among `references` that a municipality already holds (a repeated row counts once). */
  async existingReferences(municipalityId: string, references: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let at = 0; at < references.length; at += 5_000) {
      const rows = await this.db
        .selectFrom('gas_finding')
        .select('reference')
        .where('municipality_id', '=', municipalityId)
        .where('reference', 'in', references.slice(at, at + 5_000))
        .execute();
      for (const row of rows) found.add(row.reference);
    }
    return found;
  }

  /** One municipality's finding by its finder's reference (unique per municipality). */
  findingByReference(municipalityId: string, reference: string): Promise<GasFindingTable | undefined> {
    return this.db
      .selectFrom('gas_finding')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('reference', '=', reference)
      .executeTakeFirst();
  }

  findFinding(scope: readonly ScopePart[], id: string): Promise<GasFindingTable | undefined> {
    return this.db
      .selectFrom('gas_finding')
      .selectAll()
      .where('id', '=', id)
      .where((eb) => inScope(eb, scope))
      .executeTakeFirst();
  }

  stepsOf(municipalityId: string, findingId: string): Promise<GasFindingStepTable[]> {
    return this.db
      .selectFrom('gas_finding_step')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('finding_id', '=', findingId)
      .orderBy('done_on')
      .orderBy('created_at')
      .execute();
  }
}

/**
 * The WHERE of every enforcement read over findings: `where((eb) => inScope(eb, scope))`. Each part is a municipality
 * with, for members of an association, the days of the facts its agreement covers.
 */
export function inScope(eb: ExpressionBuilder<Database, 'gas_finding'>, scope: readonly ScopePart[]) {
  return eb.or(
    scope.map((part) => {
      const conditions = [eb('gas_finding.municipality_id', '=', part.municipalityId)];
      if (part.from !== null) conditions.push(eb('gas_finding.observed_on', '>=', part.from));
      if (part.to !== null) conditions.push(eb('gas_finding.observed_on', '<=', part.to));
      return eb.and(conditions);
    }),
  );
}

/** Values per `IN (…)`: well below the bound-value limits of both databases. */
const idChunk = 1_000;

/** Runs a query per chunk of the values (ids, plates, communications) and puts the rows they return together. */
export async function inIdChunks<T, R>(
  values: readonly T[],
  run: (part: T[]) => Promise<R[]>,
  size = idChunk,
): Promise<R[]> {
  const out: R[] = [];
  for (let at = 0; at < values.length; at += size) out.push(...(await run(values.slice(at, at + size))));
  return out;
}

/** The findings without a step of this key: `where((eb) => withoutStep(eb, 'defence_received'))`. */
export function withoutStep(eb: ExpressionBuilder<Database, 'gas_finding'>, stepKey: string) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom('gas_finding_step as s')
        .select('s.id')
        .whereRef('s.finding_id', '=', 'gas_finding.id')
        .where('s.step_key', '=', stepKey),
    ),
  );
}
