import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable under isolatedModules */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

// Made when the module loads, so that even the first unknown name costs no extra hashing.
const dummyHash: Promise<string> = hashPassword('not a password: timing equaliser');

/**
 * The hash to check a password against: the account's, or (for an unknown name) a dummy made
 * with the same parameters, so that both take one argon2 verification of the same cost.
 */
export async function hashToVerify(passwordHash: string | undefined): Promise<string> {
  return passwordHash ?? (await dummyHash);
}
