import 'server-only';
import { db } from '@/lib/db';

export async function fetchSourceById(id: string) {
  return db.source.findUnique({
    where: { id },
    select: {
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
      rawText: true,
      passages: { orderBy: { position: 'asc' }, select: { id: true, anchor: true, position: true, text: true } },
    },
  });
}

export async function fetchSourceSummaries() {
  return db.source.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, title: true, publisher: true, publishedOn: true, mirrorDate: true, reliability: true },
  });
}
