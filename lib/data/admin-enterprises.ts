import 'server-only';
import { db } from '@/lib/db';

/** Every enterprise the sources name, with the portal's English rendering of its name. */
export function fetchEnterpriseNames() {
  return db.enterprise.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, nameEn: true } });
}
