/**
 * Reads a form body (urlencoded or multipart) in a route handler without ever holding more than
 * `limit` bytes: the stream is counted as it arrives (Content-Length is not trusted; the front
 * door has already refused bodies that declare more than the address takes). Past the limit the
 * rest is read and dropped, so that the browser finishes sending and shows the answer rather than
 * a reset connection. Null when the body is too large; an empty form when it is not a form.
 */
export async function readFormBody(request: Request, limit: number): Promise<FormData | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    size += read.value.byteLength;
    if (size <= limit) chunks.push(read.value);
  }
  if (size > limit) return null;
  try {
    return await new Response(Buffer.concat(chunks), {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return new FormData(); // not a form at all: answered like an empty form
  }
}
