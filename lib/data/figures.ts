import 'server-only';
import { db } from '@/lib/db';
import { passageRefSelect, sourceDetailsSelect } from '@/lib/data/sources';

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
  basis: true,
  basisWords: true,
  wording: true,
  quote: true,
  derivation: true,
  passage: passageRefSelect,
} as const;

export async function fetchFigureQuote(key: string) {
  return db.figure.findUnique({
    where: { key },
    select: { key: true, label: true, labelEn: true, quote: true, passageId: true },
  });
}

/**
 * The latest date a published figure describes: the footer's "figures as of". A figure read from a
 * mirror copy carries the copy's date, and a computed one its inputs' latest date; neither is a
 * date the figure describes, so both are left out (the same plan is in a dated report anyway).
 */
export async function fetchLatestFigureDate(): Promise<string | null> {
  const latest = await db.figure.findFirst({
    where: { passage: { is: { source: { is: { reliability: { not: 'mirror' } } } } } },
    orderBy: { asOf: 'desc' },
    select: { asOf: true },
  });
  return latest?.asOf ?? null;
}

/** One figure with its measure's timeline, its source and, for a derived figure, its inputs. */
export async function fetchFigureDetail(key: string) {
  const figure = await db.figure.findUnique({
    where: { key },
    select: {
      ...figureSelect,
      measure: true,
      operation: true,
      set: { select: { id: true, name: true, nameEn: true } },
      passage: { select: { sourceId: true, anchor: true, position: true, source: { select: sourceDetailsSelect } } },
      inputs: { orderBy: { position: 'asc' }, select: { input: { select: figureSelect } } },
      usedIn: {
        orderBy: { figureKey: 'asc' },
        select: { figure: { select: { key: true, label: true, labelEn: true } } },
      },
    },
  });
  if (!figure) return null;
  const timeline = await fetchMeasureTimeline(figure.measure);
  return { ...figure, inputs: figure.inputs.map((i) => i.input), usedIn: figure.usedIn.map((u) => u.figure), timeline };
}

/** Every figure of one measure, oldest first: the measure's timeline, derived figures included. */
export async function fetchMeasureTimeline(measure: string) {
  return db.figure.findMany({
    where: { measure },
    orderBy: [{ asOf: 'asc' }, { position: 'asc' }],
    select: {
      ...figureSelect,
      passage: {
        select: {
          sourceId: true,
          anchor: true,
          source: {
            select: { id: true, title: true, publisher: true, reliability: true, mirrorUrl: true, mirrorDate: true },
          },
        },
      },
    },
  });
}

/** All figures in load order, for the figure index, the API and the downloads. */
export async function fetchFigureList(where: { key?: string; measure?: string; setId?: string } = {}) {
  return db.figure.findMany({
    where,
    orderBy: { position: 'asc' },
    select: { ...figureSelect, measure: true, operation: true, setId: true, initiativeId: true, passageId: true },
  });
}

/** Published figures by key (the summary page's charts), with their measure for the timeline sentence. */
export async function fetchFiguresByKeys(keys: string[]) {
  return db.figure.findMany({ where: { key: { in: keys } }, select: { ...figureSelect, measure: true } });
}
