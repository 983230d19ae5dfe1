import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { gracefulStop } from '../../server/graceful-stop.mts';

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

function get(port: number, agent = false as const): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: '/', agent }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** A server stopped by gracefulStop, answering each request with `answer`; its exits are recorded. */
async function serving(
  drainMs: number,
  answer: (response: ServerResponse) => void = (response) => response.end('done'),
) {
  const exits: number[] = [];
  let exited!: () => void;
  const hasExited = new Promise<void>((resolve) => (exited = resolve));
  const server = createServer((request, response) => {
    stopping.onRequest(request, response);
    answer(response);
  });
  const stopping = gracefulStop(server, {
    drainMs,
    exit: (code) => {
      exits.push(code);
      exited();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, stopping, exits, hasExited };
}

describe('gracefulStop (server/serve.mts on SIGTERM)', () => {
  it('finishes the request in progress, refuses new connections, then exits', async () => {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let arrived!: () => void;
    const inProgress = new Promise<void>((resolve) => (arrived = resolve));
    const { port, stopping, exits, hasExited } = await serving(0, (response) => {
      arrived();
      void finished.then(() => response.end('done'));
    });

    const slow = get(port);
    await inProgress;
    stopping.stop();
    await expect(get(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(exits).toEqual([]);

    finish();
    expect(await slow).toMatchObject({ status: 200, body: 'done', headers: { connection: 'close' } });
    await hasExited;
    expect(exits).toEqual([0]);
  });
});

describe('gracefulStop with a drain (an instance behind a balancer that keeps connections open)', () => {
  function getOn(port: number, agent: Agent): Promise<Answer & { reused: boolean }> {
    return new Promise((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: '/', agent }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, reused: request.reusedSocket }),
        );
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('answers a request sent on an idle kept-alive connection after the stop, and closes that connection', async () => {
    const { port, stopping, exits, hasExited } = await serving(60_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await getOn(port, agent)).toMatchObject({
      status: 200,
      reused: false,
      headers: { connection: 'keep-alive' },
    });

    stopping.stop();
    await expect(get(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(await getOn(port, agent)).toMatchObject({
      status: 200,
      body: 'done',
      reused: true,
      headers: { connection: 'close' },
    });
    await hasExited;
    expect(exits).toEqual([0]);
    agent.destroy();
  });

  it('closes connections still idle at the end of the drain, then exits', async () => {
    const { port, stopping, exits, hasExited } = await serving(50);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await getOn(port, agent);
    const socket = Object.values(agent.freeSockets).flat()[0];
    const closed = new Promise<void>((resolve) => socket?.once('close', () => resolve()));
    expect(socket).toBeDefined();

    stopping.stop();
    expect(exits).toEqual([]);
    await closed;
    await hasExited;
    expect(exits).toEqual([0]);
    agent.destroy();
  });
});
