/**
 * `npm run bench [-- --duration 5 --warmup 3 --sizes 10000,100000 --only home,search-2 --out tmp/bench/last.md]`:
 * requests per second and latency of every kind of public page on synthetic databases of each
 * size, next to a bare Node http server sending the same bytes, and each page's JavaScript next to
 * an empty Next app's. Prints tables and writes them as Markdown for the README.
 */
import path from 'node:path';
import { z } from 'zod';
import { buildIfStale } from './lib/build.mjs';
import { ROOT } from './lib/run.mjs';
import { captureResponse, startBaselineServer } from './bench/baseline-server';
import { commaList, commandLine, loadAverage, machineFacts, parseOptions } from './bench/command-line';
import { floorJs } from './bench/floor-app';
import { measureJs, type JsBytes } from './bench/js-bytes';
import { loadTest, pathCycle, type PathCycle } from './bench/load-test';
import { PAGE_TYPE_IDS, pageTypes, type PageType } from './bench/page-types';
import { byteCount, figure, Report, type Table } from './bench/report';
import { PORTS, startNext, stopServersOnExit } from './bench/servers';
import { ensureSyntheticDatabase, type SyntheticDatabase } from './bench/synthetic-databases';

const USAGE =
  'npm run bench -- [--duration SECONDS] [--warmup SECONDS] [--sizes 10000,100000] [--only home,search-2,…] [--out FILE]';
const optionsSchema = z.object({
  duration: z.coerce.number().positive().max(600).default(5),
  warmup: z.coerce.number().min(0).max(600).default(3),
  sizes: commaList(z.coerce.number().int().min(1).max(1_000_000)).default([10_000, 100_000]),
  only: commaList(z.enum(PAGE_TYPE_IDS)).optional(),
  out: z.string().min(1).default('tmp/bench/last.md'),
});
const CONNECTIONS = [1, 10];
const WARM_UP_REQUESTS = 3;

/** A page type with its own turn of paths: warm-up, bytes and load all take the next unused one. */
type Cycled = PageType & { nextPath: PathCycle };

async function warmUp(url: string, types: Cycled[]): Promise<void> {
  for (const type of types) {
    for (let i = 0; i < WARM_UP_REQUESTS; i += 1) {
      const path = type.nextPath();
      const { status } = await captureResponse(url + path);
      if (status !== 200) console.warn(`bench: warning: ${path} answered ${status}`);
    }
  }
}

function jsRow(name: string, js: JsBytes, floor: JsBytes): string[] {
  const over = `${(((js.gzip - floor.gzip) / floor.gzip) * 100).toFixed(1)} %`;
  return [
    name,
    String(js.scripts),
    byteCount(js.gzip),
    over,
    byteCount(js.nomoduleGzip),
    String(js.inlineScripts),
    byteCount(js.inlineGzip),
  ];
}

async function jsTable(url: string, types: Cycled[], floor: JsBytes, heading: string): Promise<Table> {
  const rows = [jsRow('floor: empty Next app', floor, floor)];
  for (const type of types) {
    const js = await measureJs(url, type.nextPath());
    if (js) rows.push(jsRow(type.id, js, floor));
  }
  return {
    title: `JavaScript per page (gzip -9) — ${heading}`,
    headers: ['page', 'scripts', 'JS bytes', 'over floor', 'nomodule bytes', 'inline scripts', 'inline bytes'],
    rows,
    note:
      'JS bytes: the <script src> files of the HTML, each gzipped; nomodule polyfills (skipped by browsers with modules) apart. ' +
      'Inline: inline scripts (React payload) gzipped together. Target: JS bytes within 10 % of the floor.',
  };
}

/**
 * Next and the baseline, one page type after the other, each at 1 and at 10 connections. Each
 * type is first loaded for `warmup` seconds, unmeasured, on paths of its own that the measured
 * run does not repeat: a server that has just started still compiles its code (the first few
 * hundred listing pages take half as long again), and a public server runs for days.
 */
