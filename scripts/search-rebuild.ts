/**
 * `npm run search:rebuild`: rebuilds the search index of DATABASE_URL (default data/portal.db)
 * from its base tables, pinyin included. The index is otherwise kept in step by triggers.
 */
import { createPrismaClient } from '@/lib/prisma-client';
import { rebuildSearchIndex } from '@/lib/search/rebuild';

async function main(): Promise<void> {
  const prisma = createPrismaClient();
  const started = Date.now();
  try {
    const { documents, pinyin } = await rebuildSearchIndex(prisma);
    console.log(
      `search:rebuild: ${documents} documents, pinyin of ${pinyin} names (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
