import { ceiling, costPerRequest, type CpuShares } from './cpu-time';
import { figure, type Table } from './report';
import type { WrkResult } from './wrk';

// The tables of `npm run bench:balancer`: every run with where its CPU went, then what a second
// instance gave against the most this machine's cores could give.

/** The three ways the portal is served, by id. */
export const SETUPS = {
  a: 'one instance, direct',
  b: 'HAProxy + 1 instance',
  c: 'HAProxy + 2 instances',
} as const;

export type SetupId = keyof typeof SETUPS;

/** One wrk run: a setup, a page, a connection count, what wrk saw and where the CPU went meanwhile. */
export type Measurement = { setup: SetupId; page: string; connections: number; wrk: WrkResult; cpu: CpuShares };

const milliseconds = (value: number) => value.toFixed(2);
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const microseconds = (seconds: number) => figure(seconds * 1e6);

const CPU_HEADERS = ['instances %', 'haproxy %', 'wrk %', 'other %', 'idle %'];

/** One row per wrk run: its throughput, latency, failures, and where the CPU went meanwhile. */
export function runsTable(measurements: Measurement[], cores: number): Table {
  return {
    title: 'Throughput and CPU per run',
    headers: ['setup', 'page', 'conn', 'req/s', 'p50 ms', 'p99 ms', 'failed', ...CPU_HEADERS],
    rows: measurements.map(({ setup, page, connections, wrk, cpu }) => [
      `(${setup}) ${SETUPS[setup]}`,
      page,
      String(connections),
      figure(wrk.rps),
      milliseconds(wrk.p50),
      milliseconds(wrk.p99),
      String(wrk.failed),
      ...[cpu.instances, cpu.haproxy, cpu.wrk, cpu.other, cpu.idle].map(figure),
    ]),
    note:
      `CPU: % of one core over the measured window (${cores} cores: ${cores * 100} % in all), from /proc: ` +
      'instances: the server/serve.mts processes (summed); haproxy; wrk (-t1); other: the rest of the machine (this script, other people’s work); idle. ' +
      'failed: responses other than 2xx/3xx, and socket errors.',
  };
}

/**
 * Per page and connection count: the three setups' throughput, (c)/(b), the CPU each request cost
 * in (b) (and in the instance in (a)), and the ceiling those costs put on any number of instances
 * behind HAProxy on `cores`.
 */
export function ceilingTable(measurements: Measurement[], cores: number): Table {
  const find = (setup: SetupId, page: string, connections: number) =>
    measurements.find((m) => m.setup === setup && m.page === page && m.connections === connections);
  const rows = measurements
    .filter((m) => m.setup === 'b')
    .map(({ page, connections, wrk, cpu }) => {
      const [a, c] = [find('a', page, connections), find('c', page, connections)];
      const cost = costPerRequest(cpu, wrk.requests);
      const direct = a ? costPerRequest(a.cpu, a.wrk.requests).instances : NaN;
      const most = ceiling(cores, cpu, wrk.requests);
      return [
        page,
        String(connections),
        ...[a?.wrk.rps ?? NaN, wrk.rps, c?.wrk.rps ?? NaN].map(figure),
        times((c?.wrk.rps ?? NaN) / wrk.rps),
        ...[direct, cost.instances, cost.haproxy, cost.wrk].map(microseconds),
        figure(most),
        times(most / wrk.rps),
      ];
    });
  return {
    title: 'Two instances against one, and the ceiling of this machine',
    headers: [
      'page',
      'conn',
      '(a) req/s',
      '(b) req/s',
      '(c) req/s',
      '(c)/(b)',
      '(a) instance µs/req',
      '(b) instance µs/req',
      '(b) haproxy µs/req',
      '(b) wrk µs/req',
      'ceiling req/s',
      'ceiling/(b)',
    ],
    rows,
    note:
      'µs/req: CPU time per request answered (CPU seconds over the window / requests); (a) beside (b) shows what ' +
      'the balancer’s way of connecting to the instance adds to the instance’s own work. ' +
      `ceiling: ${cores} cores / (instance + haproxy + wrk CPU per request), the most requests per second any number of ` +
      'instances behind HAProxy can give on this machine while the load generator runs on it too: a second instance adds ' +
      'no core, and each request still costs the same CPU in an instance, in HAProxy and in wrk. ' +
      'When ceiling/(b) is below the target ratio, the target cannot be reached here, however the instances are run. ' +
      'Read it from a run in which (b)’s other % is near 0: CPU taken by other work lowers (b), not the ceiling.',
  };
}
