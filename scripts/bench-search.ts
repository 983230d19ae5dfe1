/**
 * `npm run bench:search [-- --projects 100000 --db FILE --runs 30]`: server-side search time
 * (the search page's data function, not HTTP) on a synthetic database, per kind of query.
 * Builds the database with `npm run db:synthetic` when FILE is missing; reuses it otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createPrismaClient } from '@/lib/prisma-client';
import { searchEverythingWith } from '@/lib/search/search-everything';

const argsSchema = z.object({
  projects: z.coerce.number().int().min(1).max(1_000_000).default(100_000),
  db: z.string().min(1).optional(),
  runs: z.coerce.number().int().min(1).max(10_000).default(30),
});

// Real terms of the source next to synthetic ones that match every one of the N projects.
const QUERIES: Record<string, string[]> = {
  '2 characters': ['红木', '康养', '环保', '二期', '示例', '项目', '企业', '测试'],
  '3 characters': ['压力容', '示例项', '000', '123', '开工仪', '98.'],
  '6 characters': ['智能家居及高', '压力容器有限', '示例项目', '000123', '重点项目集中', '1283.6'],
  Traditional: ['紅木家具', '壓力容器', '長清區', '項目建設', '示例項目', '環保'],
  pinyin: ['hongmu', 'beichen', 'shilixiangmu', 'xiangmu', 'runfeng', 'shili'],
  'mixed lengths': ['示例项目 00', '测试 000123', '二期 压力容器', 'xiangmu 00'],
  '1 character': ['红', '项', '0'],
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const named = Object.fromEntries(process.argv.slice(2).flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1]]] : [])));
  const args = argsSchema.parse(named);
  const file = path.resolve(args.db ?? path.join(tmpdir(), `portal-bench-${args.projects}.db`));
  if (!existsSync(file)) {
    console.log(`bench:search: building ${file} with ${args.projects} synthetic projects …`);
    execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/db-synthetic.ts', '--projects', String(args.projects), '--out', file], { stdio: 'inherit' });
  }
  const prisma = createPrismaClient(`file:${file}`);
  try {
    const projects = await prisma.project.count();
    console.log(`bench:search: ${file}, ${projects} projects, ${args.runs} runs per query (all groups, first page)\n`);
    console.log('kind            p50 ms   p95 ms   max ms');
    for (const [kind, queries] of Object.entries(QUERIES)) {
      for (const q of queries) await searchEverythingWith(prisma, { q, type: undefined, page: 1 }); // warm-up
      const times: number[] = [];
      for (let run = 0; run < args.runs; run += 1) {
        for (const q of queries) {
          const started = performance.now();
          await searchEverythingWith(prisma, { q, type: undefined, page: 1 });
          times.push(performance.now() - started);
        }
      }
      times.sort((a, b) => a - b);
      const cells = [50, 95, 100].map((p) => percentile(times, p).toFixed(2).padStart(8));
      console.log(`${kind.padEnd(14)}${cells.join(' ')}   (${queries.join(', ')})`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
