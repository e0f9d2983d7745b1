import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Dialect } from '../../db/database.js';
import type { Clock } from '../../adapters/clock.js';
import { AuditRepository } from './audit.repository.js';
import { auditHash, type ChainProblem, genesisHash, verifyChain } from './audit-chain.js';

export interface AuditActor {
  userId: string | null;
  email: string | null;
}

export interface AuditEvent {
  municipalityId: string;
  actor: AuditActor;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

const toJson = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** Appends to the hash-chained audit log. Call it inside the same transaction as the write it records. */
export async function recordAudit(
  trx: Kysely<Database>,
  dialect: Dialect,
  clock: Clock,
  event: AuditEvent,
): Promise<void> {
  const repository = new AuditRepository(trx, dialect);
  const head = await repository.lockHead(event.municipalityId);
  const fields = {
    municipality_id: event.municipalityId,
    seq: Number(head?.seq ?? 0) + 1,
    at: clock.now().toISOString(),
    actor_user_id: event.actor.userId,
    actor_email: event.actor.email,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId,
    before_json: toJson(event.before),
    after_json: toJson(event.after),
    prev_hash: head?.hash ?? genesisHash,
  };
  await repository.append({ ...fields, hash: auditHash(fields) });
}

/** Checks every municipality's chain; an empty list means the log is intact. */
export async function verifyAuditLog(
  db: Kysely<Database>,
  dialect: Dialect,
): Promise<{ chains: number; records: number; problems: ChainProblem[] }> {
  const repository = new AuditRepository(db, dialect);
  const problems: ChainProblem[] = [];
  let records = 0;
  const ids = await repository.chainIds();
  for (const municipalityId of ids) {
    const rows: Parameters<typeof verifyChain>[1] extends Iterable<infer R> ? R[] : never = [];
    for await (const row of repository.streamChain(municipalityId)) rows.push(row);
    records += rows.length;
    const head = await repository.head(municipalityId);
    problems.push(...verifyChain(municipalityId, rows, head && { seq: Number(head.seq), hash: head.hash }));
  }
  return { chains: ids.length, records, problems };
}
