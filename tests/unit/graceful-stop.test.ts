import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
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

describe('gracefulStop (server/serve.mts on SIGTERM)', () => {
  it('finishes the request in progress, refuses new connections, then exits', async () => {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let arrived!: () => void;
    const inProgress = new Promise<void>((resolve) => (arrived = resolve));
    const exits: number[] = [];
    let exited!: () => void;
    const hasExited = new Promise<void>((resolve) => (exited = resolve));

    const server = createServer((request, response) => {
      stopping.onRequest(request, response);
      arrived();
      void finished.then(() => response.end('done'));
    });
    const stopping = gracefulStop(server, {
      exit: (code) => {
        exits.push(code);
        exited();
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

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
