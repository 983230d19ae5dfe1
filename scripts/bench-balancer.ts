/**
 * `npm run bench:balancer [-- --duration 10 --connections 10,50 --only home,project,set,projects --out FILE]`:
 * what a second instance adds on this machine (issue 12 §7: "two instances reach at least 1.6× the
 * throughput of one on cached pages"). Cached pages are measured with wrk (a) on one instance
 * directly, (b) through HAProxy in front of one instance, (c) through HAProxy in front of two, and
 * over each measured window the CPU time of the instances, HAProxy, wrk, the rest of the machine
 * and idle is read from /proc. From (b)'s CPU per request it prints the ceiling: the most requests
 * per second the machine's cores can give behind HAProxy with any number of instances.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { projectHref } from '@/lib/links';
import { buildIfStale } from './lib/build.mjs';
import { fileUrl, prepareDatabase } from './lib/database.mjs';
import { ROOT } from './lib/run.mjs';
import { ceilingTable, runsTable, SETUPS, type Measurement, type SetupId } from './bench/balancer-tables';
import { commaList, commandLine, machineFacts, parseOptions, runBenchmark } from './bench/command-line';
import { cpuShares, sampleCpu, ticksPerSecond } from './bench/cpu-time';
import { SHIPPED_SET_PATH } from './bench/page-types';
import { Report } from './bench/report';
import { startCluster, startNext, stopServersOnExit, type RunningPortal } from './bench/servers';
import { ensureWrk, runWrk } from './bench/wrk';

const PAGES = ['home', 'project', 'set', 'projects'] as const;
type Page = (typeof PAGES)[number];

const USAGE =
  'npm run bench:balancer -- [--duration SECONDS] [--connections 10,50] [--only home,project,set,projects] [--out FILE]';
const optionsSchema = z.object({
  duration: z.coerce.number().int().positive().max(600).default(10),
  connections: commaList(z.coerce.number().int().min(1).max(1000)).default([10, 50]),
  only: commaList(z.enum(PAGES)).default([...PAGES]),
  out: z.string().min(1).default('tmp/bench/balancer.md'),
});

// This benchmark's ports, apart from the other benchmarks': one instance alone, and the balancer
// with its instances on the next ports.
const PORTS = { direct: 3460, cluster: 3470 } as const;
const WARM_UP_SECONDS = 2;

const START: Record<SetupId, (databaseUrl: string) => Promise<RunningPortal>> = {
  a: (databaseUrl) => startNext({ port: PORTS.direct, databaseUrl }),
  b: (databaseUrl) => startCluster({ port: PORTS.cluster, databaseUrl, instances: 1 }),
  c: (databaseUrl) => startCluster({ port: PORTS.cluster, databaseUrl, instances: 2 }),
};

/** The pages' paths: fixed ones, and the first project the database lists (whatever the data). */
async function pagePaths(url: string): Promise<Record<Page, string>> {
  const response = await fetch(`${url}/api/v1/projects`);
  const { data } = (await response.json()) as { data: { slug: string }[] };
  if (!response.ok || !data.length) throw new Error(`${url}/api/v1/projects lists no project (${response.status})`);
  return { home: '/', project: projectHref(data[0].slug), set: SHIPPED_SET_PATH, projects: '/projects' };
}

// A page's status, and whether it came from the front door's copy.
async function ask(url: string): Promise<{ status: number; cache: string | null }> {
  const response = await fetch(url);
  await response.body?.cancel();
  return { status: response.status, cache: response.headers.get('x-cache') };
}

/**
 * Asks for `url` once per instance (a first render may take longer than wrk's 2 s timeout; HAProxy's
 * `leastconn` takes servers with equal load in turn), loads it unmeasured, then checks that it is
 * answered 200 from the front door's copy (server/page-cache.mts), as a cached page is.
 */
async function warmUp(wrk: string, url: string, connections: number, instances: number): Promise<void> {
  const askEach = async () => {
    const answers = [];
    for (let i = 0; i < instances; i += 1) answers.push(await ask(url));
    return answers;
  };
  await askEach();
  const { failed } = await runWrk(wrk, url, connections, WARM_UP_SECONDS);
  if (failed > 0) console.warn(`bench:balancer: warning: ${failed} requests failed in the warm-up of ${url}`);
  for (const { status, cache } of await askEach()) {
    if (status !== 200) throw new Error(`${url} answered ${status}`);
    if (cache !== 'HIT') console.warn(`bench:balancer: warning: ${url} is not a cached copy (X-Cache: ${cache})`);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(optionsSchema, USAGE);
  stopServersOnExit();
  const wrk = ensureWrk();
  const [cores, ticks] = [os.availableParallelism(), ticksPerSecond()];
  const databaseUrl = process.env.DATABASE_URL ?? fileUrl('data/portal.db');
  const report = new Report('Benchmark: what a second instance adds (npm run bench:balancer)');
  report.facts([
    ...machineFacts(commandLine('bench:balancer')),
    `Cores (os.availableParallelism()): ${cores}`,
    `Database: ${databaseUrl.startsWith('file:') ? databaseUrl : 'DATABASE_URL'} (the pages measured are cached: after the warm-up each is answered from the front door's copy in memory and reads nothing from it; each instance still reads the newest revision id every 500 ms)`,
    `Load: wrk -t1 -cN -d${options.duration}s --latency, keep-alive connections, no Accept-Encoding, after ${WARM_UP_SECONDS} s unmeasured per page and setup`,
  ]);
  await prepareDatabase(databaseUrl);
  await buildIfStale();
  const measurements: Measurement[] = [];
  let paths: Record<Page, string> | undefined;
  for (const setup of Object.keys(SETUPS) as SetupId[]) {
    const server = await START[setup](databaseUrl);
    try {
      paths ??= await pagePaths(server.url);
      for (const page of options.only) {
        const url = server.url + paths[page];
        await warmUp(wrk, url, Math.max(...options.connections), server.processes.instances.length);
        for (const connections of options.connections) {
          const before = sampleCpu(server.processes);
          const result = await runWrk(wrk, url, connections, options.duration);
          const cpu = cpuShares(before, sampleCpu(server.processes), ticks);
          measurements.push({ setup, page: paths[page], connections, wrk: result, cpu });
          console.log(
            `bench:balancer: (${setup}) ${paths[page]} c${connections}: ${Math.round(result.rps)} req/s; CPU % instances ` +
              `${Math.round(cpu.instances)}, haproxy ${Math.round(cpu.haproxy)}, wrk ${Math.round(cpu.wrk)}, ` +
              `other ${Math.round(cpu.other)}, idle ${Math.round(cpu.idle)}`,
          );
        }
      }
    } finally {
      await server.stop();
    }
  }
  report.table(runsTable(measurements, cores));
  report.table(ceilingTable(measurements, cores));
  report.finish(path.resolve(ROOT, options.out));
}

runBenchmark(main);
