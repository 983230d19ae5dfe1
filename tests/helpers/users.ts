import type { PrismaClient } from '@prisma/client';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/roles';
import { createSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { request } from './next-mocks';

export const TEST_PASSWORD = 'correct horse battery staple';

export async function createUser(prisma: PrismaClient, username: string, role: Role, assignedProjectIds: number[] = []) {
  return prisma.user.create({
    data: {
      username,
      displayName: `测试${username}`,
      role,
      passwordHash: await hashPassword(TEST_PASSWORD),
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
