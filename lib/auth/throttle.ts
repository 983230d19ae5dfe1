import { createHash } from 'node:crypto';
import { Prisma, type PrismaClient } from '@prisma/client';
import { onPostgres } from '@/lib/sql/dialect';

/**
 * Throttling instead of a lockout. Each key (an account name, a client address, a user's second
 * factor) may fail `free` times; after that every counted failure makes the next attempt wait
 * 1 s, 2 s, 4 s … up to 15 minutes. An attempt that arrives while its key waits is refused
 * without checking the password, and is not counted. Nobody is ever locked out: the right
 * password after the wait works. Keys quiet for a day are deleted, which also bounds the table.
 *
 * Every attempt is counted *before* its password is checked, in one UPDATE that also checks the
 * wait of all its keys (SQLite runs a statement alone, PostgreSQL first locks the keys, and a WHERE
 * that reads the table being updated is evaluated for every row before any row changes). So 20
 * parallel attempts cannot pass more than the allowance. A right password then takes back its own
 * count (not the others'): the counter is the number of wrong attempts checked.
 *
 * Bounded: keys quiet for a day are deleted, and before each attempt the table is cut to MAX_KEYS
 * (the least recently counted go first); a refused attempt leaves no new key behind.
 */
export type ThrottleKey = { key: string; free: number };
export type Claim = { ok: true } | { ok: false; retryAfterSeconds: number };

export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 15 * 60_000;
export const QUIET_RESET_MS = 24 * 3_600_000;
/** Past this many keys the oldest go first, so that a flood of made-up names cannot fill the disk. */
export const MAX_KEYS = 100_000;
// The delay doubles per failure past the allowance; 2^10 s is already past the 15-minute cap.
const MAX_DOUBLINGS = 10;

/** Failures before any wait: a person mistyping gets a few tries, a guesser soon waits. */
export const ACCOUNT_FREE_FAILURES = 5;
export const ADDRESS_FREE_FAILURES = 20;

/**
 * The account key is a hash of the name as typed, whether or not the account exists: known and
 * unknown names run the same statements, and a password typed into the name field is not stored.
 */
export function accountKey(username: string): ThrottleKey {
  return { key: `name:${createHash('sha256').update(username).digest('hex')}`, free: ACCOUNT_FREE_FAILURES };
}

export function addressKey(address: string): ThrottleKey {
  return { key: `addr:${address}`, free: ADDRESS_FREE_FAILURES };
}

export function secondFactorKey(userId: number): ThrottleKey {
  return { key: `totp:${userId}`, free: ACCOUNT_FREE_FAILURES };
}

/** The wait after `failures` counted failures (what the UPDATE below computes in SQL). */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** Math.min(failures - free, MAX_DOUBLINGS), MAX_DELAY_MS);
}

function rules(keys: ThrottleKey[]) {
  return Prisma.join(keys.map((k) => Prisma.sql`(${k.key}, CAST(${k.free} AS INTEGER))`));
}

/**
 * SQLite runs a statement alone. PostgreSQL's READ COMMITTED does not: two UPDATEs at once could
 * both see no key waiting. There each claim first takes a lock per key (in one order, so two claims
 * cannot wait for each other), held until its transaction ends.
 */
async function withKeysLocked<T>(
  prisma: PrismaClient,
  keys: ThrottleKey[],
  claim: (db: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  if (!onPostgres()) return claim(prisma);
  return prisma.$transaction(async (tx) => {
    for (const key of keys.map((k) => k.key).sort()) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    }
    return claim(tx);
  });
}

// Epoch milliseconds are past 32 bits; PostgreSQL would guess `integer` for a bare parameter.
const ms = (value: number) => Prisma.sql`CAST(${value} AS BIGINT)`;

