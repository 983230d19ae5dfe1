import type { Prisma, PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import * as password from '@/lib/auth/password';
import { deleteSession, findSessionUser, hashToken } from '@/lib/auth/sessions';
import { attemptSignIn, type SignInResult } from '@/lib/auth/sign-in';
import { accountKey, addressKey, claimAttempt, MAX_KEYS } from '@/lib/auth/throttle';
import { createPrismaClient } from '@/lib/prisma-client';
import { createUser, TEST_PASSWORD } from '../helpers/users';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = createPrismaClient();
  for (const name of ['official', 'parallel', 'patient', 'twin', 'disabled-one'])
    await createUser(prisma, name, 'editor');
  await prisma.user.update({ where: { username: 'disabled-one' }, data: { disabled: true } });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());
beforeEach(() => vi.restoreAllMocks());

async function throttleRow(key: string) {
  const [row] = await prisma.$queryRaw<
    { failures: number | bigint; blockedUntil: number | bigint }[]
  >`SELECT "failures", "blockedUntil" FROM "SignInThrottle" WHERE "key" = ${key}`;
  return row ? { failures: Number(row.failures), blockedUntil: Number(row.blockedUntil) } : null;
}

const at = (iso: string, plusMs = 0) => new Date(new Date(iso).getTime() + plusMs);
const wrong = (username: string, address?: string) => ({ username, password: 'wrong password', address });
const reasons = (results: SignInResult[]) => results.map((r) => (r.ok ? 'ok' : r.reason));

