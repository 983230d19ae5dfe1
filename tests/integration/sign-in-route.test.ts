import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { FORM_LIMIT_BYTES, passwordStep } from '@/lib/auth/password-step';
import { findSessionUser } from '@/lib/auth/sessions';
import { readNotice } from '@/lib/auth/sign-in-notice';
import { createPrismaClient } from '@/lib/prisma-client';
import { createUser, TEST_PASSWORD } from '../helpers/users';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = createPrismaClient();
  await createUser(prisma, 'official', 'editor');
  await createUser(prisma, 'chief', 'admin', [], { totp: true });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request('http://127.0.0.1:3000/admin/session', {
    method: 'POST',
    body,
    headers: { host: '127.0.0.1:3000', ...headers },
  });
}
const signInForm = (username: string, password: string) => new URLSearchParams({ username, password });

/** The cookies a response sets, by name: value and attributes as sent. */
function setCookies(response: Response): Map<string, string> {
  return new Map(response.headers.getSetCookie().map((line) => [line.slice(0, line.indexOf('=')), line]));
}
function cookieValue(line: string | undefined): string {
  return decodeURIComponent(line?.split(';')[0]?.split('=')[1] ?? '');
}

describe('POST /admin/session', { timeout: SLOW_TEST_MS }, () => {
  it('answers a 2 MB multipart body with 413 and a page leading back to the form, without reading it all or signing anyone in', async () => {
    const data = new FormData();
    data.append('username', 'official');
    data.append('password', TEST_PASSWORD);
    data.append('padding', new Blob([new Uint8Array(2 * 1024 * 1024)]), 'big.bin');
    const response = await passwordStep(prisma, post(data));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('提交的内容太大');
    expect(setCookies(response).has('portal_session')).toBe(false);
  });

  it('does not trust Content-Length: a body that says it is small but is not gets 413 too', async () => {
    const big = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i += 1) controller.enqueue(new Uint8Array(FORM_LIMIT_BYTES));
        controller.close();
      },
    });
    const request = new Request('http://127.0.0.1:3000/admin/session', {
      method: 'POST',
      body: big,
      headers: { 'content-length': '10', 'content-type': 'application/x-www-form-urlencoded' },
      duplex: 'half',
    } as RequestInit);
    expect((await passwordStep(prisma, request)).status).toBe(413);
  });

  it('a wrong password: 303 back to the form, with a notice keeping the user name and never the password', async () => {
    const response = await passwordStep(prisma, post(signInForm('official', 'not my password')));
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/admin\/sign-in\?n=[\w-]+$/);
    const cookie = setCookies(response).get('portal_sign_in_notice');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/admin\/sign-in/);
    const notice = readNotice(cookieValue(cookie), new URL(location, 'http://x').searchParams.get('n'));
    expect(notice).toMatchObject({ username: 'official', errors: {}, message: '用户名或密码不正确。' });
    expect(JSON.stringify(notice)).not.toContain('not my password');
    expect(readNotice(cookieValue(cookie), 'another')).toBeNull();
  });

  it('empty fields: 303 back with the error for each field', async () => {
    const response = await passwordStep(prisma, post(signInForm('', '')));
    const notice = readNotice(
      cookieValue(setCookies(response).get('portal_sign_in_notice')),
      new URL(response.headers.get('location')!, 'http://x').searchParams.get('n'),
    );
    expect(notice?.errors).toEqual({ username: '请输入用户名', password: '请输入密码' });
  });

  it('after repeated failures: 429 with Retry-After, and the page says how long to wait', async () => {
    const now = new Date('2026-12-05T08:00:00Z');
    for (let i = 0; i < 5; i += 1)
      expect((await passwordStep(prisma, post(signInForm('someone', 'guess')), now)).status).toBe(303);
    const response = await passwordStep(prisma, post(signInForm('someone', 'guess')), now);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    const page = await response.text();
    expect(page).toContain('登录尝试失败次数过多，请 1 秒后再试。');
    expect(page).toMatch(/<meta http-equiv="refresh" content="0;url=\/admin\/sign-in\?n=[\w-]+">/);
  });

  it('the right password: 303 to the workspace with the session cookie (Secure behind https), or to the code step', async () => {
    const response = await passwordStep(
      prisma,
      post(signInForm('official', TEST_PASSWORD), { 'x-forwarded-proto': 'https' }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin');
    const session = setCookies(response).get('portal_session');
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=lax/i);
    expect(session).toMatch(/Secure/i);
    expect(await findSessionUser(prisma, cookieValue(session))).toMatchObject({ username: 'official' });

    const admin = await passwordStep(prisma, post(signInForm('chief', TEST_PASSWORD)));
    expect(admin.headers.get('location')).toBe('/admin/sign-in/code');
    const cookies = setCookies(admin);
    expect(cookies.has('portal_session')).toBe(false);
    expect(cookies.get('portal_sign_in')).toMatch(/Path=\/admin/);
    expect(cookies.get('portal_sign_in')).not.toMatch(/Secure/i);
  });
});
