import 'server-only';
import { db } from '@/lib/db';
import { passageRefSelect, sourceDetailsSelect } from '@/lib/data/sources';
import { fetchFigureList } from '@/lib/data/figures';

/**
 * Reads behind the downloads and the API (sets, figures, initiatives, sources); projects are in lib/data/projects.ts.
 */

export async function fetchSetRows(where: { id?: string; kind?: string } = {}) {
  const sets = await db.set.findMany({
    where,
    orderBy: { position: 'asc' },
    select: {
      id: true,
      kind: true,
      name: true,
      nameEn: true,
      description: true,
      figures: { orderBy: { position: 'asc' }, select: { key: true } },
      // Counted in the database: a programme may have thousands of members.
      _count: { select: { members: { where: { project: { published: true } } } } },
    },
  });
  return sets.map(({ _count, figures, ...set }) => ({
    ...set,
    itemisedCount: _count.members,
    figureKeys: figures.map((figure) => figure.key),
  }));
}

export async function fetchFigureRows(where: { key?: string; measure?: string; setId?: string } = {}) {
  const figures = await fetchFigureList(where);
  const inputs = await db.figureInput.findMany({
    orderBy: [{ figureKey: 'asc' }, { position: 'asc' }],
    select: { figureKey: true, inputKey: true },
  });
  return figures.map((figure) => ({
    ...figure,
    inputs: inputs.filter((i) => i.figureKey === figure.key).map((i) => i.inputKey),
  }));
}

export async function fetchInitiativeRows(where: { id?: string; kind?: string } = {}) {
  return db.initiative.findMany({
    where: { ...where, published: true },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      kind: true,
      parentId: true,
      position: true,
      name: true,
      nameEn: true,
      summary: true,
      quote: true,
      passage: passageRefSelect,
    },
  });
}

export async function fetchSourceRows(where: { id?: string; reliability?: string } = {}) {
  const sources = await db.source.findMany({
    where,
    orderBy: { id: 'asc' },
    select: {
      ...sourceDetailsSelect,
      _count: { select: { passages: true } },
    },
  });
  return sources.map(({ _count, ...source }) => ({ ...source, passageCount: _count.passages }));
}
