import { hostname } from 'node:os';
import type { Prisma, PrismaClient } from '@prisma/client';

/**
 * An import being applied, as lib/import/import-job.ts records it, by this process or, with
 * `alive: false`, by one that is gone (a process id no system gives out). `rows`: the job's rows.
 */
export function createApplyingImport(
  prisma: Pick<PrismaClient, 'importJob'>,
  { alive = true, rows }: { alive?: boolean; rows?: Prisma.ImportJobRowCreateWithoutJobInput[] } = {},
) {
  return prisma.importJob.create({
    data: {
      status: 'applying',
      owner: `${hostname()}:${alive ? process.pid : 2 ** 22 + 1}:test`,
      heartbeat: new Date(),
      revisionFloor: 0,
      actorRole: 'import',
      actorName: '导入',
      reason: '测试',
      created: 0,
      updated: rows?.length ?? 0,
      unchanged: 0,
      ...(rows ? { rows: { create: rows } } : {}),
    },
  });
}
