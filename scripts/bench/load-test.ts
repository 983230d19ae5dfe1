import autocannon from 'autocannon';
import { percentile } from './report';

/**
 * What one load-test cell prints: requests answered in the time (the sample behind the
 * percentiles; none when every request takes longer than the run), per second, latency
 * percentiles, failures.
 */
export type LoadFigures = { requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };

/** Hands out paths in turn, across every connection and every run, so no path is asked twice. */
export function pathCycle(paths: string[]): () => string {
  let next = 0;
  return () => paths[next++ % paths.length];
}

/**
 * Runs autocannon against `url` for `duration` seconds with `connections` keep-alive connections,
 * each request taking the next path of `nextPath`. autocannon's own latency figures have no p95,
 * so every response time is kept and the percentiles computed here.
 */
export async function loadTest(url: string, nextPath: () => string, connections: number, duration: number): Promise<LoadFigures> {
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
