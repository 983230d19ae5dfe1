import type { PrismaClient } from '@prisma/client';
import { verifyAgainstDummy, verifyPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/auth/sessions';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export type SignInResult = { ok: true; token: string } | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Unknown user names are counted too (in memory, per server process), so that they lock
 * exactly like real accounts and the answers never tell whether a name exists.
 */
const unknownNames = new Map<string, { failures: number; lockedUntil: number | null }>();
const MAX_TRACKED_UNKNOWN = 10_000;

function unknownNameAttempt(username: string, now: number): 'locked' | 'invalid' {
  const entry = unknownNames.get(username) ?? { failures: 0, lockedUntil: null };
  if (entry.lockedUntil !== null && entry.lockedUntil > now) return 'locked';
  if (entry.lockedUntil !== null) Object.assign(entry, { failures: 0, lockedUntil: null });
  entry.failures += 1;
  if (entry.failures >= MAX_FAILED_SIGN_INS) entry.lockedUntil = now + LOCKOUT_MS;
  if (unknownNames.size >= MAX_TRACKED_UNKNOWN && !unknownNames.has(username)) unknownNames.clear();
  unknownNames.set(username, entry);
  return 'invalid';
}

export async function attemptSignIn(prisma: PrismaClient, username: string, password: string, now = new Date()): Promise<SignInResult> {
  const user = await prisma.user.findUnique({
    where: { username },
    select: { id: true, passwordHash: true, failedSignIns: true, lockedUntil: true, disabled: true },
  });
  if (!user) {
    const outcome = unknownNameAttempt(username, now.getTime());
    if (outcome === 'invalid') await verifyAgainstDummy(password);
    return { ok: false, reason: outcome };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: 'locked' };
  // A lock that has run out starts a fresh count.
  const failuresSoFar = user.lockedUntil ? 0 : user.failedSignIns;
  const valid = await verifyPassword(user.passwordHash, password);
  if (!valid || user.disabled) {
    const failures = failuresSoFar + 1;
    const locked = failures >= MAX_FAILED_SIGN_INS;
    await prisma.user.update({
      where: { id: user.id },
      data: { failedSignIns: failures, lockedUntil: locked ? new Date(now.getTime() + LOCKOUT_MS) : null },
    });
    return { ok: false, reason: 'invalid' };
  }
  await prisma.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
  return { ok: true, token: await createSession(prisma, user.id, now) };
}
