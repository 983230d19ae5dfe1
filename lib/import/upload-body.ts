import { readFormBody } from '@/lib/http/read-form-body';
import { MAX_WEB_IMPORT_BYTES, type UploadProblem } from '@/lib/import/import-state';

/** The import form's body (multipart: one file) is read with at most this many bytes held. */
export const MAX_UPLOAD_BODY = MAX_WEB_IMPORT_BYTES + 64 * 1024; // the file plus the multipart framing

export type UploadBody =
  | { ok: true; fileName: string; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; problem: Exclude<UploadProblem, 'expired'> };

/** The chosen file, or why there is none: too large, or not chosen (a body that is not a form reads as none). */
export async function readUploadBody(request: Request): Promise<UploadBody> {
  const form = await readFormBody(request, MAX_UPLOAD_BODY);
  if (!form) return { ok: false, problem: 'tooLarge' };
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, problem: 'missing' };
  if (file.size > MAX_WEB_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  return { ok: true, fileName: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) };
}
