/**
 * `npm run bench:load [-- --duration 60 --connections 200 --officials 4 --import-rows 19000 --projects 10000
 * --instances 1 --stop-one-at 0 --rate 0]`:
 * public traffic on every kind of page from `connections` connections for `duration` seconds,
 * each asking again as soon as it is answered, or with `--rate R` R requests a second in all, sent
 * as they fall due whether or not earlier ones were answered (visitors arriving; see open-loop.ts),
 * while officials save edits through the workspace's forms and a command-line import runs. Prints
 * latency, status counts, readers' waits during the import, and whether every acknowledged edit
 * is in the revision history exactly once. Targets: no 5xx, no lost or repeated edit, no reader
 * waiting over 1 s during the import. With `--instances N` (N > 1) the traffic goes through
 * `npm run cluster` (HAProxy in front of N instances); `--stop-one-at S` stops the first instance S
 * seconds into the run, to show that no request the balancer could retry and no edit is lost.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { z } from 'zod';
import { buildIfStale } from './lib/build.mjs';
import { commandLine, loadAverage, machineFacts, parseOptions } from './bench/command-line';
import { runImport, type ImportRun } from './bench/import-child';
import { shuffled } from './bench/keywords';
import { checkEdits, createOfficials, editUntil, type EditLog } from './bench/load-officials';
import { pathCycle } from './bench/load-test';
import { openLoop, type OpenLoopAnswer } from './bench/open-loop';
import { pageTypes } from './bench/page-types';
import { figure, percentile, Report, tally } from './bench/report';
import { BENCH_TMP, PORTS, startCluster, startNext, stopServersOnExit } from './bench/servers';
import { ensureSyntheticDatabase } from './bench/synthetic-databases';

const USAGE =
  'npm run bench:load -- [--duration 60] [--connections 200] [--officials 4] [--import-rows 19000] [--projects 10000] [--instances 1] [--stop-one-at 0] [--rate 0] [--port 3310] [--out FILE]';
const options = parseOptions(
  z.object({
    duration: z.coerce.number().int().min(5).max(600).default(60),
    connections: z.coerce.number().int().min(1).max(1000).default(200),
    officials: z.coerce.number().int().min(0).max(20).default(4),
    'import-rows': z.coerce.number().int().min(0).max(100_000).default(19_000),
    projects: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
    instances: z.coerce.number().int().min(1).max(16).default(1),
    'stop-one-at': z.coerce.number().int().min(0).max(600).default(0),
    // 0: each connection asks again as soon as it is answered (as fast as the server goes).
    rate: z.coerce.number().int().min(0).max(10_000).default(0),
    // Another port when other people's benchmarks use the usual one on the same machine.
    port: z.coerce.number().int().min(1024).max(65_535).default(PORTS.next),
    out: z.string().min(1).default('tmp/bench/load.md'),
  }),
  USAGE,
);
const IMPORT_DELAY_MS = 5_000;
const SLOW_MS = 1_000;
const PROJECTS_PER_OFFICIAL = 25;

type Answer = OpenLoopAnswer;

// Every connection asks again as soon as it is answered: the server's own pace sets the rate.
async function closedLoop(url: string, nextPath: () => string, onAnswer: (answer: Answer) => void) {
  const load = autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }],
  });
  load.on('response', (_client, status, _bytes, ms) => onAnswer({ endedAt: performance.now(), ms, status }));
  return load;
}

async function main() {
  stopServersOnExit();
  const report = new Report('Load: public traffic, officials’ edits and an import at once');
  report.facts(machineFacts(commandLine('bench:load')));

  // A copy of the synthetic database, so that the edits and the import leave the reused file as it was.
  const source = await ensureSyntheticDatabase(options.projects);
  const file = path.join(BENCH_TMP, 'load.db');
  mkdirSync(BENCH_TMP, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  copyFileSync(source.file, file);
  const databaseUrl = `file:${file}`;
  const officials = await createOfficials(databaseUrl, options.officials, PROJECTS_PER_OFFICIAL);

  await buildIfStale();
  const cluster =
    options.instances > 1
      ? await startCluster({ port: options.port, databaseUrl, instances: options.instances })
      : null;
  const server = cluster ?? (await startNext({ port: options.port, databaseUrl }));
  if (cluster && options['stop-one-at'] > 0) setTimeout(() => cluster.stopInstance(0), options['stop-one-at'] * 1000);
  const paths = shuffled(pageTypes(source.projects, source.listed).flatMap((type) => type.paths));

  const answers: Answer[] = [];
  const onAnswer = (answer: Answer) => answers.push(answer);
  const nextPath = pathCycle(paths);
  const started = performance.now();
  const load =
    options.rate > 0
      ? openLoop({ ...options, url: server.url, timeout: 30, nextPath, onAnswer })
      : closedLoop(server.url, nextPath, onAnswer);

  let running = true;
  const edits: EditLog = { sent: 0, acknowledged: [], refused: {}, latencies: [] };
  const editing = officials.map((official, i) => editUntil(server.url, official, i, () => running, edits));
  const importing: Promise<ImportRun | null> =
    options['import-rows'] > 0
      ? new Promise((resolve) =>
          setTimeout(() => resolve(runImport(databaseUrl, options['import-rows'])), IMPORT_DELAY_MS),
        )
      : Promise.resolve(null);

  const result = await load;
  running = false;
  await Promise.all(editing);
  const imported = await importing;
  await server.stop();
  const verdict = await checkEdits(databaseUrl, edits.acknowledged);

  const times = answers.map((a) => a.ms).sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  for (const { status } of answers) tally(byStatus, `${Math.floor(status / 100)}xx`);
  // A reader "during the import": any request that was waiting at some moment while it ran.
  const during = imported
    ? answers.filter((a) => a.endedAt >= imported.startedAt && a.endedAt - a.ms <= imported.endedAt)
    : [];
  const duringTimes = during.map((a) => a.ms).sort((a, b) => a - b);
  const editTimes = [...edits.latencies].sort((a, b) => a - b);

  report.table({
    title: `Public traffic: ${options.connections} connections${options.rate > 0 ? ` at ${options.rate} requests/s` : ''}, ${options.duration} s, ${paths.length} distinct paths of every page type (${source.projects.toLocaleString('en')} projects), ${cluster ? `${options.instances} instances behind HAProxy${options['stop-one-at'] > 0 ? `, the first stopped after ${options['stop-one-at']} s` : ''}` : 'one instance'}`,
    headers: ['requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', '2xx', '3xx', '4xx', '5xx', 'errors', 'timeouts'],
    rows: [
      [
        String(answers.length),
        figure(answers.length / ((performance.now() - started) / 1000)),
        figure(percentile(times, 50)),
        figure(percentile(times, 99)),
        figure(times.at(-1) ?? NaN),
        ...['2xx', '3xx', '4xx', '5xx'].map((kind) => String(byStatus[kind] ?? 0)),
        String(result.errors),
        String(result.timeouts),
      ],
    ],
    note:
      'errorCodes' in result && result.errors > 0
        ? `Errors: ${Object.entries(result.errorCodes)
            .map(([code, n]) => `${code} ${n}`)
            .join(', ')}`
        : undefined,
  });
  report.table({
    title: 'Readers while the command-line import ran',
    headers: ['import rows', 'import s', 'import exit', 'requests', 'p50 ms', 'p99 ms', 'max ms', `over ${SLOW_MS} ms`],
    rows: [
      imported
        ? [
            String(imported.rows),
            figure((imported.endedAt - imported.startedAt) / 1000),
            String(imported.exitCode),
            String(during.length),
            figure(percentile(duringTimes, 50)),
            figure(percentile(duringTimes, 99)),
            figure(duringTimes.at(-1) ?? NaN),
            String(during.filter((a) => a.ms > SLOW_MS).length),
          ]
        : ['0', '–', '–', '0', '–', '–', '–', '0'],
    ],
    note: imported ? `Import output: ${path.relative(process.cwd(), imported.log)}` : undefined,
  });
  report.table({
    title: `Officials’ edits (${options.officials} editors, each on ${PROJECTS_PER_OFFICIAL} projects of their own)`,
    headers: [
      'sent',
      'acknowledged',
      'refused',
      'p50 ms',
      'p99 ms',
      'in history once',
      'lost',
      'repeated',
      'saved, not acknowledged',
    ],
    rows: [
      [
        String(edits.sent),
        String(edits.acknowledged.length),
        Object.entries(edits.refused)
          .map(([why, n]) => `${why}: ${n}`)
          .join('; ') || '0',
        figure(percentile(editTimes, 50)),
        figure(percentile(editTimes, 99)),
        String(verdict.once),
        String(verdict.missing),
        String(verdict.repeated),
        String(verdict.unacknowledged),
      ],
    ],
  });
  report.facts([`Load average at end: ${loadAverage()}`]);
  report.write(options.out);
  const failed =
    (byStatus['5xx'] ?? 0) > 0 ||
    verdict.missing > 0 ||
    verdict.repeated > 0 ||
    during.some((a) => a.ms > SLOW_MS) ||
    (imported !== null && imported.exitCode !== 0);
  if (failed) {
    console.error('bench:load: a target was missed (see the tables above)');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
