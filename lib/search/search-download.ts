import type { PrismaClient } from '@prisma/client';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { hrefOf } from '@/lib/search/present-hit';
import { runSearch } from '@/lib/search/run-search';
import { siteUrl } from '@/lib/site-url.mts';

/**
 * A search's results as a download (/search/results.csv|json?q=): the same query and order as
 * /search, every kind, each cut at SEARCH_DOWNLOAD_CAP results — the page's counts go further
 * (to COUNT_CAP), so the file says per kind how many there are and how many it holds.
 */
export const SEARCH_DOWNLOAD_CAP = 200;

/** The columns of a row, in order: the CSV's header of machine keys. */
export const SEARCH_DOWNLOAD_KEYS = ['kind', 'ref', 'title', 'url'] as const;

export async function searchDownloadWith(prisma: Pick<PrismaClient, '$queryRaw'>, q: string) {
  const query = parseSearchQuery(q);
  const groups = await runSearch(
    prisma,
    query,
    SEARCH_KINDS.map((kind) => ({ kind, offset: 0, limit: SEARCH_DOWNLOAD_CAP })),
  );
  return {
    q: query.display,
    groups: groups.map(({ kind, total, atLeast, hits }) => ({ kind, total, atLeast, included: hits.length })),
    rows: groups.flatMap((group) =>
      group.hits.map((hit) => ({
        kind: hit.kind,
        ref: hit.ref,
        title: hit.title,
        url: new URL(hrefOf(hit), siteUrl()).toString(),
      })),
    ),
  };
}
