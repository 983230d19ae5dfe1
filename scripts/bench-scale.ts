/**
 * `npm run bench:scale [-- --sizes 100000,1000000 --duration 3 --warmup 3 --only home,search-2
 * --shared-buffers 6GB --out FILE]`:
 * the portal on PostgreSQL at scale (issue 12 §7). For each size, loads the synthetic projects of
 * `npm run db:synthetic` into a throwaway PostgreSQL with COPY and prints the load time; then the
 * table of `npm run bench` for that database through 1 and through 2 instances behind HAProxy
 * (`npm run cluster`), beside SQLite at 100,000 projects through one server and, in every row, a
 * bare node:http server sending the same bytes. Targets are printed against the figures, not asserted.
 */
import path from 'node:path';
import { z } from 'zod';
import { buildIfStale } from './lib/build.mjs';
import { ROOT } from './lib/run.mjs';
import { commaList, commandLine, loadAverage, machineFacts, parseOptions, runBenchmark } from './bench/command-line';
import { cycledTypes, loadTable, warmUp, type Cell, type Timing } from './bench/load-table';
import { PAGE_TYPE_IDS } from './bench/page-types';
import { loadPostgresSynthetic, type PostgresSynthetic } from './bench/postgres-synthetic';
import { Report } from './bench/report';
import { scaleTargets } from './bench/scale-targets';
import { startCluster, startNext, stopServersOnExit, type RunningServer } from './bench/servers';
import { ensureSyntheticDatabase } from './bench/synthetic-databases';

const USAGE =
  'npm run bench:scale -- [--sizes 100000,1000000] [--duration SECONDS] [--warmup SECONDS] [--only home,search-2,…] [--shared-buffers 6GB] [--out FILE]';
const optionsSchema = z.object({
  sizes: commaList(z.coerce.number().int().min(1).max(1_000_000)).default([100_000, 1_000_000]),
  duration: z.coerce.number().positive().max(600).default(3),
  warmup: z.coerce.number().min(0).max(600).default(3),
  only: commaList(z.enum(PAGE_TYPE_IDS)).optional(),
  // PostgreSQL's own default is 128MB, meant to start on any machine; its manual suggests a quarter
  // of the memory on a dedicated server. At 1,000,000 projects the search table alone is about 2 GB.
  'shared-buffers': z
    .string()
    .regex(/^[1-9][0-9]*(MB|GB)$/)
    .optional(),
  out: z.string().min(1).default('tmp/bench/scale.md'),
});
type Options = z.output<typeof optionsSchema>;

// Ports of this benchmark, apart from `npm run bench`'s (3310–3313): the balancer and its
// instances from 3280, one server on its own (SQLite) and the bare baseline server.
const SCALE_PORTS = { cluster: 3280, next: 3290, baseline: 3291 } as const;
const SQLITE_SIZE = 100_000;

/** Warms `server` up, measures every page type through it, and stops it. */
async function measure(
  report: Report,
  server: RunningServer,
  database: { projects: number; listed: number },
  options: Options & Timing,
  heading: string,
): Promise<Cell[]> {
  try {
    const types = cycledTypes(database.projects, database.listed, options.only);
    await warmUp(server.url, types);
    const loadAtStart = loadAverage();
    const { table, cells } = await loadTable(server.url, types, options, heading, SCALE_PORTS.baseline);
    report.table({
      ...table,
      note: `${table.note} Load average (1/5/15 min): ${loadAtStart} at the start, ${loadAverage()} at the end.`,
    });
    return cells;
  } finally {
    await server.stop();
  }
}

function loadTimeRow(database: PostgresSynthetic): string[] {
  const { rows, copySeconds, searchSeconds, analyzeSeconds, totalSeconds } = database.load;
  return [
    database.projects.toLocaleString('en'),
    rows.toLocaleString('en'),
    ...[copySeconds, searchSeconds, analyzeSeconds, totalSeconds].map((s) => s.toFixed(1)),
    loadAverage(),
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(optionsSchema, USAGE);
  stopServersOnExit();
  const report = new Report('Benchmark: the portal on PostgreSQL at scale (npm run bench:scale)');
  report.facts(machineFacts(commandLine('bench:scale')));
  await buildIfStale();
  const measured: { projects: number; one: Cell[]; two: Cell[] }[] = [];
  const settings: Record<string, string> = options['shared-buffers']
    ? { shared_buffers: options['shared-buffers'] }
    : {};
  for (const size of options.sizes) {
    console.log(`bench:scale: loading ${size} synthetic projects into PostgreSQL …`);
    const database = await loadPostgresSynthetic(size, settings);
    try {
      report.table({
        title: `Load into PostgreSQL — ${size.toLocaleString('en')} projects`,
        headers: ['projects', 'rows copied', 'COPY s', 'search index s', 'VACUUM ANALYZE s', 'total s', 'load average'],
        rows: [loadTimeRow(database)],
        note: `PostgreSQL shared_buffers: ${settings.shared_buffers ?? '128MB (its default)'}. rows copied: synthetic enterprises and projects (COPY) and their set memberships (INSERT … SELECT); total includes starting the server, migrating and the shipped dataset.`,
      });
      const heading = (n: number) =>
        `PostgreSQL, ${size.toLocaleString('en')} projects, ${n} instance${n > 1 ? 's' : ''} behind HAProxy`;
      const cluster = (instances: number) =>
        startCluster({ port: SCALE_PORTS.cluster, databaseUrl: database.url, instances });
      const one = await measure(report, await cluster(1), database, options, heading(1));
      const two = await measure(report, await cluster(2), database, options, heading(2));
      measured.push({ projects: size, one, two });
    } finally {
      database.stop();
    }
  }
  const sqlite = await ensureSyntheticDatabase(SQLITE_SIZE);
  await measure(
    report,
    await startNext({ port: SCALE_PORTS.next, databaseUrl: sqlite.url }),
    sqlite,
    options,
    `SQLite, ${SQLITE_SIZE.toLocaleString('en')} projects (${path.relative(ROOT, sqlite.file)}), one server`,
  );
  report.table(scaleTargets(measured));
  report.finish(path.resolve(ROOT, options.out));
}

runBenchmark(main);
