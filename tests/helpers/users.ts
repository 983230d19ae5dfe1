import type { PrismaClient } from '@prisma/client';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/roles';
import { createSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { base32Decode, codeForStep, stepAt } from '@/lib/auth/totp';
import { request } from './next-mocks';

export const TEST_PASSWORD = 'correct horse battery staple';
/** RFC 6238's SHA-1 test key ("12345678901234567890") in base32: the second factor of test accounts. */
export const TEST_TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** The app's code for a moment (default now), as an authenticator would show it. */
export function totpCode(at = Date.now(), secret = TEST_TOTP_SECRET): string {
  return codeForStep(base32Decode(secret), stepAt(at));
}

/** A test account; `totp: true` gives it the second factor already enrolled (admins need one to sign in). */
export async function createUser(
  prisma: PrismaClient,
  username: string,
  role: Role,
  assignedProjectIds: number[] = [],
  { totp = false } = {},
) {
  return prisma.user.create({
    data: {
      username,
      displayName: `测试${username}`,
      role,
      passwordHash: await hashPassword(TEST_PASSWORD),
      ...(totp ? { totpSecret: TEST_TOTP_SECRET, totpEnabled: true } : {}),
      assignments: { create: assignedProjectIds.map((projectId) => ({ projectId })) },
    },
  });
}

/** Puts a session cookie for the user on the mocked request; `createdAt` lets a test age it. */
export async function signInAs(prisma: PrismaClient, userId: number, createdAt = new Date()) {
  const token = await createSession(prisma, userId, createdAt);
  request.cookies.set(SESSION_COOKIE, { value: token, options: {} });
  return token;
}