/** Counts one attempt on every key, or none when any of them is waiting. */
export async function claimAttempt(prisma: PrismaClient, keys: ThrottleKey[], now: number): Promise<Claim> {
  const names = Prisma.join(keys.map((k) => k.key));
  // The newest MAX_KEYS are kept: the cut is the time of the next one, found through the index.
  await prisma.$executeRaw`DELETE FROM "SignInThrottle" WHERE "lastAttempt" < ${ms(now - QUIET_RESET_MS)}
    OR "lastAttempt" <= (SELECT "lastAttempt" FROM "SignInThrottle" ORDER BY "lastAttempt" DESC LIMIT 1 OFFSET ${MAX_KEYS})`;
  return withKeysLocked(prisma, keys, async (db) => {
    await db.$executeRaw`INSERT INTO "SignInThrottle" ("key", "lastAttempt") VALUES ${Prisma.join(keys.map((k) => Prisma.sql`(${k.key}, ${ms(now)})`))} ON CONFLICT DO NOTHING`;
    const counted = await db.$executeRaw`
      WITH "rule"("key", "free") AS (VALUES ${rules(keys)})
      UPDATE "SignInThrottle" SET
        "failures" = "failures" + 1,
        "lastAttempt" = ${ms(now)},
        "blockedUntil" = ${ms(now)} + (
          SELECT CASE WHEN "SignInThrottle"."failures" + 1 < "rule"."free" THEN 0
            WHEN "SignInThrottle"."failures" + 1 - "rule"."free" >= ${MAX_DOUBLINGS} THEN ${ms(MAX_DELAY_MS)}
            WHEN ${ms(BASE_DELAY_MS)} << ("SignInThrottle"."failures" + 1 - "rule"."free") > ${ms(MAX_DELAY_MS)} THEN ${ms(MAX_DELAY_MS)}
            ELSE ${ms(BASE_DELAY_MS)} << ("SignInThrottle"."failures" + 1 - "rule"."free") END
          FROM "rule" WHERE "rule"."key" = "SignInThrottle"."key")
      WHERE "key" IN (${names})
        AND NOT EXISTS (SELECT 1 FROM "SignInThrottle" AS "waiting" WHERE "waiting"."key" IN (${names}) AND "waiting"."blockedUntil" > ${ms(now)})`;
    if (counted > 0) return { ok: true };
    await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" IN (${names}) AND "failures" = 0`;
    const [row] = await db.$queryRaw<
      { until: bigint | number | null }[]
    >`SELECT max("blockedUntil") AS "until" FROM "SignInThrottle" WHERE "key" IN (${names})`;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((Number(row?.until ?? 0) - now) / 1_000)) };
  });
}

/** A right answer takes back its own count; the wait ends once the count is under the allowance. */
export async function releaseAttempt(prisma: PrismaClient, keys: ThrottleKey[]): Promise<void> {
  await prisma.$executeRaw`
    WITH "rule"("key", "free") AS (VALUES ${rules(keys)})
    UPDATE "SignInThrottle" SET
      "failures" = CASE WHEN "failures" > 0 THEN "failures" - 1 ELSE 0 END,
      "blockedUntil" = CASE WHEN "failures" - 1 < (SELECT "free" FROM "rule" WHERE "rule"."key" = "SignInThrottle"."key") THEN 0 ELSE "blockedUntil" END
    WHERE "key" IN (${Prisma.join(keys.map((k) => k.key))})`;
}

/** An admin's "clear the wait" on the users page. */
export async function clearAccountThrottle(prisma: PrismaClient, username: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${accountKey(username).key}`;
}

/** Which of these names must wait now (for the users page). */
export async function waitingNames(prisma: PrismaClient, usernames: string[], now: number): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const byKey = new Map(usernames.map((name) => [accountKey(name).key, name]));
  const rows = await prisma.$queryRaw<
    { key: string }[]
  >`SELECT "key" FROM "SignInThrottle" WHERE "key" IN (${Prisma.join([...byKey.keys()])}) AND "blockedUntil" > ${ms(now)}`;
  return new Set(rows.map((row) => byKey.get(row.key)!));
}
