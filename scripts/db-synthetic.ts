/**
 * `npm run db:synthetic -- --projects N --out FILE`: a separate SQLite database with the shipped
 * dataset plus N plainly synthetic projects (示例项目 000001 …) in the 2023 programme set.
 * For tests and benchmarks only: it refuses to write the default database.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATABASE_FILE } from '@/lib/database-url';
import { readDataset } from '@/lib/loader/build-dataset';
import { writeDataset } from '@/lib/loader/write-dataset';
import { createPrismaClient } from '@/lib/prisma-client';
import { withAudit } from '@/lib/revisions/with-audit';
import { optimizeSearchIndex } from '@/lib/search/rebuild';
import { syntheticEnterprises, syntheticProjects } from '@/lib/synthetic/generate-projects';

const argsSchema = z.object({
  projects: z.coerce.number().int().min(1).max(1_000_000),
  out: z
    .string()
    .min(1)
    .refine((file) => path.resolve(file) !== path.resolve(DEFAULT_DATABASE_FILE), 'never the default database'),
});
const PROGRAMME_SET = 'key-projects-2023';
const CHUNK = 2_000;

function parseArgs(argv: string[]) {
  const named = Object.fromEntries(
    argv.flatMap((arg, i) => (arg.startsWith('--') ? [[arg.slice(2), argv[i + 1]]] : [])),
  );
  const parsed = argsSchema.safeParse(named);
  if (!parsed.success) {
    console.error(`usage: npm run db:synthetic -- --projects N --out FILE\n${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const { projects: count, out } = parseArgs(process.argv.slice(2));
  const file = path.resolve(out);
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const url = `file:${file}`;
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'ignore',
  });
  const prisma = createPrismaClient(url);
  const started = Date.now();
  try {
    await writeDataset(prisma, readDataset());
    const context = {
      actor: { role: 'import' as const, id: null, name: '合成测试数据' },
      reason: '合成测试数据',
      sourceRef: null,
    };
    await withAudit(
      prisma,
      context,
      async (tx) => {
        await tx.enterprise.createMany({ data: syntheticEnterprises() });
        const rows = syntheticProjects(count);
        for (let i = 0; i < rows.length; i += CHUNK) await tx.project.createMany({ data: rows.slice(i, i + CHUNK) });
        const firstId = (
          await tx.project.findFirstOrThrow({
            where: { knownAs: 'synthetic' },
            orderBy: { id: 'asc' },
            select: { id: true },
          })
        ).id;
        for (let i = 0; i < rows.length; i += CHUNK) {
          const ids = Array.from({ length: Math.min(CHUNK, rows.length - i) }, (_, k) => firstId + i + k);
          await tx.setMembership.createMany({ data: ids.map((projectId) => ({ setId: PROGRAMME_SET, projectId })) });
        }
      },
      { timeout: 600_000 },
    );
    // Triggers indexed the new rows (withAudit filled in their pinyin); merge the index segments.
    await optimizeSearchIndex(prisma);
    console.log(
      `db:synthetic: ${count} synthetic projects in ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
