import 'server-only';
import { db } from '@/lib/db';
import { passageRefSelect } from '@/lib/data/sources';

/** An enterprise the sources mention, its published projects and what the sources say of it. */
export async function fetchEnterpriseById(id: string) {
  return db.enterprise.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      nameEn: true,
      projects: {
        where: { published: true },
        orderBy: { name: 'asc' },
        select: { slug: true, name: true, nameEn: true, industryChain: true },
      },
      mentions: { select: { id: true, industryChain: true, summary: true, quote: true, passage: passageRefSelect } },
    },
  });
}
