import 'server-only';
import { db } from '@/lib/db';

/** The results areas under 两年见效, published or not. */
export function fetchResultAreas() {
  return db.initiative.findMany({
    where: { kind: 'resultArea', parentId: 'two-year-results' },
    orderBy: { position: 'asc' },
    select: { id: true, name: true, nameEn: true, summary: true, published: true },
  });
}
