import { receiveImportUpload } from '@/lib/writes/import-upload';

/** POST /admin/import/check — the import form's file, checked (dry run) and kept for the apply. */
export function POST(request: Request) {
  return receiveImportUpload(request);
}
