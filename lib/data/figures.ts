import 'server-only';
import { db } from '@/lib/db';

/** The fields a page needs to show a figure and link to its sentence. */
export const figureSelect = {
  key: true,
  label: true,
  labelEn: true,
  value: true,
  unit: true,
  comparison: true,
  asOf: true,
  note: true,
  quote: true,
  passage: { select: { sourceId: true, anchor: true } },
} as const;

export async function fetchFigureQuote(key: string) {
  return db.figure.findUnique({ where: { key }, select: { key: true, label: true, labelEn: true, quote: true, passageId: true } });
}

/** The latest date any figure describes: the "data as of" line of the footer. */
export async function fetchLatestFigureDate(): Promise<string | null> {
  const latest = await db.figure.findFirst({ orderBy: { asOf: 'desc' }, select: { asOf: true } });
  return latest?.asOf ?? null;
}
