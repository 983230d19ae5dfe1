/**
 * Loads the curated facts of the source report into the database: `npm run db:load`.
 * --if-empty: do nothing when sources are already loaded (used by `npm start`).
 * Refuses to load, naming the item, when a quote is not found verbatim in its passage.
 */
import { DatasetError, readDataset } from '@/lib/loader/build-dataset';
import { writeDataset } from '@/lib/loader/write-dataset';
import { createPrismaClient } from '@/lib/prisma-client';

async function main(): Promise<void> {
  const ifEmpty = process.argv.includes('--if-empty');
  const prisma = createPrismaClient();
  try {
    if (ifEmpty && (await prisma.source.count()) > 0) {
      console.log('db:load: sources already loaded, nothing to do');
      return;
    }
    const dataset = readDataset();
    const summary = await writeDataset(prisma, dataset);
    const count = (pick: (s: (typeof dataset.sources)[number]) => unknown[]) =>
      dataset.sources.reduce((n, s) => n + pick(s).length, 0);
    console.log(
      `db:load: ${dataset.sources.length} sources, ${count((s) => s.passages)} passages, ` +
        `${count((s) => s.facts.figures)} figures and ${dataset.derived.length} derived, ${count((s) => s.facts.projects)} projects, ` +
        `${count((s) => s.facts.sets)} sets, ${count((s) => s.facts.initiatives)} initiatives, ${count((s) => s.facts.people)} people` +
        ` — created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatasetError ? `db:load refused: ${error.message}` : error);
  process.exit(1);
});
