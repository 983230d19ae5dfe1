import http from 'node:http';
import zlib from 'node:zlib';
import type { FuzzRequest } from './requests';

/**
 * Sends a request exactly as generated, through node:http rather than fetch: fetch refuses
 * TRACE, normalises `../` and percent-encoding, and caps headers; the fuzzer wants none of that.
 */
export type Outcome = { status: number; headers: http.IncomingHttpHeaders; body: string; error?: string };

const MAX_BODY = 20 * 2 ** 20;
const TIMEOUT_MS = 60_000;

function decompress(bytes: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return zlib.gunzipSync(bytes);
  if (encoding === 'br') return zlib.brotliDecompressSync(bytes);
  if (encoding === 'deflate') return zlib.inflateSync(bytes);
  return bytes;
}

/**
 * One attempt; a kept-alive connection the server closed just as it was reused
 * (ECONNRESET on a reused socket) is tried once more on a new one, as Node's documentation advises.
 */
export async function send(baseUrl: string, request: FuzzRequest, agent: http.Agent): Promise<Outcome> {
  const outcome = await attempt(baseUrl, request, agent);
  return outcome.retry ? attempt(baseUrl, request, agent) : outcome;
}

function attempt(baseUrl: string, request: FuzzRequest, agent: http.Agent): Promise<Outcome & { retry?: boolean }> {
  const base = new URL(baseUrl);
  const body = request.body ?? Buffer.alloc(0);
  const headers = { ...request.headers, ...(request.body && { 'content-length': String(body.length) }) };
  return new Promise((resolve) => {
    const failed = (error: NodeJS.ErrnoException) =>
      resolve({
        status: 0,
        headers: {},
        body: '',
        error: `${error.name}: ${error.message}`,
        retry: client?.reusedSocket && error.code === 'ECONNRESET',
      });
    let client: http.ClientRequest | undefined;
    try {
      client = http.request({
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        headers,
        agent,
        timeout: TIMEOUT_MS,
      });
    } catch (error) {
      return failed(error as Error); // a request Node refuses to send is the generator's fault: reported, not hidden
    }
    client.on('timeout', () => client.destroy(new Error(`no answer in ${TIMEOUT_MS / 1000} s`)));
    client.on('error', failed);
    client.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY) chunks.push(chunk);
      });
      response.on('error', failed);
      response.on('end', () => {
        let bytes: Buffer = Buffer.concat(chunks);
        try {
          bytes = decompress(bytes, response.headers['content-encoding']);
        } catch {
          // Kept as received: the oracles still read what they can.
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: bytes.toString('utf8') });
      });
    });
    client.end(body);
  });
}
