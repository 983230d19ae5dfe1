import { captureResponse, startBaselineServer } from './baseline-server';
import { loadTest, pathCycle, type PathCycle } from './load-test';
import { pageTypes, type PageType } from './page-types';
import { figure, type Table } from './report';
import { PORTS } from './servers';

// The load table of `npm run bench` and `npm run bench:scale`: each page type on a server and on
// a bare node:http server sending the same bytes, at 1 and at 10 connections.

const CONNECTIONS = [1, 10];
const WARM_UP_REQUESTS = 3;

/** A page type with its own turn of paths: warm-up, bytes and load all take the next unused one. */
export type Cycled = PageType & { nextPath: PathCycle };

/** The page types of a synthetic database (all, or those of `only`), each with its own turn of paths. */
export function cycledTypes(projects: number, listed: number, only?: readonly string[]): Cycled[] {
  return pageTypes(projects, listed)
    .filter((type) => !only || only.includes(type.id))
    .map((type) => ({ ...type, nextPath: pathCycle(type.paths) }));
}

export async function warmUp(url: string, types: Cycled[]): Promise<void> {
  for (const type of types) {
    for (let i = 0; i < WARM_UP_REQUESTS; i += 1) {
      const path = type.nextPath();
      const { status } = await captureResponse(url + path);
      if (status !== 200) console.warn(`bench: warning: ${path} answered ${status}`);
    }
  }
}

/**
 * Next and the baseline, one page type after the other, each at 1 and at 10 connections. Each
 * type is first loaded for `warmup` seconds, unmeasured, on paths of its own that the measured
 * run does not repeat: a server that has just started still compiles its code (the first few
 * hundred listing pages take half as long again), and a public server runs for days.
 */
export async function loadTable(
  url: string,
  types: Cycled[],
  { duration, warmup }: Timing,
  heading: string,
  baselinePort: number = PORTS.baseline,
): Promise<{ table: Table; cells: Cell[] }> {
  const rows: string[][] = [];
  const cells: Cell[] = [];
  for (const type of types) {
    console.log(`bench: ${type.id} …`);
    if (warmup > 0) await loadTest(url, type.nextPath, CONNECTIONS[CONNECTIONS.length - 1], warmup);
    const baseline = await startBaselineServer(baselinePort, await captureResponse(url + type.nextPath()));
    const baselinePath = pathCycle(type.paths);
    try {
      for (const connections of CONNECTIONS) {
        const before = type.nextPath.asked;
        const next = await loadTest(url, type.nextPath, connections, duration);
        const base = await loadTest(baseline.url, baselinePath, connections, duration);
        cells.push({ id: type.id, connections, rps: next.rps, p95: next.p95 });
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
  const table = {
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
  return { table, cells };
}

export type Timing = { duration: number; warmup: number };

/** One measured cell of Next, for targets read from the figures. */
export type Cell = { id: string; connections: number; rps: number; p95: number };

/** How many requests of the cell just run asked for a path of the list a second time. */
function repeats(type: Cycled, askedBefore: number): string {
  if (type.paths.length === 1) return '–';
  return String(Math.max(0, type.nextPath.asked - Math.max(askedBefore, type.paths.length)));
}
