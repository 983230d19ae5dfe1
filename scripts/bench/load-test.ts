import autocannon from 'autocannon';
import { percentile } from './report';

/**
 * What one load-test cell prints: requests answered in the time (the sample behind the
 * percentiles; none when every request takes longer than the run), per second, latency
 * percentiles, failures.
 */
export type LoadFigures = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
};

/** Paths handed out in turn across every connection and run; `asked` says how many so far. */
export type PathCycle = (() => string) & { readonly asked: number };

/**
 * Hands out paths in turn, across every connection and every run: no path is asked twice until
 * the list runs out. The server keeps copies of pages with a query string too, so a cycle that
 * came round again measured some copies (bench.ts says so).
 */
export function pathCycle(paths: string[]): PathCycle {
  let next = 0;
  return Object.defineProperty(() => paths[next++ % paths.length], 'asked', { get: () => next }) as PathCycle;
}

/**
 * Runs autocannon against `url` for `duration` seconds with `connections` keep-alive connections,
 * each request taking the next path of `nextPath`. autocannon's own latency figures have no p95,
 * so every response time is kept and the percentiles computed here.
 */
export async function loadTest(
  url: string,
  nextPath: () => string,
  connections: number,
  duration: number,
): Promise<LoadFigures> {
  const times: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