async function loadTable(url: string, types: Cycled[], { duration, warmup }: Timing, heading: string): Promise<Table> {
  const rows: string[][] = [];
  for (const type of types) {
    console.log(`bench: ${type.id} …`);
    if (warmup > 0) await loadTest(url, type.nextPath, CONNECTIONS[CONNECTIONS.length - 1], warmup);
    const baseline = await startBaselineServer(PORTS.baseline, await captureResponse(url + type.nextPath()));
    const baselinePath = pathCycle(type.paths);
    try {
      for (const connections of CONNECTIONS) {
        const before = type.nextPath.asked;
        const next = await loadTest(url, type.nextPath, connections, duration);
        const base = await loadTest(baseline.url, baselinePath, connections, duration);
        rows.push([
          ...[type.id, connections, next.requests].map(String),
          ...[next.rps, next.p50, next.p95, next.p99].map(figure),
          ...[next.non2xx, next.errors].map(String),
          repeats(type, before),
          ...[base.rps, base.p50, base.p95, base.p99].map(figure),
          String(base.non2xx + base.errors),
          (next.rps / base.rps).toFixed(3),
        ]);
      }
    } finally {
      await baseline.stop();
    }
  }
  return {
    title: `Requests per second and latency (ms), ${duration} s per cell after ${warmup} s of warm-up — ${heading}`,
    headers: [
      'page',
      'conn',
      'answered',
      'req/s',
      'p50',
      'p95',
      'p99',
      'non-2xx',
      'errors',
      'repeats',
      'base req/s',
      'base p50',
      'base p95',
      'base p99',
      'base failed',
      'Next/base',
    ],
    rows,
    note:
      'answered: requests answered in the time, the sample behind the latency percentiles. ' +
      'repeats: requests for a path of a cycled list asked before in the run (the server may have answered them from its copy; – for a single path). ' +
      'base: a bare node:http server on the same machine sending the bytes Next sent for that page (failed: non-2xx and errors). ' +
      'Next/base: ratio of requests per second.',
  };
}

type Timing = { duration: number; warmup: number };

/** How many requests of the cell just run asked for a path of the list a second time. */
function repeats(type: Cycled, askedBefore: number): string {
  if (type.paths.length === 1) return '–';
  return String(Math.max(0, type.nextPath.asked - Math.max(askedBefore, type.paths.length)));
}

async function measureSize(
  report: Report,
  database: SyntheticDatabase,
  only: string[] | undefined,
  timing: Timing,
  floor: JsBytes | null,
) {
  const types: Cycled[] = pageTypes(database.projects, database.listed)
    .filter((type) => !only || only.includes(type.id))
    .map((type) => ({ ...type, nextPath: pathCycle(type.paths) }));
  const heading = `${database.projects.toLocaleString('en')} synthetic projects (${path.relative(ROOT, database.file)})`;
  report.table({
    title: `Page types — ${heading}`,
    headers: ['page', 'what', 'first path'],
    rows: types.map((type) => [type.id, type.label, decodeURI(type.paths[0])]),
  });
  const server = await startNext({ port: PORTS.next, databaseUrl: database.url });
  try {
    await warmUp(server.url, types);
    if (floor) report.table(await jsTable(server.url, types, floor, heading));
    report.table(await loadTable(server.url, types, timing, heading));
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(optionsSchema, USAGE);
  stopServersOnExit();
  const facts = machineFacts(commandLine('bench'));
  const databases: SyntheticDatabase[] = [];
  for (const size of options.sizes) databases.push(await ensureSyntheticDatabase(size));
  await buildIfStale();
  const floor = await floorJs();
  const report = new Report('Benchmark: public pages (npm run bench)');
  report.facts(facts);
  for (const [i, database] of databases.entries())
    await measureSize(report, database, options.only, options, i === 0 ? floor : null);
  report.facts([`Load average (1/5/15 min) at end: ${loadAverage()}`]);
  report.write(path.resolve(ROOT, options.out));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
