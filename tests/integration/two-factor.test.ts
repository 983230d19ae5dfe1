import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { confirmTwoFactor, submitSignInCode } from '@/lib/actions/auth';
import { saveUserAccess } from '@/lib/actions/users';
import { CHALLENGE_COOKIE, findChallengeUser } from '@/lib/auth/challenges';
import { checkSecondFactor, enrolmentSecret, issueRecoveryCodes } from '@/lib/auth/second-factor';
import { createSession, findSessionUser } from '@/lib/auth/sessions';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { waitingNames } from '@/lib/auth/throttle';
import { base32Decode, codeForStep, stepAt } from '@/lib/auth/totp';
import { EMPTY_FORM_STATE } from '@/lib/validations/form-state';
import { createPrismaClient } from '@/lib/prisma-client';
import { form, RedirectSignal, request } from '../helpers/next-mocks';
import { createUser, signInAs, TEST_PASSWORD, totpCode } from '../helpers/users';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = createPrismaClient();
  await createUser(prisma, 'new-admin', 'admin');
  await createUser(prisma, 'enrolled', 'editor', [], { totp: true });
  await createUser(prisma, 'guessed', 'viewer', [], { totp: true });
  await createUser(prisma, 'admin-with-app', 'admin', [], { totp: true });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());
beforeEach(() => request.reset());

const userId = async (username: string) => (await prisma.user.findUniqueOrThrow({ where: { username } })).id;

