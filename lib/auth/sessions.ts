import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@prisma/client';
import { isRole, type SignedInUser } from '@/lib/auth/roles';

/** A session ends after 30 minutes without a request, and 8 hours after sign-in whatever happens. */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_LIFETIME_MS = 8 * 3_600_000;
// lastSeenAt is written at most once a minute, not on every page.
const TOUCH_INTERVAL_MS = 60_000;

export const SESSION_COOKIE = 'portal_session';

/** The table keeps only the token's SHA-256: a copy of the database signs nobody in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(prisma: PrismaClient, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await prisma.session.create({
    data: {
      id: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
    },
  });
  return token;
}

/** The signed-in user for a cookie token, or null when missing, unknown, idle, expired or disabled. */
export async function findSessionUser(
  prisma: PrismaClient,
  token: string | undefined,
  now = new Date(),
): Promise<SignedInUser | null> {
  if (!token || token.length > 200) return null;
  const id = hashToken(token);
  const session = await prisma.session.findUnique({
    where: { id },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, username: true, displayName: true, role: true, disabled: true } },
    },
  });
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (idle || session.expiresAt <= now || session.user.disabled || !isRole(session.user.role)) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await prisma.session.update({ where: { id }, data: { lastSeenAt: now } });
  }
  const { disabled: _disabled, role, ...user } = session.user;
  return { ...user, role };
}

export async function deleteSession(prisma: PrismaClient, token: string | undefined): Promise<void> {
  if (token) await prisma.session.deleteMany({ where: { id: hashToken(token) } });
}
