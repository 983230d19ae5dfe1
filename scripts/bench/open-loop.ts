import http from 'node:http';
import { tally } from './report';

/** One answer: when it ended, how long it took from the moment it was due, and its status. */
export type OpenLoopAnswer = { endedAt: number; ms: number; status: number };

/** `errors` counts time-outs too (as autocannon does); `errorCodes` says what the others were. */
export type OpenLoopResult = { sent: number; errors: number; timeouts: number; errorCodes: Record<string, number> };

type OpenLoopOptions = {
  url: string;
  connections: number;
  /** Requests per second across every connection, sent whether or not earlier ones were answered. */
  rate: number;
  duration: number;
  /** Seconds before a request counts as timed out. */
  timeout: number;
  nextPath: () => string;
  onAnswer: (answer: OpenLoopAnswer) => void;
};

/**
 * Sends requests at a fixed rate, as visitors arrive, over at most `connections` keep-alive
 * connections; a request that finds every connection busy waits for one. Each time is counted
 * from the moment the request was due, not from when a connection took it, so waiting in the
 * queue counts (a closed loop such as autocannon's asks again only when answered, so a slow
 * server is asked less and its queue never shows: coordinated omission).
 */
export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const { hostname, port } = new URL(options.url);
  const result: OpenLoopResult = { sent: 0, errors: 0, timeouts: 0, errorCodes: {} };
  const pending = new Set<Promise<void>>();
  const started = performance.now();
  const total = Math.round(options.rate * options.duration);

  // Settled when the request closes, which it does after an answer and after any failure, also one
  // that cuts an answer short (an 'end' would never come).
  const ask = (dueAt: number) =>
    new Promise<void>((resolve) => {
      const request = http.get({ agent, hostname, port, path: options.nextPath() }, (response) => {
        response.resume();
        response.on('end', () => {
          const endedAt = performance.now();
          options.onAnswer({ endedAt, ms: endedAt - dueAt, status: response.statusCode ?? 0 });
        });
      });
      request.on('close', () => resolve());
      request.setTimeout(options.timeout * 1000, () => {
        result.timeouts += 1;
        request.destroy(new Error('timeout'));
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        result.errors += 1;
        tally(result.errorCodes, error.code ?? error.message);
      });
    });

  for (let i = 0; i < total; i += 1) {
    const dueAt = started + (i * 1000) / options.rate;
    const wait = dueAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    result.sent += 1;
    const answered = ask(dueAt);
    pending.add(answered);
    void answered.then(() => pending.delete(answered));
  }
  await Promise.all(pending);
  agent.destroy();
  return result;
}