describe('second factor', { timeout: SLOW_TEST_MS }, () => {
  it('an admin without one gets no session after the password: only a challenge to enrol, then a session once a code confirms it', async () => {
    const result = await attemptSignIn(prisma, { username: 'new-admin', password: TEST_PASSWORD });
    if (!result.ok) throw new Error('expected the password to be accepted');
    expect(result.next).toBe('enrol');
    expect(await findSessionUser(prisma, result.token)).toBeNull();
    expect(await prisma.session.count({ where: { userId: await userId('new-admin') } })).toBe(0);
    expect(await findChallengeUser(prisma, result.token)).toMatchObject({ username: 'new-admin', totpEnabled: false });

    request.cookies.set(CHALLENGE_COOKIE, { value: result.token, options: {} });
    const id = await userId('new-admin');
    const secret = await enrolmentSecret(prisma, id);
    if (!secret) throw new Error('expected a secret to enrol');
    expect(await enrolmentSecret(prisma, id)).toBe(secret); // a reload shows the same key
    expect(await confirmTwoFactor(EMPTY_FORM_STATE, form({ code: '000000' }))).toEqual({
      errors: { code: '验证码不正确或已使用过。' },
      values: {},
      message: undefined,
    });
    const code = codeForStep(base32Decode(secret), stepAt(Date.now()));
    await expect(confirmTwoFactor(EMPTY_FORM_STATE, form({ code }))).rejects.toEqual(
      new RedirectSignal('/admin/two-factor/recovery-codes'),
    );
    expect(await findSessionUser(prisma, request.cookies.get('portal_session')!.value)).toMatchObject({
      username: 'new-admin',
      role: 'admin',
    });
    expect(request.cookies.has(CHALLENGE_COOKIE)).toBe(false);
    expect(await findChallengeUser(prisma, result.token)).toBeNull();
    expect(await enrolmentSecret(prisma, id)).toBeNull();
    // Next time: the password leads to the code step.
    expect(await attemptSignIn(prisma, { username: 'new-admin', password: TEST_PASSWORD })).toMatchObject({
      ok: true,
      next: 'code',
    });
  });

  it('accepts a code once: the same code again is refused (replay), the next step is accepted', async () => {
    const id = await userId('enrolled');
    const now = new Date('2026-12-02T08:00:10Z');
    expect(await checkSecondFactor(prisma, id, totpCode(now.getTime()), now)).toEqual({ ok: true });
    expect(await checkSecondFactor(prisma, id, totpCode(now.getTime()), now)).toEqual({ ok: false, reason: 'invalid' });
    // An older step in the window is refused too, once a later one was used.
    expect(await checkSecondFactor(prisma, id, totpCode(now.getTime() - 30_000), now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await checkSecondFactor(prisma, id, totpCode(now.getTime() + 30_000), now)).toEqual({ ok: true });
  });

  it('issues 10 recovery codes once, stored hashed; each works once, in any case and without the dash', async () => {
    const id = await userId('enrolled');
    const codes = await issueRecoveryCodes(prisma, id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await issueRecoveryCodes(prisma, id)).toBeNull();
    const stored = await prisma.recoveryCode.findMany({ where: { userId: id } });
    expect(stored.map((row) => row.codeHash)).not.toContain(codes![0]);
    const typed = codes![0]!.toLowerCase().replace('-', '');
    expect(await checkSecondFactor(prisma, id, typed)).toEqual({ ok: true });
    expect(await checkSecondFactor(prisma, id, codes![0]!)).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkSecondFactor(prisma, id, codes![1]!)).toEqual({ ok: true });
  });

  it('throttles wrong codes like passwords', async () => {
    const id = await userId('guessed');
    const now = new Date('2026-12-02T09:00:00Z');
    for (let i = 0; i < 5; i += 1)
      expect(await checkSecondFactor(prisma, id, '123456', now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkSecondFactor(prisma, id, totpCode(now.getTime()), now)).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: 1,
    });
    expect(
      await checkSecondFactor(prisma, id, totpCode(now.getTime() + 1_000), new Date(now.getTime() + 1_000)),
    ).toEqual({ ok: true });
  });

  it('the code step turns the challenge into a session; without a challenge it sends you to sign in', async () => {
    await expect(submitSignInCode(EMPTY_FORM_STATE, form({ code: '123456' }))).rejects.toEqual(
      new RedirectSignal('/admin/sign-in'),
    );
    const result = await attemptSignIn(prisma, { username: 'admin-with-app', password: TEST_PASSWORD });
    if (!result.ok || result.next !== 'code') throw new Error('expected the code step');
    request.cookies.set(CHALLENGE_COOKIE, { value: result.token, options: {} });
    expect(await submitSignInCode(EMPTY_FORM_STATE, form({ code: '12' }))).toEqual({
      errors: { code: '验证码不正确或已使用过。' },
      values: {},
      message: undefined,
    });
    await expect(submitSignInCode(EMPTY_FORM_STATE, form({ code: totpCode() }))).rejects.toEqual(
      new RedirectSignal('/admin'),
    );
    const cookie = request.cookies.get('portal_session')!;
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    expect(await findSessionUser(prisma, cookie.value)).toMatchObject({ username: 'admin-with-app', role: 'admin' });
    expect(await findChallengeUser(prisma, result.token)).toBeNull();
  });

  it('an admin can reset a lost second factor (ending its sessions) and clear a sign-in wait', async () => {
    const admin = await createUser(prisma, 'resetter', 'admin', [], { totp: true });
    const lost = await createUser(prisma, 'lost-phone', 'editor', [], { totp: true });
    await issueRecoveryCodes(prisma, lost.id);
    const theirSession = await createSession(prisma, lost.id);
    for (let i = 0; i < 6; i += 1) await attemptSignIn(prisma, { username: 'lost-phone', password: 'wrong' });
    expect((await waitingNames(prisma, ['lost-phone'], Date.now())).size).toBe(1);
    await signInAs(prisma, admin.id);
    await expect(
      saveUserAccess(lost.id, EMPTY_FORM_STATE, form({ unlock: 'on', resetTwoFactor: 'on' })),
    ).rejects.toEqual(new RedirectSignal('/admin/users?saved=user'));
    expect(await prisma.user.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({
      totpSecret: null,
      totpEnabled: false,
      totpLastStep: null,
    });
    expect(await prisma.recoveryCode.count({ where: { userId: lost.id } })).toBe(0);
    expect(await findSessionUser(prisma, theirSession)).toBeNull();
    expect((await waitingNames(prisma, ['lost-phone'], Date.now())).size).toBe(0);
    expect(await attemptSignIn(prisma, { username: 'lost-phone', password: TEST_PASSWORD })).toMatchObject({
      ok: true,
      next: 'session',
    });
  });
});
