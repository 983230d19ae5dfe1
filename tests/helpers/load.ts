import type { Prisma, PrismaClient } from '@prisma/client';
import { readDataset } from '@/lib/loader/build-dataset';
import { writeDataset } from '@/lib/loader/write-dataset';
import { createPrismaClient } from '@/lib/prisma-client';
import { withAudit } from '@/lib/revisions/with-audit';
import { syntheticEnterprises } from '@/lib/synthetic/generate-projects';
import { SLOW_SETUP_MS } from './timeouts';

/** A client on this test file's database, with the shipped dataset loaded. */
export async function loadShippedDataset(): Promise<PrismaClient> {
  const prisma = createPrismaClient();
  await writeDataset(prisma, readDataset());
  return prisma;
}

/**
 * The shipped dataset and, written as an import would (audited), the synthetic enterprises and
 * these synthetic projects; `then` adds what the test needs in the same transaction.
 */
export async function loadWithSyntheticProjects(
  projects: Prisma.ProjectCreateManyInput[],
  then: (tx: Prisma.TransactionClient) => Promise<void> = async () => {},
): Promise<PrismaClient> {
  const prisma = await loadShippedDataset();
  const context = { actor: { role: 'import' as const, id: null, name: 'test' }, reason: 'test', sourceRef: null };
  await withAudit(
    prisma,
    context,
    async (tx) => {
      await tx.enterprise.createMany({ data: syntheticEnterprises() });
      await tx.project.createMany({ data: projects });
      await then(tx);
    },
    { timeout: SLOW_SETUP_MS },
  );
  return prisma;
}
