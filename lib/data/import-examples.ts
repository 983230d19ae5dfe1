import 'server-only';
import { db } from '@/lib/db';

/** The projects named by the sources (knownAs launched): the template's filled example. */
export function fetchTemplateExamples() {
  return db.project.findMany({ where: { knownAs: 'launched' }, orderBy: { id: 'asc' }, select: { slug: true, name: true } });
}
