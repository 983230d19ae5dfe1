import type { PrismaClient } from '@prisma/client';
import { kindIdRange } from '@/lib/search/kinds';
import { refreshSearchPinyin } from '@/lib/search/pinyin';
import { SEARCH_SOURCES } from '@/lib/search/search-triggers';

/**
 * Rebuilds the whole search index from the base tables (`npm run search:rebuild`): every
 * document again from the search_src_<kind> views, both FTS indexes from scratch, then pinyin.
 * Use after a restore, a bulk change that bypassed the triggers, or a change of the views.
 */
export async function rebuildSearchIndex(prisma: PrismaClient): Promise<{ documents: number; pinyin: number }> {
  const documents = await prisma.$transaction(
    async (tx) => {
      // First make the trigram index match search_doc whatever state it was in, so that the
      // delete triggers below remove exactly what it holds.
      await tx.$executeRawUnsafe(`INSERT INTO "search_trigram" ("search_trigram") VALUES ('rebuild')`);
      await tx.$executeRawUnsafe(`DELETE FROM "search_bigram"`);
      await tx.$executeRawUnsafe(`DELETE FROM "search_doc"`);
      let count = 0;
      for (const { kind, numberedBy } of SEARCH_SOURCES) {
        // Numbered as the triggers number them (a project by its id: the listing's keyword filter
        // relies on it); other kinds in order.
        const number = numberedBy ? `"${numberedBy}"` : 'row_number() OVER ()';
        count += await tx.$executeRawUnsafe(
          `INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
           SELECT ${kindIdRange(kind).lo} + ${number}, ?, "ref", "title", "body", "extra", "pinyin_source", CASE WHEN "pinyin_source" IS NULL THEN '' END
           FROM "search_src_${kind}"`,
          kind,
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

/** Merges each FTS index into one segment: fewer, larger doclists are faster to walk after bulk writes. */
export async function optimizeSearchIndex(prisma: Pick<PrismaClient, '$executeRawUnsafe'>): Promise<void> {
  await prisma.$executeRawUnsafe(`INSERT INTO "search_trigram" ("search_trigram") VALUES ('optimize')`);
  await prisma.$executeRawUnsafe(`INSERT INTO "search_bigram" ("search_bigram") VALUES ('optimize')`);
}
