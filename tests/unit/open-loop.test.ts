import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoop, type OpenLoopAnswer } from '@/scripts/bench/open-loop';

// `npm run bench:load -- --rate R`: requests go out as they fall due, and each is timed from
// that moment, so a queue in front of a slow server shows in the times.

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

// A server that answers each request after `delayMs`, or never when `delayMs` is null.
async function serving(delayMs: number | null): Promise<{ url: string; paths: string[] }> {
  const paths: string[] = [];
  const server = http.createServer((request, response) => {
    paths.push(request.url ?? '');
    if (delayMs !== null) setTimeout(() => response.end('ok'), delayMs);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

const counter = () => {
  let n = 0;
  return () => `/page-${(n += 1)}`;
};

describe('openLoop', () => {
  it('sends rate × duration requests, each path once, and times the queue in front of one connection', async () => {
    const server = await serving(100);
    const answers: OpenLoopAnswer[] = [];
    const result = await openLoop({
      url: server.url,
      connections: 1,
      rate: 50,
      duration: 0.2,
      timeout: 5,
      nextPath: counter(),
      onAnswer: (answer) => answers.push(answer),
    });
    expect(result).toEqual({ sent: 10, errors: 0, timeouts: 0, errorCodes: {} });
    expect(server.paths).toEqual(Array.from({ length: 10 }, (_, i) => `/page-${i + 1}`));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    // Ten answers of 100 ms each through one connection: the last was due at 180 ms and ended
    // after at least 1,000 ms. Timed from when the connection took it, it would show about 100 ms.
    expect(Math.max(...answers.map((a) => a.ms))).toBeGreaterThanOrEqual(800);
  });

  it('counts a request left unanswered past the time-out as a time-out and an error', async () => {
    const server = await serving(null);
    const answers: OpenLoopAnswer[] = [];
    const result = await openLoop({
      url: server.url,
      connections: 2,
      rate: 10,
      duration: 0.2,
      timeout: 0.3,
      nextPath: counter(),
      onAnswer: (answer) => answers.push(answer),
    });
    expect(result.sent).toBe(2);
    expect(result.timeouts).toBe(2);
    expect(result.errors).toBe(2);
    expect(answers).toEqual([]);
  });
});
