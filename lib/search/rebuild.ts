import type { PrismaClient } from '@prisma/client';
import { kindIdRange } from '@/lib/search/kinds';
import { refreshSearchPinyin } from '@/lib/search/pinyin';
import { SEARCH_SOURCES } from '@/lib/search/search-triggers';
import { onPostgres } from '@/lib/sql/dialect';

/**
 * Rebuilds the whole search index from the base tables (`npm run search:rebuild`): every
 * document again from the search_src_<kind> views, both FTS indexes from scratch, then pinyin.
 * Use after a restore, a bulk change that bypassed the triggers, or a change of the views.
 * On PostgreSQL the indexes are search_doc's own (GIN over generated columns): they follow its rows.
 */
export async function rebuildSearchIndex(prisma: PrismaClient): Promise<{ documents: number; pinyin: number }> {
  const postgres = onPostgres();
  const documents = await prisma.$transaction(
    async (tx) => {
      if (postgres) {
        // Documents keep their order (results of a kind are listed in id order): SQLite numbers
        // them in the order of the base tables' rows, which is the order they were written in;
        // PostgreSQL moves an updated row, so the order is read from the documents themselves.
        await tx.$executeRawUnsafe(
          `CREATE TEMPORARY TABLE "search_doc_order" ON COMMIT DROP AS SELECT "kind", "ref", "id" FROM "search_doc"`,
        );
      } else {
        // First make the trigram index match search_doc whatever state it was in, so that the
        // delete triggers below remove exactly what it holds.
        await tx.$executeRawUnsafe(`INSERT INTO "search_trigram" ("search_trigram") VALUES ('rebuild')`);
        await tx.$executeRawUnsafe(`DELETE FROM "search_bigram"`);
      }
      await tx.$executeRawUnsafe(`DELETE FROM "search_doc"`);
      let count = 0;
      for (const { kind, numberedBy } of SEARCH_SOURCES) {
        // Numbered as the triggers number them (a project by its id: the listing's keyword filter
        // relies on it); other kinds in order.
        const order = postgres ? `ORDER BY o."id" NULLS LAST, v."ref"` : '';
        const number = numberedBy ? `v."${numberedBy}"` : `row_number() OVER (${order})`;
        const earlier = postgres ? `LEFT JOIN "search_doc_order" o ON o."kind" = '${kind}' AND o."ref" = v."ref"` : '';
        count += await tx.$executeRawUnsafe(
          `INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
           SELECT ${kindIdRange(kind).lo} + ${number}, '${kind}', v."ref", v."title", v."body", v."extra", v."pinyin_source",
                  CASE WHEN v."pinyin_source" IS NULL THEN '' END
           FROM "search_src_${kind}" v ${earlier}`,
        );
      }
      return count;
    },
    { timeout: 600_000 },
  );
  const pinyin = await refreshSearchPinyin(prisma);
  await optimizeSearchIndex(prisma);
  return { documents, pinyin };
}

/**
 * After bulk writes. SQLite: merges each FTS index into one segment (fewer, larger doclists are
 * faster to walk). PostgreSQL: fresh statistics, from which the planner chooses the GIN indexes.
 */
export async function optimizeSearchIndex(prisma: Pick<PrismaClient, '$executeRawUnsafe'>): Promise<void> {
  if (onPostgres()) {
    await prisma.$executeRawUnsafe(`ANALYZE "search_doc"`);
    return;
  }
  await prisma.$executeRawUnsafe(`INSERT INTO "search_trigram" ("search_trigram") VALUES ('optimize')`);
  await prisma.$executeRawUnsafe(`INSERT INTO "search_bigram" ("search_bigram") VALUES ('optimize')`);
}