describe('password step', { timeout: SLOW_TEST_MS }, () => {
  it('opens a session for the right password (no second factor: an editor) and stores only the token hash', async () => {
    const result = await attemptSignIn(prisma, { username: 'official', password: TEST_PASSWORD });
    if (!result.ok || result.next !== 'session') throw new Error('expected a session');
    const session = await prisma.session.findUniqueOrThrow({ where: { id: hashToken(result.token) } });
    expect(session.id).not.toBe(result.token);
    expect(await findSessionUser(prisma, result.token)).toMatchObject({ username: 'official', role: 'editor' });
    await deleteSession(prisma, result.token);
    expect(await findSessionUser(prisma, result.token)).toBeNull();
  });

  it('20 parallel attempts (19 wrong, 1 right): exactly 5 are checked, 15 refused unchecked, the counter = wrong passwords checked', async () => {
    // The right password is checked last. A right password takes back its own count, so answered
    // earlier it would let one more attempt in, and how many got in would depend on timing.
    const check = password.verifyPassword;
    let othersAnswered: Promise<unknown> = Promise.resolve();
    const verify = vi.spyOn(password, 'verifyPassword').mockImplementation(async (hash, typed) => {
      if (typed === TEST_PASSWORD) await othersAnswered;
      return check(hash, typed);
    });
    const now = at('2026-12-02T08:00:00Z');
    const attempts = Array.from({ length: 20 }, (_, i) =>
      i === 10 ? { username: 'parallel', password: TEST_PASSWORD } : wrong('parallel'),
    );
    const answers = attempts.map((attempt) => attemptSignIn(prisma, attempt, now));
    othersAnswered = Promise.allSettled(answers.filter((_, i) => i !== 10));
    const results = await Promise.all(answers);
    const outcome = reasons(results);
    const checked = outcome.filter((r) => r !== 'throttled').length;
    const invalid = outcome.filter((r) => r === 'invalid').length;
    expect(checked).toBe(5);
    expect(verify).toHaveBeenCalledTimes(5);
    expect(outcome.filter((r) => r === 'throttled')).toHaveLength(15);
    const sessions = await prisma.session.count({ where: { user: { username: 'parallel' } } });
    expect(sessions).toBe(outcome.filter((r) => r === 'ok').length);
    expect((await throttleRow(accountKey('parallel').key))?.failures).toBe(invalid);
    for (const result of results)
      if (!result.ok && result.reason === 'throttled') expect(result.retryAfterSeconds).toBe(1);
  });

  it('a refused attempt says how long to wait and checks no password; after the wait the right password works', async () => {
    for (let i = 0; i < 7; i += 1)
      expect(await attemptSignIn(prisma, wrong('patient'), at('2026-12-02T09:00:00Z', i * 60_000))).toEqual({
        ok: false,
        reason: 'invalid',
      });
    // 7 failures: the 5th asked for 1 s, the 6th for 2 s, the 7th for 4 s from its own time.
    const seventh = at('2026-12-02T09:00:00Z', 6 * 60_000);
    expect((await throttleRow(accountKey('patient').key))?.blockedUntil).toBe(seventh.getTime() + 4_000);
    const verify = vi.spyOn(password, 'verifyPassword');
    expect(
      await attemptSignIn(prisma, { username: 'patient', password: TEST_PASSWORD }, at(seventh.toISOString(), 1_500)),
    ).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 3 });
    expect(verify).not.toHaveBeenCalled();
    const after = await attemptSignIn(
      prisma,
      { username: 'patient', password: TEST_PASSWORD },
      at(seventh.toISOString(), 4_000),
    );
    expect(after).toMatchObject({ ok: true, next: 'session' });
    expect(verify).toHaveBeenCalledTimes(1);
    // The right password took back only its own count: the 7 wrong ones stay counted.
    expect((await throttleRow(accountKey('patient').key))?.failures).toBe(7);
  });

  it('a disabled account is refused like a wrong password', async () => {
    expect(await attemptSignIn(prisma, { username: 'disabled-one', password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('throttles a client address over many names, and not the other addresses', async () => {
    const now = at('2026-12-02T10:00:00Z');
    for (let i = 0; i < 20; i += 1)
      expect(await attemptSignIn(prisma, wrong(`sprayed-${i}`, '198.51.100.7'), now)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    expect(
      await attemptSignIn(prisma, { username: 'official', password: TEST_PASSWORD, address: '198.51.100.7' }, now),
    ).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 1 });
    expect(
      (await attemptSignIn(prisma, { username: 'official', password: TEST_PASSWORD, address: '203.0.113.9' }, now)).ok,
    ).toBe(true);
    // The refused attempt counted nothing: neither on the address nor on the name.
    expect((await throttleRow(addressKey('198.51.100.7').key))?.failures).toBe(20);
    expect(await throttleRow(accountKey('never-tried').key)).toBeNull();
  });

  it('answers an unknown name exactly as a known one, through the same statements and one password check each', async () => {
    const counted: string[] = [];
    const logged = createPrismaClient(undefined, { log: [{ emit: 'event', level: 'query' }] }) as PrismaClient<
      Prisma.PrismaClientOptions,
      'query'
    >;
    const run = async (username: string) => {
      const verify = vi.spyOn(password, 'verifyPassword');
      counted.length = 0;
      const results: SignInResult[] = [];
      for (let i = 0; i < 7; i += 1)
        results.push(await attemptSignIn(logged, wrong(username), at('2026-12-02T11:00:00Z', i * 100)));
      const calls = verify.mock.calls.length;
      verify.mockRestore();
      return { results, calls, statements: [...counted] };
    };
    logged.$on('query', (event) => counted.push(event.query));
    const known = await run('twin');
    const unknown = await run('nobody-by-this-name');
    expect(unknown.results).toEqual(known.results);
    expect(reasons(known.results)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'throttled',
      'throttled',
    ]);
    expect(unknown.calls).toBe(5);
    expect(known.calls).toBe(5);
    expect(known.statements.length).toBeGreaterThan(20);
    expect(unknown.statements).toEqual(known.statements);
    await logged.$disconnect();
  });

  it('keeps the throttle table bounded: quiet keys go after a day, and at most MAX_KEYS are kept', async () => {
    const now = at('2026-12-03T12:00:00Z').getTime();
    await prisma.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lastAttempt") VALUES ('name:stale', 3, CAST(${now - 25 * 3_600_000} AS BIGINT))`;
    await prisma.$executeRaw`WITH RECURSIVE "n"("i") AS (SELECT 1 UNION ALL SELECT "i" + 1 FROM "n" WHERE "i" < ${MAX_KEYS + 50})
      INSERT INTO "SignInThrottle" ("key", "failures", "lastAttempt") SELECT 'name:filler-' || "i", 1, CAST(${now - 3_600_000} AS BIGINT) - "i" FROM "n"`;
    expect(await claimAttempt(prisma, [accountKey('one more')], now)).toEqual({ ok: true });
    const [{ count }] = await prisma.$queryRaw<
      { count: bigint | number }[]
    >`SELECT count(*) AS "count" FROM "SignInThrottle"`;
    // The 50 least recent fillers made room; the newest key is always kept.
    expect(Number(count)).toBe(MAX_KEYS + 1);
    expect(await throttleRow('name:stale')).toBeNull();
    expect(await throttleRow(`name:filler-${MAX_KEYS + 50}`)).toBeNull();
    expect(await throttleRow(`name:filler-${MAX_KEYS}`)).toMatchObject({ failures: 1 });
    expect((await throttleRow(accountKey('one more').key))?.failures).toBe(1);
    await prisma.$executeRaw`DELETE FROM "SignInThrottle"`;
  });
});
