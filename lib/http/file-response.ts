import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { requestedRange, type Validators } from '@/lib/http/conditional';

/**
 * The answer for a file already on disk: the whole file (200), one byte range of it (206) or
 * 416 when the range lies past its end; HEAD gets the same headers without a body. The handle is
 * opened by the caller, so a cache clean-up that deletes the path meanwhile cannot cut the answer
 * short (the open file stays readable), and it is closed here once the body has been read.
 *
 * Next sends route-handler answers without Content-Length (and drops any Content-Encoding), and
 * gzips them itself when the client takes gzip. That is harmless for a whole file, but a range
 * must arrive as exactly the bytes asked for, so partial answers say `no-transform`.
 */
export async function fileResponse(
  request: Request,
  file: FileHandle,
  validators: Validators,
  headers: Record<string, string>,
): Promise<Response> {
  const { size } = await file.stat();
  const range = requestedRange(request.headers, validators, size);
  const common = { ...headers, ETag: validators.etag, 'Accept-Ranges': 'bytes' };
  const exact = { 'Cache-Control': `${headers['Cache-Control']}, no-transform` };
  if (range === 'unsatisfiable' || request.method === 'HEAD' || size === 0) await file.close();
  if (range === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...common, ...exact, 'Content-Range': `bytes */${size}` } });
  const sent = range ? { ...common, ...exact, 'Content-Range': `bytes ${range.start}-${range.end}/${size}` } : common;
  const status = range ? 206 : 200;
  if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers: sent });
  const { start, end } = range ?? { start: 0, end: size - 1 };
  return new Response(Readable.toWeb(file.createReadStream({ start, end })) as ReadableStream<Uint8Array>, {
    status,
    headers: sent,
  });
}
