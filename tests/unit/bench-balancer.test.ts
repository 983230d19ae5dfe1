import { describe, expect, it } from 'vitest';
import { ceilingTable, type Measurement } from '@/scripts/bench/balancer-tables';
import {
  ceiling,
  costPerRequest,
  cpuShares,
  endedChildrenTicks,
  machineTicks,
  processTicks,
  type CpuShares,
} from '@/scripts/bench/cpu-time';
import { parseWrk, wrkMilliseconds, type WrkResult } from '@/scripts/bench/wrk';

// The pure parts of `npm run bench:balancer`: reading wrk's report and /proc, and the arithmetic
// from two CPU samples to shares, costs per request and the machine's ceiling.

// Printed by wrk 4.1 (Debian) through HAProxy: note the space wrk leaves after "1.04s".
const THROUGH_HAPROXY = `Running 2s test @ http://127.0.0.1:3470/
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   184.39ms  307.66ms   1.07s    81.78%
    Req/Sec     1.92k     1.12k    3.70k    70.00%
  Latency Distribution
     50%    5.48ms
     75%  281.24ms
     90%  751.09ms
     99%    1.04s 
  1969 requests in 2.03s, 49.57MB read
Requests/sec:    969.33
Transfer/sec:     24.40MB
`;

// Against a server answering 404, with socket errors.
const FAILING = `Running 1s test @ http://127.0.0.1:3479/nonexistent
  1 threads and 2 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.00ms    2.19ms  24.19ms   94.00%
    Req/Sec     1.11k   237.61     1.38k    70.00%
  Latency Distribution
     50%  512.00us
     75%    2.08ms
     90%    3.07ms
     99%   13.50ms
  1107 requests in 1.00m, 562.33KB read
  Socket errors: connect 1, read 2, write 3, timeout 4
  Non-2xx or 3xx responses: 1107
Requests/sec:   1104.90
Transfer/sec:    561.26KB
`;

describe('wrk output', () => {
  it('reads requests, rate and the 50 % and 99 % latencies in milliseconds', () => {
    expect(parseWrk(THROUGH_HAPROXY)).toEqual({
      requests: 1969,
      seconds: 2.03,
      rps: 969.33,
      p50: 5.48,
      p99: 1040,
      failed: 0,
    });
  });

  it('counts non-2xx/3xx responses and socket errors as failed, and reads every unit', () => {
    expect(parseWrk(FAILING)).toMatchObject({ requests: 1107, seconds: 60, p50: 0.512, p99: 13.5, failed: 1117 });
    expect(wrkMilliseconds('1.50h')).toBe(5_400_000);
    expect(() => wrkMilliseconds('3 s')).toThrow('not a wrk duration: "3 s"');
  });

  it('refuses a report without the latency distribution', () => {
    expect(() => parseWrk(THROUGH_HAPROXY.replace(/ {5}50%.*\n/, ''))).toThrow("wrk's output has no match");
  });
});

describe('/proc figures', () => {
  // A command name holding spaces and ")" must not shift the fields.
  const stat = '4242 (node (a) b) S 1 4242 4242 0 -1 4194560 5000 300 2 0 1234 567 89 10 20 0 11 0 7936693';

  it('takes user + system ticks of a process and of its ended children', () => {
    expect(processTicks(stat)).toBe(1801);
    expect(endedChildrenTicks(stat)).toBe(99);
  });

  it('counts iowait as idle and guest time once (it is inside user time)', () => {
    expect(machineTicks('cpu  100 20 30 400 5 1 2 3 7 0\ncpu0 50 10 15 200 2 0 1 1 3 0\n')).toEqual({
      busy: 156,
      idle: 405,
    });
  });
});

// The lead's hand measurement through HAProxy and one instance: 12,000 req/s, the instance 64 %
// of a core, HAProxy 64 %, wrk 41 %, over 2 s at 100 ticks a second.
const before = { seconds: 10, instances: 100, haproxy: 50, wrk: 0, busy: 1000, idle: 500 };
const after = { seconds: 12, instances: 228, haproxy: 178, wrk: 82, busy: 1380, idle: 520 };
const REQUESTS = 24_000;

describe('CPU shares and the ceiling', () => {
  it('gives each part in % of one core, other as the busy rest, summing to both cores', () => {
    const shares = cpuShares(before, after, 100);
    const expected = { seconds: 2, instances: 64, haproxy: 64, wrk: 41, other: 21, idle: 10 };
    for (const [key, value] of Object.entries(expected)) expect(shares[key as keyof CpuShares]).toBeCloseTo(value, 9);
  });

  it('divides two cores by the CPU a request costs: 1.18 times what one instance gave', () => {
    const shares = cpuShares(before, after, 100);
    const cost = costPerRequest(shares, REQUESTS);
    expect(cost.instances * 1e6).toBeCloseTo(1.28e6 / REQUESTS, 9);
    expect(cost.haproxy * 1e6).toBeCloseTo(1.28e6 / REQUESTS, 9);
    expect(cost.wrk * 1e6).toBeCloseTo(0.82e6 / REQUESTS, 9);
    expect(ceiling(2, shares, REQUESTS)).toBeCloseTo(REQUESTS / 1.69, 6);
  });

  it('prints the three setups, (c)/(b), (b)’s costs and the ceiling in one row per page and connections', () => {
    const shares = cpuShares(before, after, 100);
    const run = (setup: Measurement['setup'], rps: number): Measurement => ({
      setup,
      page: '/',
      connections: 10,
      wrk: { requests: rps * 2, seconds: 2, rps, p50: 0.5, p99: 2, failed: 0 } satisfies WrkResult,
      cpu: shares,
    });
    const table = ceilingTable([run('a', 18_000), run('b', 12_000), run('c', 10_500)], 2);
    expect(table.rows).toEqual([
      ['/', '10', '18000', '12000', '10500', '0.88×', '35.6', '53.3', '53.3', '34.2', '14201', '1.18×'],
    ]);
  });
});
