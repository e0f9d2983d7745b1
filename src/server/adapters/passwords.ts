import { hash, verify } from '@node-rs/argon2';

/** Password hashing behind an adapter: argon2id with OWASP's recommended minimum parameters. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hashValue: string, password: string): Promise<boolean>;
}

export const argon2idHasher: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: 2 /* Argon2id (ambient const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  verify: async (hashValue, password) => {
    try {
      return await verify(hashValue, password);
    } catch {
      return false;
    }
  },
};
