import { type Kysely, sql } from 'kysely';
import type { AuditHeadTable, AuditLogTable, Database } from '../../db/schema.js';
import type { Dialect } from '../../db/database.js';

type AuditRow = AuditLogTable;

/** The audit log is append-only: this repository has no update and no delete. */
export class AuditRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /** The chain head, locked for the rest of the transaction on PostgreSQL (SQLite serialises writers). */
  async lockHead(municipalityId: string): Promise<AuditHeadTable | undefined> {
    if (this.dialect === 'postgres') {
      // Make sure a head row exists so that FOR UPDATE has something to lock.
      await this.db
        .insertInto('audit_head')
        .values({ municipality_id: municipalityId, seq: 0, hash: '0'.repeat(64) })
        .onConflict((oc) => oc.column('municipality_id').doNothing())
        .execute();
      return this.db
        .selectFrom('audit_head')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .forUpdate()
        .executeTakeFirst();
    }
    return this.db
      .selectFrom('audit_head')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirst();
  }

  async append(row: AuditRow): Promise<void> {
    await this.db.insertInto('audit_log').values(row).execute();
    await this.db
      .insertInto('audit_head')
      .values({ municipality_id: row.municipality_id, seq: row.seq, hash: row.hash })
      .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ seq: row.seq, hash: row.hash }))
      .execute();
  }

  listPage(municipalityId: string, limit: number, beforeSeq?: number): Promise<AuditRow[]> {
    let query = this.db.selectFrom('audit_log').selectAll().where('municipality_id', '=', municipalityId);
    if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
    return query.orderBy('seq', 'desc').limit(limit).execute();
  }

  /** The records about one entity (its history), newest first. */
  listForEntity(municipalityId: string, entityId: string, limit = 200): Promise<AuditRow[]> {
    return this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('entity_id', '=', entityId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
  }

  /** Every municipality that has audit records or a head. */
  async chainIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('audit_head')
      .select('municipality_id')
      .union(this.db.selectFrom('audit_log').select('municipality_id'))
      .execute();
    return [...new Set(rows.map((r) => r.municipality_id))].sort();
  }

  head(municipalityId: string): Promise<AuditHeadTable | undefined> {
    return this.db
      .selectFrom('audit_head')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirst();
  }

  /** Streams one chain in seq order, a page at a time, so a long log does not fill memory. */
  async *streamChain(municipalityId: string, pageSize = 5_000): AsyncGenerator<AuditRow> {
    let after = 0;
    for (;;) {
      const page = await this.db
        .selectFrom('audit_log')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const row of page) yield { ...row, seq: Number(row.seq) };
      const last = page.at(-1);
      if (!last || page.length < pageSize) return;
      after = Number(last.seq);
    }
  }

  /** Test and maintenance helper: raw SQL, deliberately outside the append-only API. */
  static tamperForTest(db: Kysely<Database>) {
    return {
      changeAction: (municipalityId: string, seq: number, action: string) =>
        sql`update audit_log set action = ${action} where municipality_id = ${municipalityId} and seq = ${seq}`.execute(
          db,
        ),
      remove: (municipalityId: string, seq: number) =>
        sql`delete from audit_log where municipality_id = ${municipalityId} and seq = ${seq}`.execute(db),
    };
  }
}
