import 'server-only';
import { db } from '@/lib/db';
import { figureSelect } from '@/lib/data/figures';
import { itemisedSummary } from '@/lib/domain/reconcile';

/** How many projects of a set are itemised and what their published investments add up to. */
async function fetchItemised(setId: string) {
  const result = await db.project.aggregate({
    where: { published: true, sets: { some: { setId } } },
    _count: { _all: true, totalInvestment: true },
    _sum: { totalInvestment: true },
  });
  return itemisedSummary({
    itemised: result._count._all,
    withInvestment: result._count.totalInvestment,
    sum: result._sum.totalInvestment,
  });
}

const setSelect = {
  id: true,
  kind: true,
  name: true,
  nameEn: true,
  description: true,
  figures: { orderBy: { position: 'asc' }, select: figureSelect },
} as const;

/** Every set with its reported figures and what is itemised, for the home page. */
export async function fetchSetOverviews() {
  const sets = await db.set.findMany({ orderBy: { position: 'asc' }, select: setSelect });
  return Promise.all(sets.map(async (set) => ({ ...set, itemised: await fetchItemised(set.id) })));
}

export type SetOverview = Awaited<ReturnType<typeof fetchSetOverviews>>[number];

/** Itemised projects shown on a set page; the rest are one link away in the filtered listing. */
export const SET_PAGE_PROJECTS = 50;

/** One set with its reported figures, what is itemised, and its first published projects by name. */
export async function fetchSetById(id: string) {
  const set = await db.set.findUnique({ where: { id }, select: setSelect });
  if (!set) return null;
  const [itemised, projects] = await Promise.all([
    fetchItemised(id),
    db.project.findMany({
      where: { published: true, sets: { some: { setId: id } } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: SET_PAGE_PROJECTS,
      select: {
        slug: true,
        name: true,
        nameEn: true,
        status: true,
        totalInvestment: true,
        enterprise: { select: { name: true, nameEn: true } },
      },
    }),
  ]);
  return { ...set, projects, itemised };
}
