import { once } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../lib/run.mjs';
import type { RunningServer } from './servers';

/** One response exactly as it came over the wire: status, the headers that shape the body, bytes. */
export type CapturedResponse = { status: number; headers: Record<string, string>; body: Buffer };

const KEPT_HEADERS = ['content-type', 'content-encoding'];

/**
 * GET as autocannon sends it (no Accept-Encoding, so no compression unless the server insists),
 * keeping the body bytes as they arrive — fetch() would ask for gzip and decode it.
 */
export function captureResponse(url: string): Promise<CapturedResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const headers = Object.fromEntries(
          KEPT_HEADERS.flatMap((name) =>
            typeof response.headers[name] === 'string' ? [[name, response.headers[name]]] : [],
          ),
        );
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    });
    request.on('error', reject);
  });
}

/**
 * The ceiling any Node server reaches on this machine: a bare http server (in a worker thread,
 * scripts/bench/baseline-worker.mjs) answering every request with the captured bytes. Next's
 * requests per second divided by this one's show how much the framework, rendering and database take.
 */
export async function startBaselineServer(port: number, response: CapturedResponse): Promise<RunningServer> {
  const headers = { ...response.headers, 'content-length': String(response.body.length) };
  const worker = new Worker(path.join(ROOT, 'scripts', 'bench', 'baseline-worker.mjs'), {
    workerData: { port, status: response.status, headers, body: response.body },
  });
  const [message] = (await once(worker, 'message')) as [{ listening?: true; error?: string }];
  if (!message.listening) {
    await worker.terminate();
    throw new Error(`the baseline server could not listen on port ${port}: ${message.error}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await worker.terminate();
    },
  };
}
