import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startCacheInvalidation } from '@/lib/cache/invalidation';
import { loadShippedDataset } from './load';
import { request } from './next-mocks';
import { SLOW_SETUP_MS } from './timeouts';
import { createUser, signInAs } from './users';

/**
 * A test file's workspace set-up: the shipped dataset in the file's own database, an admin, and
 * that admin signed in on a fresh mocked request before each test. `ready` hands the client and
 * the admin's id to the file. With `invalidation`, writes expire the cached pages as in the
 * server. The file still mocks next/headers, next/navigation and next/cache itself (vi.mock is
 * per file).
 */
export function signedInAdmin(
  ready: (prisma: PrismaClient, adminId: number) => void,
  { invalidation = false } = {},
): void {
  let prisma: PrismaClient;
  let adminId: number;
  beforeAll(async () => {
    prisma = await loadShippedDataset();
    if (invalidation) startCacheInvalidation();
    adminId = (await createUser(prisma, 'admin', 'admin')).id;
    ready(prisma, adminId);
  }, SLOW_SETUP_MS);
  afterAll(() => prisma.$disconnect());
  beforeEach(async () => {
    request.reset();
    await signInAs(prisma, adminId);
  });
}
