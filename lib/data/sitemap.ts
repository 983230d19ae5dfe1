import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import { enterpriseHref, figureHref, initiativeHref, projectHref, setHref, sourceHref } from '@/lib/links';

/**
 * Reads behind the sitemaps: counts and boundaries from indexes only (the sitemap index must not
 * read every project), then one part's rows, each with the time of its entity's latest revision.
 */

export type SitemapEntry = { path: string; lastModified: Date | null };

// The entity's latest revision, one look-up in the (entityType, entityId) index per row.
const latestRevision = (entityType: string, entityId: Prisma.Sql) =>
  Prisma.sql`(SELECT max(r."at") FROM "Revision" r WHERE r."entityType" = ${entityType} AND r."entityId" = ${entityId})`;

type Row = { key: string; at: string | null };
const toEntries = (rows: Row[], href: (key: string) => string): SitemapEntry[] =>
  rows.map((row) => ({ path: href(row.key), lastModified: row.at === null ? null : new Date(row.at) }));

/** The highest project id (primary key, one step): project parts are ranges of ids, so no count is needed. */
export async function fetchMaxProjectId(): Promise<number> {
  const last = await db.project.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return last?.id ?? 0;
}

/** Published projects with `after` < id ≤ `upTo`, in id order: a range scan of the primary key. */
export async function fetchProjectSitemapEntries(after: number, upTo: number): Promise<SitemapEntry[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT p."slug" AS "key", ${latestRevision('project', Prisma.sql`p."slug"`)} AS "at"
    FROM "Project" p WHERE p."id" > ${after} AND p."id" <= ${upTo} AND p."published" = TRUE ORDER BY p."id"`;
  return toEntries(rows, projectHref);
}

export async function countEnterprises(): Promise<number> {
  return db.enterprise.count();
}

/** Enterprises in id order, `take` of them after the first `skip`. */
export async function fetchEnterpriseSitemapEntries(skip: number, take: number): Promise<SitemapEntry[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT e."id" AS "key", ${latestRevision('enterprise', Prisma.sql`e."id"`)} AS "at"
    FROM "Enterprise" e ORDER BY e."id" LIMIT ${take} OFFSET ${skip}`;
  return toEntries(rows, enterpriseHref);
}

/** How many figures, sets, initiatives and sources have pages: curated tables of tens of rows. */
export async function countReferencePages(): Promise<number> {
  const counts = await Promise.all([
    db.figure.count(),
    db.set.count(),
    db.initiative.count({ where: { published: true } }),
    db.source.count(),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Every figure, set, initiative and source page, in a stable order. */
export async function fetchReferenceSitemapEntries(): Promise<SitemapEntry[]> {
  const [figures, sets, initiatives, sources] = await Promise.all([
    db.$queryRaw<
      Row[]
    >`SELECT f."key" AS "key", ${latestRevision('figure', Prisma.sql`f."key"`)} AS "at" FROM "Figure" f ORDER BY f."key"`,
    db.$queryRaw<
      Row[]
    >`SELECT s."id" AS "key", ${latestRevision('set', Prisma.sql`s."id"`)} AS "at" FROM "Set" s ORDER BY s."position", s."id"`,
    db.$queryRaw<(Row & { kind: string })[]>`
      SELECT i."id" AS "key", i."kind" AS "kind", ${latestRevision('initiative', Prisma.sql`i."id"`)} AS "at"
      FROM "Initiative" i WHERE i."published" = TRUE ORDER BY i."position", i."id"`,
    db.$queryRaw<
      Row[]
    >`SELECT s."id" AS "key", ${latestRevision('source', Prisma.sql`s."id"`)} AS "at" FROM "Source" s ORDER BY s."id"`,
  ]);
  const kindOf = new Map(initiatives.map((row) => [row.key, row.kind]));
  return [
    ...toEntries(figures, figureHref),
    ...toEntries(sets, setHref),
    ...toEntries(initiatives, (id) => initiativeHref({ id, kind: kindOf.get(id)! })),
    ...toEntries(sources, sourceHref),
  ];
}
