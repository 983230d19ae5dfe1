import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { signIn, signOut } from '@/lib/actions/auth';
import { deleteSession, findSessionUser, hashToken } from '@/lib/auth/sessions';
import { attemptSignIn, LOCKOUT_MS } from '@/lib/auth/sign-in';
import { EMPTY_FORM_STATE } from '@/lib/validations/form-state';
import { createPrismaClient } from '@/lib/prisma-client';
import { form, RedirectSignal, request } from '../helpers/next-mocks';
import { createUser, TEST_PASSWORD } from '../helpers/users';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = createPrismaClient();
  await createUser(prisma, 'official', 'editor');
  await createUser(prisma, 'locked-soon', 'viewer');
  await createUser(prisma, 'cookie', 'viewer');
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());
beforeEach(() => request.reset());

describe('sign-in', { timeout: SLOW_TEST_MS }, () => {
  it('opens a session for the right password and stores only the token hash', async () => {
    const result = await attemptSignIn(prisma, 'official', TEST_PASSWORD);
    if (!result.ok) throw new Error('expected a session');
    const session = await prisma.session.findUniqueOrThrow({ where: { id: hashToken(result.token) } });
    expect(session.id).not.toBe(result.token);
    expect(await findSessionUser(prisma, result.token)).toMatchObject({ username: 'official', role: 'editor' });
    await deleteSession(prisma, result.token);
    expect(await findSessionUser(prisma, result.token)).toBeNull();
  });

  it('locks an account for 15 minutes after 5 failures, even for the right password, then lets it in', async () => {
    const now = new Date('2026-11-29T08:00:00Z');
    for (let i = 0; i < 5; i += 1) expect(await attemptSignIn(prisma, 'locked-soon', 'wrong password', now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attemptSignIn(prisma, 'locked-soon', TEST_PASSWORD, now)).toEqual({ ok: false, reason: 'locked' });
    const almost = new Date(now.getTime() + LOCKOUT_MS - 1_000);
    expect(await attemptSignIn(prisma, 'locked-soon', TEST_PASSWORD, almost)).toEqual({ ok: false, reason: 'locked' });
    const after = new Date(now.getTime() + LOCKOUT_MS + 1_000);
    expect((await attemptSignIn(prisma, 'locked-soon', TEST_PASSWORD, after)).ok).toBe(true);
    expect(await prisma.user.findUniqueOrThrow({ where: { username: 'locked-soon' } })).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  it('answers an unknown user name exactly as a known one: invalid, then locked after 5', async () => {
    const now = new Date('2026-11-29T09:00:00Z');
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    await createUser(prisma, 'twin', 'viewer');
    for (let i = 0; i < 6; i += 1) {
      known.push(await attemptSignIn(prisma, 'twin', 'wrong password', now));
      unknown.push(await attemptSignIn(prisma, 'nobody-by-this-name', 'wrong password', now));
    }
    expect(unknown).toEqual(known);
    expect(unknown.at(-1)).toEqual({ ok: false, reason: 'locked' });
  });

  it('the action shows one plain message for both, keeps the user name and never the password', async () => {
    const wrong = await signIn(EMPTY_FORM_STATE, form({ username: 'official', password: 'nope' }));
    const unknown = await signIn(EMPTY_FORM_STATE, form({ username: 'ghost', password: 'nope' }));
    expect(wrong).toEqual({ errors: {}, values: { username: 'official' }, message: '用户名或密码不正确。' });
    expect(unknown).toEqual({ errors: {}, values: { username: 'ghost' }, message: '用户名或密码不正确。' });
    expect(request.cookies.size).toBe(0);
  });

  it('sets an httpOnly, SameSite=Lax cookie, Secure behind https, and sign-out deletes the session', async () => {
    request.headers.set('x-forwarded-proto', 'https');
    await expect(signIn(EMPTY_FORM_STATE, form({ username: 'cookie', password: TEST_PASSWORD }))).rejects.toEqual(new RedirectSignal('/admin'));
    const cookie = request.cookies.get('portal_session')!;
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
    expect(await findSessionUser(prisma, cookie.value)).toMatchObject({ username: 'cookie' });
    await expect(signOut()).rejects.toEqual(new RedirectSignal('/admin/sign-in?signedOut=1'));
    expect(request.cookies.has('portal_session')).toBe(false);
    expect(await prisma.session.count({ where: { id: hashToken(cookie.value) } })).toBe(0);
  });

  it('is not Secure over plain http (local use)', async () => {
    request.headers.set('x-forwarded-proto', 'http');
    await expect(signIn(EMPTY_FORM_STATE, form({ username: 'cookie', password: TEST_PASSWORD }))).rejects.toEqual(new RedirectSignal('/admin'));
    expect(request.cookies.get('portal_session')!.options.secure).toBe(false);
  });
});
