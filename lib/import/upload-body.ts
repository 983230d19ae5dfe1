import { MAX_WEB_IMPORT_BYTES, type UploadProblem } from '@/lib/import/import-state';

/**
 * The import form's body (multipart: one file), read without ever holding more than
 * MAX_UPLOAD_BODY bytes: Content-Length is not trusted (it may be missing or wrong); the stream
 * is counted as it arrives. Past the limit the rest is read and dropped rather than cut off, so
 * that the browser finishes sending and then shows the answer (a reset connection would show a
 * browser error page instead of the form's message).
 */
export const MAX_UPLOAD_BODY = MAX_WEB_IMPORT_BYTES + 64 * 1024; // the file plus the multipart framing

export type UploadBody = { ok: true; fileName: string; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: Exclude<UploadProblem, 'expired'> };

async function readLimited(request: Request): Promise<Uint8Array[] | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size <= MAX_UPLOAD_BODY) chunks.push(value);
    else chunks.length = 0;
  }
  return size <= MAX_UPLOAD_BODY ? chunks : null;
}

export async function readUploadBody(request: Request): Promise<UploadBody> {
  const chunks = await readLimited(request);
  if (!chunks) return { ok: false, problem: 'tooLarge' };
  let form: FormData;
  try {
    form = await new Response(new Blob(chunks as BlobPart[]), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return { ok: false, problem: 'missing' }; // not a multipart form: as if no file was chosen
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, problem: 'missing' };
  if (file.size > MAX_WEB_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  return { ok: true, fileName: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) };
}
