import 'server-only';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { ADMIN_IMPORT_HREF } from '@/lib/links';
import { storePendingUpload } from '@/lib/import/pending-upload';
import { readUploadBody } from '@/lib/import/upload-body';

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });

/**
 * Step 1 of the import, POST /admin/import/check: a route handler rather than a server action,
 * because Next answers a server action body over its limit with a 500; here a file of any size
 * gets the form's own message. The file is kept for its uploader and the page shows its dry run
 * (/admin/import?upload=<digest>); nothing is written to the projects. Works without JavaScript.
 */
export async function receiveImportUpload(request: Request): Promise<Response> {
  const user = await requireUser(ADMINS);
  const body = await readUploadBody(request);
  if (!body.ok) return seeOther(`${ADMIN_IMPORT_HREF}?problem=${body.problem}`);
  const digest = await storePendingUpload(db, user.id, { fileName: body.fileName, bytes: body.bytes });
  return seeOther(`${ADMIN_IMPORT_HREF}?upload=${digest}`);
}
