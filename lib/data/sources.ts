import 'server-only';
import { db } from '@/lib/db';
import { orderSources } from '@/lib/domain/source-order';

/** Where a cited item sits: its source and paragraph anchor (for links to the sentence). */
export const passageRefSelect = { select: { sourceId: true, anchor: true } } as const;

/** A source's public details: what pages, citations and downloads say about it. */
export const sourceDetailsSelect = {
  id: true,
  title: true,
  originalTitle: true,
  publisher: true,
  author: true,
  editor: true,
  publishedOn: true,
  url: true,
  mirrorUrl: true,
  mirrorDate: true,
  language: true,
  reliability: true,
  reliabilityNote: true,
} as const;

export async function fetchSourceById(id: string) {
  return db.source.findUnique({
    where: { id },
    select: {
      ...sourceDetailsSelect,
      rawText: true,
      passages: { orderBy: { position: 'asc' }, select: { id: true, anchor: true, position: true, text: true } },
    },
  });
}

/** Every source, the primary report first (lib/domain/source-order.ts). */
export async function fetchSourceSummaries() {
  const sources = await db.source.findMany({
    select: { id: true, title: true, publisher: true, publishedOn: true, mirrorDate: true, reliability: true },
  });
  return orderSources(sources);
}
