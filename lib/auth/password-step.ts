import type { PrismaClient } from '@prisma/client';
import { NextResponse } from 'next/server';
import { CHALLENGE_COOKIE, CHALLENGE_LIFETIME_MS } from '@/lib/auth/challenges';
import { clientAddress } from '@/lib/auth/client-address';
import { authCookieOptions } from '@/lib/auth/cookie-options';
import { readFormBody } from '@/lib/http/read-form-body';
import { SESSION_COOKIE } from '@/lib/auth/sessions';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { ADMIN_HREF, SIGN_IN_CODE_HREF, SIGN_IN_HREF, TWO_FACTOR_HREF } from '@/lib/links';
import {
  encodeNotice,
  newNotice,
  NOTICE_COOKIE,
  NOTICE_LIFETIME_MS,
  noticeAddress,
  type SignInNotice,
} from '@/lib/auth/sign-in-notice';
import { refusalPage } from '@/lib/auth/refusal-page';
import { fieldErrors, formValues } from '@/lib/validations/form-state';
import { INVALID_SIGN_IN, signInSchema, TOO_LARGE, waitMessage } from '@/lib/validations/sign-in';

/**
 * A user name and a password fit in far less; anything bigger is refused before it is parsed.
 * (The front door, server/front-door.mts, has already refused forms from other sites, bodies
 * without a length and bodies over 1 MB.)
 */
export const FORM_LIMIT_BYTES = 16 * 1024;

const NEXT_PAGE = { session: ADMIN_HREF, code: SIGN_IN_CODE_HREF, enrol: TWO_FACTOR_HREF } as const;

function withNotice(response: NextResponse, request: Request, notice: SignInNotice): NextResponse {
  response.cookies.set(
    NOTICE_COOKIE,
    encodeNotice(notice),
    authCookieOptions(request.headers, NOTICE_LIFETIME_MS, SIGN_IN_HREF),
  );
  return response;
}

function backToForm(request: Request, notice: SignInNotice): NextResponse {
  return withNotice(
    new NextResponse(null, { status: 303, headers: { Location: noticeAddress(notice) } }),
    request,
    notice,
  );
}

function refuse(
  request: Request,
  status: 413 | 429,
  notice: SignInNotice,
  headers: Record<string, string> = {},
): NextResponse {
  return withNotice(
    new NextResponse(refusalPage(notice.message ?? '', noticeAddress(notice)), {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers },
    }),
    request,
    notice,
  );
}

/**
 * POST /admin/session, where the sign-in form is sent. Answers: 303 to the workspace (or to the
 * second step) with its cookie; 303 back to the form with the errors; 429 with Retry-After while
 * throttled; 413 for a body over 16 KB.
 */
export async function passwordStep(prisma: PrismaClient, request: Request, now = new Date()): Promise<Response> {
  const form = await readFormBody(request, FORM_LIMIT_BYTES);
  if (!form) return refuse(request, 413, newNotice({ username: '', errors: {}, message: TOO_LARGE }));
  const values = formValues(form);
  const username = typeof values.username === 'string' ? values.username.slice(0, 100) : ''; // never the password
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return backToForm(request, newNotice({ username, errors: fieldErrors(parsed.error) }));
  const result = await attemptSignIn(prisma, { ...parsed.data, address: clientAddress(request.headers) }, now);
  if (!result.ok && result.reason === 'throttled') {
    const notice = newNotice({ username, errors: {}, message: waitMessage(result.retryAfterSeconds) });
    return refuse(request, 429, notice, { 'Retry-After': String(result.retryAfterSeconds) });
  }
  if (!result.ok) return backToForm(request, newNotice({ username, errors: {}, message: INVALID_SIGN_IN }));
  const response = new NextResponse(null, { status: 303, headers: { Location: NEXT_PAGE[result.next] } });
  if (result.next === 'session') response.cookies.set(SESSION_COOKIE, result.token, authCookieOptions(request.headers));
  else
    response.cookies.set(
      CHALLENGE_COOKIE,
      result.token,
      authCookieOptions(request.headers, CHALLENGE_LIFETIME_MS, ADMIN_HREF),
    );
  response.cookies.set(NOTICE_COOKIE, '', { path: SIGN_IN_HREF, maxAge: 0 });
  return response;
}
