import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { canEditProject, type Role, type SignedInUser } from '@/lib/auth/roles';
import { ABSOLUTE_LIFETIME_MS, findSessionUser, SESSION_COOKIE } from '@/lib/auth/sessions';

export const SIGN_IN_PATH = '/admin/sign-in';
export const FORBIDDEN_PATH = '/admin/forbidden';

/**
 * Every admin page, server action and route handler calls one of these first, before it reads
 * any input: no session → sign-in page; wrong role or unassigned project → "no permission" page.
 * redirect() throws, so nothing after the guard runs.
 */
export async function getCurrentUser(): Promise<SignedInUser | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return findSessionUser(db, token);
}

export async function requireUser(roles: readonly Role[]): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (!roles.includes(user.role)) redirect(FORBIDDEN_PATH);
  return user;
}

/** A writer allowed to change this project (admins: every project; editors: assigned ones). */
export async function requireProjectEditor(slug: string): Promise<{ user: SignedInUser; projectId: number }> {
  const user = await requireUser(['admin', 'editor']);
  const project = await db.project.findUnique({ where: { slug }, select: { id: true } });
  if (!project || !(await canEditProject(db, user, project.id))) redirect(FORBIDDEN_PATH);
  return { user, projectId: project.id };
}

/** Secure when the request reached us over https (directly or through a proxy that says so). */
async function isHttps(): Promise<boolean> {
  const requestHeaders = await headers();
  const forwarded = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim();
  if (forwarded) return forwarded === 'https';
  return (requestHeaders.get('origin') ?? requestHeaders.get('referer') ?? '').startsWith('https:');
}

export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await isHttps(),
    path: '/',
    maxAge: ABSOLUTE_LIFETIME_MS / 1000,
  });
}

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
