/**
 * `npm run bench:search [-- --projects 100000 --db FILE --runs 30]`: server-side search time
 * (the search page's data function, not HTTP) on a synthetic database, per kind of query; then
 * the project listing's read (fetchProjectList: count and page) for a few hundred distinct
 * queries of each kind (scripts/lib/listing-queries.ts), each run once.
 * Builds the database with `npm run db:synthetic` when FILE is missing; reuses it otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createPrismaClient } from '@/lib/prisma-client';
import { listProjectsWith } from '@/lib/project-list/list-projects';
import { listChainsWith } from '@/lib/project-list/listing-options';
import { searchEverythingWith } from '@/lib/search/search-everything';
import { projectFiltersSchema } from '@/lib/validations/project-filters';
import { percentile } from './bench/report';
import { listingQueries } from './lib/listing-queries';

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

type Sample = { wall: number; cpu: number };
const HEADER = 'kind                    p50 ms   p95 ms   max ms  cpu p50  cpu p95';

/**
 * Times one call: wall-clock, and this process's CPU time, which a machine busy with other work
 * inflates far less (the database runs in-process, so it includes SQLite's work).
 */
async function timed(call: () => Promise<unknown>): Promise<Sample> {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  await call();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

function printRow(kind: string, samples: Sample[], note: string): void {
  const wall = samples.map((s) => s.wall).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b);
  const cells = [...[50, 95, 100].map((p) => percentile(wall, p)), ...[50, 95].map((p) => percentile(cpu, p))].map(
    (ms) => ms.toFixed(2).padStart(8),
  );
  console.log(`${kind.padEnd(22)}${cells.join(' ')}   (${note})`);
}

async function main(): Promise<void> {
  const named = Object.fromEntries(
    process.argv.slice(2).flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1]]] : [])),
  );
  const args = argsSchema.parse(named);
  const file = path.resolve(args.db ?? path.join(tmpdir(), `portal-bench-${args.projects}.db`));
  if (!existsSync(file)) {
    console.log(`bench:search: building ${file} with ${args.projects} synthetic projects …`);
    execFileSync(
      path.resolve('node_modules/.bin/tsx'),
      ['scripts/db-synthetic.ts', '--projects', String(args.projects), '--out', file],
      { stdio: 'inherit' },
    );
  }
  const prisma = createPrismaClient(`file:${file}`);
  try {
    const projects = await prisma.project.count();
    console.log(`bench:search: ${file}, ${projects} projects, ${args.runs} runs per query (all groups, first page)\n`);
    console.log(HEADER);
    for (const [kind, queries] of Object.entries(QUERIES)) {
      for (const q of queries) await searchEverythingWith(prisma, { q, type: undefined, page: 1 }); // warm-up
      const samples: Sample[] = [];
      for (let run = 0; run < args.runs; run += 1) {
        for (const q of queries)
          samples.push(await timed(() => searchEverythingWith(prisma, { q, type: undefined, page: 1 })));
      }
      printRow(kind, samples, queries.join(', '));
    }
    console.log('\nlisting: fetchProjectList (count + page of 20), every query distinct and run once');
    console.log(HEADER);
    for (const [kind, queries] of Object.entries(listingQueries(projects))) {
      const samples: Sample[] = [];
      for (const query of queries)
        samples.push(await timed(() => listProjectsWith(prisma, projectFiltersSchema.parse(query))));
      printRow(kind, samples, `${queries.length} queries, e.g. ?${new URLSearchParams(queries[1])}`);
    }
    // The page also reads the chain filter's options on every request.
    const options: Sample[] = [];
    for (let run = 0; run < 300; run += 1) options.push(await timed(() => listChainsWith(prisma)));
    printRow('chain options', options, 'listChainsWith, 300 runs');
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
