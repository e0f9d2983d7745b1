import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson, genesisHash, verifyChain } from './audit-chain.js';

function chain(n: number) {
  const records = [];
  let prev = genesisHash;
  for (let seq = 1; seq <= n; seq++) {
    const fields = {
      municipality_id: 'm',
      seq,
      at: `2020-01-0${seq}T00:00:00Z`,
      actor_user_id: 'u',
      actor_email: 'a@x.be',
      action: 'user.update',
      entity: 'user',
      entity_id: 'e',
      before_json: '{"a":1}',
      after_json: '{"a":2}',
      prev_hash: prev,
    };
    const hash = auditHash(fields);
    records.push({ ...fields, hash });
    prev = hash;
  }
  return { records, head: { seq: n, hash: prev } };
}

describe('audit chain', () => {
  it('sorts keys so equal values hash equally', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('accepts an intact chain and an empty one', () => {
    const { records, head } = chain(4);
    expect(verifyChain('m', records, head)).toEqual([]);
    expect(verifyChain('m', [], undefined)).toEqual([]);
  });

  it('finds a changed field, a removed record, a reordered pair and a truncated tail', () => {
    const { records, head } = chain(4);
    const changed = records.map((r) => (r.seq === 2 ? { ...r, after_json: '{"a":3}' } : r));
    expect(verifyChain('m', changed, head)).toEqual([{ municipalityId: 'm', seq: 2, problem: 'hash_mismatch' }]);
    const removed = records.filter((r) => r.seq !== 3);
    expect(verifyChain('m', removed, head).map((p) => p.problem)).toEqual(['gap', 'link_broken']);
    expect(verifyChain('m', records.slice(0, 3), head).map((p) => p.problem)).toEqual(['head_mismatch']);
  });
});
