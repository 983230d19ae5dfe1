import 'server-only';
import { db } from '@/lib/db';
import { figureSelect } from '@/lib/data/figures';
import { summariseItemised } from '@/lib/domain/reconcile';

/** Every set with its reported figures and what is itemised, for the home page. */
export async function fetchSetOverviews() {
  const sets = await db.set.findMany({
    orderBy: { position: 'asc' },
    select: {
      id: true,
      kind: true,
      name: true,
      nameEn: true,
      description: true,
      figures: { orderBy: { position: 'asc' }, select: figureSelect },
      members: { select: { project: { select: { totalInvestment: true, published: true } } } },
    },
  });
  return sets.map(({ members, ...set }) => ({
    ...set,
    itemised: summariseItemised(members.map((m) => m.project).filter((p) => p.published)),
  }));
}

export type SetOverview = Awaited<ReturnType<typeof fetchSetOverviews>>[number];
