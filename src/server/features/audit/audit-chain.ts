import { sha256Hex } from '../../adapters/tokens.js';
import type { AuditLogTable } from '../../db/schema.js';

export const genesisHash = '0'.repeat(64);

/** What the hash of an audit row covers: every column but the hash itself. */
type ChainedFields = Omit<AuditLogTable, 'hash'>;

/** JSON with object keys sorted, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

/** The hash of one audit record: it covers every field and the previous record's hash. */
export function auditHash(fields: ChainedFields): string {
  return sha256Hex(
    canonicalJson([
      fields.municipality_id,
      fields.seq,
      fields.at,
      fields.actor_user_id,
      fields.actor_email,
      fields.action,
      fields.entity,
      fields.entity_id,
      fields.before_json,
      fields.after_json,
      fields.prev_hash,
    ]),
  );
}

export interface ChainProblem {
  municipalityId: string;
  seq: number;
  problem: 'gap' | 'hash_mismatch' | 'link_broken' | 'head_mismatch';
}

/** Walks one municipality's records in seq order and reports every break; the head guards the tail. */
export function verifyChain(
  municipalityId: string,
  records: Iterable<ChainedFields & { hash: string }>,
  head: { seq: number; hash: string } | undefined,
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let prevHash = genesisHash;
  for (const record of records) {
    if (record.seq !== expectedSeq) problems.push({ municipalityId, seq: expectedSeq, problem: 'gap' });
    if (record.prev_hash !== prevHash) problems.push({ municipalityId, seq: record.seq, problem: 'link_broken' });
    if (auditHash(record) !== record.hash) problems.push({ municipalityId, seq: record.seq, problem: 'hash_mismatch' });
    prevHash = record.hash;
    expectedSeq = record.seq + 1;
  }
  const lastSeq = expectedSeq - 1;
  if ((head?.seq ?? 0) !== lastSeq || (head?.hash ?? genesisHash) !== prevHash) {
    problems.push({ municipalityId, seq: head?.seq ?? 0, problem: 'head_mismatch' });
  }
  return problems;
}
