import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Dialect } from '../../db/database.js';
import type { Clock } from '../../adapters/clock.js';
import type { AuditAction, AuditEntity, AuditSystemActor } from '../../../shared/audit/audit-actions.js';
import { AuditRepository } from './audit.repository.js';
import { auditHash, type ChainProblem, genesisHash, verifyChain } from './audit-chain.js';

export interface AuditActor {
  userId: string | null;
  email: string | null;
}

interface AuditEvent {
  municipalityId: string;
  actor: AuditActor;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

const toJson = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

/**
 * Appends to the hash-chained audit log, inside the same transaction as the write it records. Services call it
 * through a recorder (`auditFor`, `processAudit`, `entityAudit`), never directly.
 */
async function recordAudit(trx: Kysely<Database>, dialect: Dialect, clock: Clock, event: AuditEvent): Promise<void> {
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

/** What an audit record keeps of the change: the entity as it was and as it became (only what matters). */
export interface AuditChange {
  before?: unknown;
  after?: unknown;
}

/**
 * Records audit entries for one actor, one line per write:
 * `await audit(trx, 'partner.create', 'partner', row.id, { after: row })`. The action and the entity are checked
 * against the lists the audit page names (src/shared/audit/audit-actions.ts).
 */
export type AuditRecorder = (
  trx: Kysely<Database>,
  action: AuditAction,
  entity: AuditEntity,
  entityId: string | null,
  change?: AuditChange,
) => Promise<void>;

/** Who an audit record names: a user (or a system actor with a null id) acting in one municipality. */
interface AuditedActor {
  municipalityId: string;
  userId: string | null;
  email: string | null;
}

/**
 * An audit recorder bound once to the dialect, the clock and the actor, so a service writes only what happened.
 * Each call appends inside the transaction it is given, exactly as `recordAudit` does.
 */
export function auditFor(deps: { db: { dialect: Dialect }; clock: Clock }, actor: AuditedActor): AuditRecorder {
  const who: AuditActor = { userId: actor.userId || null, email: actor.email };
  return (trx, action, entity, entityId, change = {}) =>
    recordAudit(trx, deps.db.dialect, deps.clock, {
      municipalityId: actor.municipalityId,
      actor: who,
      action,
      entity,
      entityId,
      ...change,
    });
}

/**
 * The audit recorder of one of svpp's own processes in a municipality (a setup step, the retention sweep, the public
 * complaint form, the demo), named as the audit page names its system actors; `actor_user_id` stays empty.
 */
export function processAudit(
  deps: { db: { dialect: Dialect }; clock: Clock },
  municipalityId: string,
  process: AuditSystemActor,
): AuditRecorder {
  return auditFor(deps, { municipalityId, userId: null, email: process });
}

/**
 * An audit recorder for one kind of entity, for a service that audits many changes of it for different actors:
 * `await audit(trx, actor, 'case.close', id, { before, after })`.
 */
export function entityAudit(deps: { db: { dialect: Dialect }; clock: Clock }, entity: AuditEntity) {
  return (
    trx: Kysely<Database>,
    actor: AuditedActor,
    action: AuditAction,
    entityId: string | null,
    change?: AuditChange,
  ): Promise<void> => auditFor(deps, actor)(trx, action, entity, entityId, change);
}

const parseJson = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** One page of a municipality's audit log, newest first (before `beforeSeq` when given). */
export async function auditPage(
  db: { kysely: Kysely<Database>; dialect: Dialect },
  municipalityId: string,
  page: { limit: number; beforeSeq?: number | undefined },
) {
  const rows = await new AuditRepository(db.kysely, db.dialect).listPage(municipalityId, page.limit, page.beforeSeq);
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actorUserId: r.actor_user_id,
    actorEmail: r.actor_email,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: parseJson(r.before_json),
    after: parseJson(r.after_json),
  }));
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
