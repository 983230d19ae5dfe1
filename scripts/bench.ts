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
import { commaList, commandLine, machineFacts, parseOptions, runBenchmark } from './bench/command-line';
import { floorJs } from './bench/floor-app';
import { measureJs, type JsBytes } from './bench/js-bytes';
import { cycledTypes, loadTable, warmUp, type Cycled, type Timing } from './bench/load-table';
import { PAGE_TYPE_IDS } from './bench/page-types';
import { byteCount, Report, type Table } from './bench/report';
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

async function measureSize(
  report: Report,
  database: SyntheticDatabase,
  only: string[] | undefined,
  timing: Timing,
  floor: JsBytes | null,
) {
  const types = cycledTypes(database.projects, database.listed, only);
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
    report.table((await loadTable(server.url, types, timing, heading)).table);
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
  report.finish(path.resolve(ROOT, options.out));
}

runBenchmark(main);
