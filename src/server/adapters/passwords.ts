import { hash, verify } from '@node-rs/argon2';

/** Password hashing behind an adapter. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hashValue: string, password: string): Promise<boolean>;
}

interface Argon2Parameters {
  memoryCost: number;
  timeCost: number;
}

/** OWASP's recommended minimum for argon2id: 19 MiB, 2 iterations, 1 lane. */
const owaspArgon2Parameters: Argon2Parameters = { memoryCost: 19_456, timeCost: 2 };

// Algorithm.Argon2id is an ambient const enum, which isolatedModules cannot read: its value is 2.
const argon2id = 2;

export function createArgon2idHasher(parameters: Argon2Parameters = owaspArgon2Parameters): PasswordHasher {
  return {
    hash: (password) =>
      hash(password, {
        algorithm: argon2id,
        memoryCost: parameters.memoryCost,
        timeCost: parameters.timeCost,
        parallelism: 1,
      }),
    verify: async (hashValue, password) => {
      try {
        return await verify(hashValue, password);
      } catch {
        // A malformed stored hash never lets anyone in.
        return false;
      }
    },
  };
}

export const argon2idHasher: PasswordHasher = createArgon2idHasher();
