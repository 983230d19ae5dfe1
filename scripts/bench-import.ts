/**
 * `npm run bench:import [-- --rows N]`: times the bulk import of N (default 10,000) plainly synthetic
 * rows (示例项目 000001 …) into a temporary database (never data/portal.db), then re-imports the
 * same file, which must change nothing. Target: under 30 s for 10,000 rows.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { applyImport } from '@/lib/writes/import-apply';
import { readImportFile } from '@/lib/import/read-table';
import { readDataset } from '@/lib/loader/build-dataset';
import { writeDataset } from '@/lib/loader/write-dataset';
import { createPrismaClient } from '@/lib/prisma-client';
import { syntheticImportCsv } from '@/lib/synthetic/import-csv';

const rows = z.coerce
  .number()
  .int()
  .min(1)
  .max(100_000)
  .parse(process.argv.includes('--rows') ? process.argv[process.argv.indexOf('--rows') + 1] : 10_000);

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
  const url = `file:${path.join(dir, 'bench.db')}`;
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'ignore',
  });
  const prisma = createPrismaClient(url);
  try {
    await writeDataset(prisma, readDataset());
    const file = path.join(dir, 'synthetic.csv');
    writeFileSync(file, syntheticImportCsv(rows));
    const context = {
      actor: { role: 'import' as const, id: null, name: '性能基准（合成数据）' },
      reason: '性能基准',
      sourceRef: '合成数据',
    };

    let started = performance.now();
    const table = await readImportFile(new Uint8Array(readFileSync(file)));
    if (!table.ok) throw new Error(JSON.stringify(table.errors.slice(0, 5)));
    const first = await applyImport(prisma, table.rows, context);
    console.log(
      `bench:import: ${rows} rows read, checked and written in ${seconds(started)} s (created ${first.created}, revisions ${await prisma.revision.count({ where: { actorRole: 'import' } })})`,
    );

    started = performance.now();
    const again = await readImportFile(new Uint8Array(readFileSync(file)));
    if (!again.ok) throw new Error('second read failed');
    const second = await applyImport(prisma, again.rows, context);
    console.log(
      `bench:import: same file again in ${seconds(started)} s (created ${second.created}, updated ${second.updated}, unchanged ${second.unchanged})`,
    );
  } finally {
    await prisma.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
