import type { PrismaClient } from '@prisma/client';
import { readDataset } from '@/lib/loader/build-dataset';
import { writeDataset } from '@/lib/loader/write-dataset';
import { createPrismaClient } from '@/lib/prisma-client';

/** A client on this test file's database, with the shipped dataset loaded. */
export async function loadShippedDataset(): Promise<PrismaClient> {
  const prisma = createPrismaClient();
  await writeDataset(prisma, readDataset());
  return prisma;
}
