import { spawn } from 'node:child_process';
import { ensureDebianProgram } from '../lib/debian-package.mjs';

// wrk (Debian's package), the load generator of `npm run bench:balancer`: written in C, it costs
// far less CPU per request than an in-process Node client, which matters when it shares two cores
// with what it measures.

/** What one wrk run answered: requests in `seconds`, their rate, latency percentiles (ms), and failures. */
export type WrkResult = { requests: number; seconds: number; rps: number; p50: number; p99: number; failed: number };

const MILLISECONDS_PER_UNIT: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration as wrk prints it (`512.00us`, `1.52ms`, `3.00s`, `1.00m`), in milliseconds. */
export function wrkMilliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text);
  if (!match) throw new Error(`not a wrk duration: "${text}"`);
  return Number(match[1]) * MILLISECONDS_PER_UNIT[match[2]];
}

/**
 * The figures of wrk's report with `--latency`. Failed: responses other than 2xx or 3xx, and
 * connect, read, write and timeout errors (the lines wrk prints only when there are any).
 */
export function parseWrk(output: string): WrkResult {
  const find = (pattern: RegExp) => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`wrk's output has no match for ${pattern}:\n${output}`);
    return match;
  };
  const [, requests, duration] = find(/^\s*(\d+) requests in (\S+), /m);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)?.slice(1) ?? [];
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? '0';
  return {
    requests: Number(requests),
    seconds: wrkMilliseconds(duration) / 1000,
    rps: Number(find(/^Requests\/sec:\s+([\d.]+)\s*$/m)[1]),
    p50: wrkMilliseconds(find(/^\s+50%\s+(\S+)\s*$/m)[1]),
    p99: wrkMilliseconds(find(/^\s+99%\s+(\S+)\s*$/m)[1]),
    failed: [non2xx, ...errors].reduce((sum, count) => sum + Number(count), 0),
  };
}

export const ensureWrk = () =>
  ensureDebianProgram({ path: '/usr/bin/wrk', packages: ['wrk'], purpose: "npm run bench:balancer's load runs" });

/** `wrk -t1 -cN -dS --latency url`: one thread, `connections` keep-alive connections, for `seconds`. */
export function runWrk(wrk: string, url: string, connections: number, seconds: number): Promise<WrkResult> {
  const child = spawn(wrk, ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(parseWrk(output)) : reject(new Error(`wrk ${url} exited with ${code}:\n${output}`)),
    );
  });
}
