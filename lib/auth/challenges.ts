import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@prisma/client';
import { isRole, type Role } from '@/lib/auth/roles';
import { hashToken } from '@/lib/auth/sessions';

/**
 * Between a right password and the second factor (or an admin's enrolment) the browser holds a
 * challenge, not a session: it opens no workspace page, only the next step, for 10 minutes.
 */
export const CHALLENGE_LIFETIME_MS = 10 * 60_000;
export const CHALLENGE_COOKIE = 'portal_sign_in';

export type ChallengeUser = { id: number; username: string; role: Role; totpEnabled: boolean };

export async function createChallenge(prisma: PrismaClient, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await prisma.signInChallenge.create({
    data: { id: hashToken(token), userId, expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS) },
  });
  return token;
}

export async function findChallengeUser(
  prisma: PrismaClient,
  token: string | undefined,
  now = new Date(),
): Promise<ChallengeUser | null> {
  if (!token || token.length > 200) return null;
  const challenge = await prisma.signInChallenge.findUnique({
    where: { id: hashToken(token) },
    select: {
      expiresAt: true,
      user: { select: { id: true, username: true, role: true, disabled: true, totpEnabled: true } },
    },
  });
  if (!challenge || challenge.expiresAt <= now || challenge.user.disabled || !isRole(challenge.user.role)) return null;
  const { disabled: _disabled, role, ...user } = challenge.user;
  return { ...user, role };
}

/** Used once: the step that completes the sign-in deletes it (and any expired ones). */
export async function deleteChallenge(prisma: PrismaClient, token: string, now = new Date()): Promise<void> {
  await prisma.signInChallenge.deleteMany({ where: { OR: [{ id: hashToken(token) }, { expiresAt: { lte: now } }] } });
}
