import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Holds back everything Next writes to a response (status, headers, body) until it ends, then
 * sends `finish(body)` instead (which may take its time). What Next sets stays settable until then, so
 * `finish` may still change headers. Public pages are small (under 200 KB), so holding one costs
 * little, and Next renders them whole anyway (they use no <Suspense>).
 */
export function holdResponse(response: ServerResponse, finish: (body: Buffer) => Buffer | Promise<Buffer>): void {
  const chunks: Buffer[] = [];
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array),
    );
  };
  const callbackOf = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function');
  const own = {
    writeHead: response.writeHead,
    flushHeaders: response.flushHeaders,
    write: response.write,
    end: response.end,
  };

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    this.statusCode = status;
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as
      OutgoingHttpHeaders | string[] | undefined;
    if (Array.isArray(headers))
      for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
    else if (headers)
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    return this;
  } as ServerResponse['writeHead'];
  response.flushHeaders = () => {};
  response.write = function (chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    const callback = callbackOf(rest);
    if (callback) setImmediate(callback);
    return true;
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    const sent = Buffer.concat(chunks);
    const send = (body: Buffer) => {
      // Next's length would be the length before `finish`. (A HEAD answer has no body to measure.)
      if (this.req.method === 'HEAD') this.removeHeader('content-length');
      else this.setHeader('content-length', body.length);
      // Node's own end writes the head through writeHead: it must be Node's again.
      Object.assign(this, own);
      this.end(body, callbackOf(rest));
    };
    const body = finish(sent);
    if (body instanceof Promise) void body.then(send, () => send(sent));
    else send(body);
    return this;
  } as ServerResponse['end'];
}
