import type { PrismaClient } from '@prisma/client';
import { indexedBy } from '@/lib/sql/dialect';

/**
 * The industry chains published projects belong to, for the listing's chain filter. Read as
 * "the first chain, then the first one after it, …": one seek in
 * Project_industryChain_published_name_idx per chain, not a pass over every project (a
 * GROUP BY reads all 100,000 rows of a large database to find a handful of chains).
 */
export async function listChainsWith(prisma: Pick<PrismaClient, '$queryRaw'>): Promise<string[]> {
  const chains = indexedBy('Project_industryChain_published_name_idx');
  const rows = await prisma.$queryRaw<{ chain: string }[]>`
    WITH RECURSIVE "next" ("chain") AS (
      SELECT (SELECT min(p."industryChain") FROM "Project" p ${chains} WHERE p."industryChain" IS NOT NULL AND p."published" = TRUE)
      UNION ALL
      SELECT (SELECT min(p."industryChain") FROM "Project" p ${chains} WHERE p."industryChain" > n."chain" AND p."published" = TRUE)
      FROM "next" n WHERE n."chain" IS NOT NULL
    )
    SELECT "chain" FROM "next" WHERE "chain" IS NOT NULL`;
  return rows.map((row) => row.chain);
}

/** Published projects with no published 镇街: one range of Project_published_town_idx. */
export async function countWithoutTownWith(prisma: Pick<PrismaClient, '$queryRaw'>): Promise<number> {
  const [{ count }] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS "count" FROM "Project" ${indexedBy('Project_published_town_idx')} WHERE "published" = TRUE AND "town" IS NULL`;
  return Number(count);
}
