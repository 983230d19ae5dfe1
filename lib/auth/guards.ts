import 'server-only';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { fetchProjectForEdit } from '@/lib/data/admin-projects';
import { editableBy, WRITERS, type Role, type SignedInUser } from '@/lib/auth/roles';
import { CHALLENGE_COOKIE, findChallengeUser, type ChallengeUser } from '@/lib/auth/challenges';
import { authCookieOptions } from '@/lib/auth/cookie-options';
import { FORBIDDEN_HREF, SIGN_IN_HREF } from '@/lib/links';
import { findSessionUser, SESSION_COOKIE } from '@/lib/auth/sessions';
import { ADMIN_PROJECTS_HREF } from '@/lib/links';
import { slugSchema } from '@/lib/validations/project-fields';
import { parseSlug } from '@/lib/validations/params';

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
  if (!user) redirect(SIGN_IN_HREF);
  if (!roles.includes(user.role)) redirect(FORBIDDEN_HREF);
  return user;
}

/**
 * The project `slug` (a bound argument, checked first) if `user` may change it: one read, with
 * the right in its `where`; a project not theirs or not there → "no permission" page.
 */
export async function authorizeProject(user: SignedInUser, slug: string): Promise<{ slug: string; projectId: number }> {
  const safeSlug = slugSchema.safeParse(slug);
  if (!safeSlug.success) redirect(ADMIN_PROJECTS_HREF);
  const project = await db.project.findFirst({
    where: { slug: safeSlug.data, ...editableBy(user) },
    select: { id: true },
  });
  if (!project) redirect(FORBIDDEN_HREF);
  return { slug: safeSlug.data, projectId: project.id };
}

/**
 * The pages that change one project (edit, status): the signed-in writer, read once, and the
 * project's form data. Checked in this order: session and role, then "page not found" for a
 * malformed address or a project that is not there, then "no permission" for a project that is
 * not theirs (admins: every project; editors: assigned ones).
 */
export async function requireProjectEditor(rawSlug: string) {
  const user = await requireUser(WRITERS);
  const slug = parseSlug(rawSlug);
  if (!slug) notFound();
  const project = await fetchProjectForEdit(slug);
  if (!project) notFound();
  await authorizeProject(user, slug);
  return { user, slug, project };
}

export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, authCookieOptions(await headers()));
}

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** The sign-in waiting for its second step (see lib/auth/challenges.ts), or null. */
export async function getChallengeUser(): Promise<ChallengeUser | null> {
  return findChallengeUser(db, (await cookies()).get(CHALLENGE_COOKIE)?.value);
}

export async function readChallengeToken(): Promise<string | undefined> {
  return (await cookies()).get(CHALLENGE_COOKIE)?.value;
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete({ name: CHALLENGE_COOKIE, path: '/admin' });
}

/**
 * Who may enrol a second factor: a signed-in official (optional for editors and viewers), or an
 * admin between password and workspace (required: admins get no session before enrolling).
 */
export async function requireEnrollee(): Promise<{ id: number; username: string; viaChallenge: boolean }> {
  const user = await getCurrentUser();
  if (user) return { id: user.id, username: user.username, viaChallenge: false };
  const pending = await getChallengeUser();
  if (!pending || pending.totpEnabled) redirect(SIGN_IN_HREF);
  return { id: pending.id, username: pending.username, viaChallenge: true };
}
