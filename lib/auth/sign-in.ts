import type { PrismaClient } from '@prisma/client';
import { createChallenge } from '@/lib/auth/challenges';
import { hashToVerify, verifyPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/auth/sessions';
import { accountKey, addressKey, claimAttempt, releaseAttempt } from '@/lib/auth/throttle';

/**
 * What a password attempt leads to: a session; a challenge for the second factor (`code`); or,
 * for an admin without one, a challenge for enrolling it first (`enrol`: the second factor is
 * required for admins, optional for the other roles).
 */
export type SignInResult =
  | { ok: true; next: 'session' | 'code' | 'enrol'; token: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export type SignInAttempt = { username: string; password: string; address?: string | null };

/**
 * Known and unknown names take the same path: the same throttle statements (the account key is
 * a hash of the name, existing or not), one user look-up, one argon2 verification (against a
 * dummy hash for an unknown name), and the same answer. Only a right password does more.
 */
export async function attemptSignIn(
  prisma: PrismaClient,
  attempt: SignInAttempt,
  now = new Date(),
): Promise<SignInResult> {
  const keys = [accountKey(attempt.username), ...(attempt.address ? [addressKey(attempt.address)] : [])];
  const claim = await claimAttempt(prisma, keys, now.getTime());
  if (!claim.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: claim.retryAfterSeconds };
  const user = await prisma.user.findUnique({
    where: { username: attempt.username },
    select: { id: true, passwordHash: true, disabled: true, role: true, totpEnabled: true },
  });
  const valid = await verifyPassword(await hashToVerify(user?.passwordHash), attempt.password);
  if (!user || !valid || user.disabled) return { ok: false, reason: 'invalid' };
  await releaseAttempt(prisma, keys);
  if (user.totpEnabled) return { ok: true, next: 'code', token: await createChallenge(prisma, user.id, now) };
  if (user.role === 'admin') return { ok: true, next: 'enrol', token: await createChallenge(prisma, user.id, now) };
  return { ok: true, next: 'session', token: await createSession(prisma, user.id, now) };
}
