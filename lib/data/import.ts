import 'server-only';
import { db } from '@/lib/db';
import { checkPendingUpload } from '@/lib/import/check-upload';

/** The dry run of one of this official's kept uploads, for /admin/import?upload=<digest>. */
export function fetchImportCheck(userId: number, digest: string) {
  return checkPendingUpload(db, userId, digest);
}

/** The projects named by the sources (knownAs launched): the template's filled example. */
export function fetchTemplateExamples() {
  return db.project.findMany({
    where: { knownAs: 'launched' },
    orderBy: { id: 'asc' },
    select: { slug: true, name: true },
  });
}
