import 'server-only';
import { cachedRead } from '@/lib/cache/cached-read';
import { db } from '@/lib/db';
import { toPublicChange, type PublicChange } from '@/lib/revisions/public-change';
import { CHANGES_PAGE_SIZE, INITIAL_LOAD, type ChangesQuery, type PublicEntityType } from '@/lib/validations/changes';

// Never actorId / actorName: the public sees the role only.
const revisionSelect = {
  id: true,
  entityType: true,
  entityId: true,
  action: true,
  before: true,
  after: true,
  at: true,
  actorRole: true,
  reason: true,
  sourceRef: true,
} as const;

const newestFirst = [{ at: 'desc' }, { id: 'desc' }] as const;

type RevisionRow = Parameters<typeof toPublicChange>[0];

/**
 * Revisions as the public sees them; the loader's evidence (a source id) becomes the source it
 * names, read in one query, so pages and feeds show its title and link to it.
 */
async function toPublicChanges(rows: RevisionRow[]): Promise<PublicChange[]> {
  const changes = rows.map(toPublicChange);
  const ids = [...new Set(changes.flatMap((c) => (c.actorRole === 'loader' && c.sourceRef ? [c.sourceRef] : [])))];
  if (ids.length === 0) return changes;
  const sources = await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } });
  const byId = new Map(sources.map((source) => [source.id, source]));
  return changes.map((c) =>
    c.actorRole === 'loader' && c.sourceRef && byId.has(c.sourceRef)
      ? { ...c, evidenceSource: byId.get(c.sourceRef)! }
      : c,
  );
}

/**
 * Only revisions the public may see: of a public type, made while their entity was published,
 * which is published still (the column is kept by triggers, migration
 * 20261201093000_history_published). Every reader below filters on it; each is an index walk.
 */
const shown = { public: true } as const;

/**
 * One page of the public history, newest first, optionally of one entity type, without the
 * initial load unless asked; `hidden` counts the initial-load entries left out.
 */
export const fetchChangesPage = cachedRead(
  'changes-page',
  async ({ type, initial, page }: ChangesQuery, pageSize: number = CHANGES_PAGE_SIZE) => {
    const ofType = type ? { ...shown, entityType: type } : shown;
    const where = initial === 'show' ? ofType : { ...ofType, NOT: INITIAL_LOAD };
    const [total, hidden, rows] = await Promise.all([
      db.revision.count({ where }),
      initial === 'show' ? 0 : db.revision.count({ where: { ...ofType, ...INITIAL_LOAD } }),
      db.revision.findMany({
        where,
        orderBy: [...newestFirst],
        skip: (page - 1) * pageSize,
        take: pageSize,
        select: revisionSelect,
      }),
    ]);
    return {
      total,
      hidden,
      page,
      pageCount: Math.max(1, Math.ceil(total / pageSize)),
      items: await toPublicChanges(rows),
    };
  },
);

/** The history of one project (by slug), figure (key), set, initiative or source (id), newest first. */
export async function fetchEntityHistory(entityType: PublicEntityType, entityId: string, limit = 100) {
  const rows = await db.revision.findMany({
    where: { ...shown, entityType, entityId },
    orderBy: [...newestFirst],
    take: limit,
    select: revisionSelect,
  });
  return toPublicChanges(rows);
}

/**
 * The latest public change to a project's status or status date made by an official or an import,
 * for "依据" beside the status. A status from the source report already shows its sentence on the
 * page (and the loader's evidence is a source id), so the first load is not repeated there.
 */
export async function fetchLatestStatusEvidence(slug: string) {
  const history = await fetchEntityHistory('project', slug);
  const latest = history.find((change) => change.changes.some((c) => c.field === 'status' || c.field === 'statusDate'));
  if (!latest || latest.actorRole === 'loader') return null;
  return { at: latest.at, reason: latest.reason, sourceRef: latest.sourceRef };
}

/** The latest public changes, for the site feed (the dashboard reads every revision: fetchRecentRevisions). */
export async function fetchRecentPublicChanges(limit: number) {
  const rows = await db.revision.findMany({
    where: shown,
    orderBy: [...newestFirst],
    take: limit,
    select: revisionSelect,
  });
  return toPublicChanges(rows);
}

/** Time of the latest public revision: "数据更新于 …" on every page and in every download. */
export async function fetchLastUpdated(): Promise<Date | null> {
  const latest = await db.revision.findFirst({ where: shown, orderBy: [...newestFirst], select: { at: true } });
  return latest?.at ?? null;
}
