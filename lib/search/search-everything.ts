import type { PrismaClient } from '@prisma/client';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { runSearch } from '@/lib/search/run-search';
import { RESULTS_PER_GROUP, RESULTS_PER_PAGE, type SearchParams } from '@/lib/validations/search';

/**
 * The search page's read on a given client (lib/data/search.ts passes the pages' client; the
 * benchmark its own): every group's first hits, or one group's page when `type` is given, the
 * capped counts, and the titles of the sources that matched passages belong to.
 */
export async function searchEverythingWith(prisma: PrismaClient, { q, type, page }: SearchParams) {
  const query = parseSearchQuery(q);
  const pages = type
    ? [{ kind: type, offset: (page - 1) * RESULTS_PER_PAGE, limit: RESULTS_PER_PAGE }]
    : SEARCH_KINDS.map((kind) => ({ kind, offset: 0, limit: RESULTS_PER_GROUP }));
  const groups = await runSearch(prisma, query, pages);
  const sourceIds = [
    ...new Set(groups.flatMap((g) => g.hits.map((h) => h.extra.sourceId)).filter((id): id is string => Boolean(id))),
  ];
  const sources = sourceIds.length
    ? await prisma.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true } })
    : [];
  return { query, groups, sourceTitles: Object.fromEntries(sources.map((s) => [s.id, s.title])) };
}

export type SearchOutcome = Awaited<ReturnType<typeof searchEverythingWith>>;
