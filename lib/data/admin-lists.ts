import 'server-only';
import { db } from '@/lib/db';

/** The workspace's short lists, published or not: each is one page's whole list. */

/** Every enterprise the sources name, with the portal's English rendering of its name. */
export function fetchEnterpriseNames() {
  return db.enterprise.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, nameEn: true } });
}

/** The results areas under 两年见效, published or not. */
export function fetchResultAreas() {
  return db.initiative.findMany({
    where: { kind: 'resultArea', parentId: 'two-year-results' },
    orderBy: { position: 'asc' },
    select: { id: true, name: true, nameEn: true, summary: true, published: true },
  });
}
