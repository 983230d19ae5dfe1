import 'server-only';
import { db } from '@/lib/db';
import { passageRefSelect } from '@/lib/data/sources';
import { figureSelect } from '@/lib/data/figures';

const initiativeSelect = {
  id: true,
  kind: true,
  parentId: true,
  name: true,
  nameEn: true,
  summary: true,
  quote: true,
  passage: passageRefSelect,
  points: { orderBy: { position: 'asc' }, select: { id: true, kind: true, quote: true, passage: passageRefSelect } },
  figures: { orderBy: { position: 'asc' }, select: figureSelect },
} as const;

/** Every published initiative in source order, each with its points and target figures. */
export async function fetchInitiatives() {
  return db.initiative.findMany({ where: { published: true }, orderBy: { position: 'asc' }, select: initiativeSelect });
}

export type InitiativeSummary = Awaited<ReturnType<typeof fetchInitiatives>>[number];

/** One published initiative with its parent, children and linked projects. */
export async function fetchInitiativeById(id: string) {
  return db.initiative.findFirst({
    where: { id, published: true },
    select: {
      ...initiativeSelect,
      parent: { select: { id: true, kind: true, name: true, nameEn: true } },
      children: {
        where: { published: true },
        orderBy: { position: 'asc' },
        select: { id: true, kind: true, name: true, nameEn: true },
      },
      projects: {
        where: { project: { published: true } },
        select: { project: { select: { slug: true, name: true, nameEn: true } } },
      },
    },
  });
}

export type InitiativeDetail = NonNullable<Awaited<ReturnType<typeof fetchInitiativeById>>>;
