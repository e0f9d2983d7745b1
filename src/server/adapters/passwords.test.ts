import { describe, expect, it } from 'vitest';
import { argon2idHasher } from './passwords.js';

describe('argon2id password hasher', () => {
  it('stores argon2id hashes with the OWASP parameters and verifies only the right password', async () => {
    const stored = await argon2idHasher.hash('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await argon2idHasher.verify(stored, 'correct horse battery')).toBe(true);
    expect(await argon2idHasher.verify(stored, 'correct horse batterY')).toBe(false);
  });

  it('treats a malformed stored hash as a wrong password instead of throwing', async () => {
    expect(await argon2idHasher.verify('not-a-hash', 'anything')).toBe(false);
  });
});
