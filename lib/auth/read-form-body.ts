/**
 * Reads a small form body (urlencoded or multipart) without ever holding more than `limit`
 * bytes: Content-Length is checked first but not trusted (it may be missing or wrong), the
 * stream is counted as it arrives and dropped at the limit. Null when the body is too large.
 */
export async function readFormBody(request: Request, limit: number): Promise<FormData | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const type = request.headers.get('content-type') ?? '';
  try {
    return await new Response(Buffer.concat(chunks), { headers: { 'content-type': type } }).formData();
  } catch {
    return new FormData(); // not a form at all: answered like an empty form
  }
}
