import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/loader/build-dataset';
import { writeDataset } from '@/lib/loader/write-dataset';
import { createPrismaClient } from '@/lib/prisma-client';
import { withAudit } from '@/lib/revisions/with-audit';
import { onPostgres } from '@/lib/sql/dialect';

const prisma = createPrismaClient();
afterAll(() => prisma.$disconnect());

/**
 * Every row of every table, for comparing whole databases (FTS indexes are compared through search_doc, their content).
 */
function dumpDatabase(): Record<string, unknown[]> {
  const database = new Database(process.env.DATABASE_URL!.slice('file:'.length), { readonly: true });
  try {
    const tables = database
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT GLOB 'search_[bt][ir]*gram*' ORDER BY name",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [name, database.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
    );
  } finally {
    database.close();
  }
}

describe('loading the shipped dataset', () => {
  it('loads every item, with one revision by the loader per audited entity', async () => {
    const summary = await writeDataset(prisma, readDataset());
    // 100 rows of the primary report; 5 secondary sources with 6 passages and 21 figures; 5 derived figures
    expect(summary).toEqual({ created: 137, updated: 0, unchanged: 0 });
    expect(await prisma.figure.count()).toBe(43);
    expect(await prisma.figureInput.count()).toBe(12);
    expect(await prisma.project.count()).toBe(3);
    expect(await prisma.initiative.count()).toBe(22);
    expect(await prisma.passage.count()).toBe(30);
    // 6 sources + 2 sets + 22 initiatives + 4 enterprises + 43 figures + 3 projects
    expect(await prisma.revision.count({ where: { action: 'create', actorRole: 'loader' } })).toBe(80);
    expect(await prisma.revision.count()).toBe(80);
    // A project's creation lists the set it joined in the same write (not a separate change).
    const created = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: 'beichen-phase-ii-workshop' },
    });
    expect(JSON.parse(created.after!).set).toBe('2023年春季重点项目集中开工（1月29日）');
    expect(await prisma.revision.count({ where: { sourceRef: 'zjmzl-2024-08-22-key-projects-2024-plan' } })).toBe(9);
  });

  // Compares dumps of the SQLite file.
  it.skipIf(onPostgres())('leaves the same database when loaded twice', async () => {
    const before = dumpDatabase();
    const summary = await writeDataset(prisma, readDataset());
    expect(summary).toEqual({ created: 0, updated: 0, unchanged: 137 });
    expect(dumpDatabase()).toEqual(before);
  });

  it('keeps the raw text verbatim and stores the clean text apart', async () => {
    const source = await prisma.source.findUniqueOrThrow({ where: { id: 'launch-report-2023-01-29' } });
    expect(source.rawText).toContain('長清區(qū)2023年春季');
    expect(source.cleanText).toContain('长清区2023年春季');
    expect(source.editor).toBe('吴晓璐');
  });

  it('stores what the source does not publish as null, not as zero (the 镇街 too: the source names none)', async () => {
    const projects = await prisma.project.findMany({
      select: { totalInvestment: true, location: true, town: true, plannedCompletionDate: true },
    });
    expect(projects).toEqual(
      Array(3).fill({ totalInvestment: null, location: null, town: null, plannedCompletionDate: null }),
    );
  });

  it('records an official edit as theirs: a re-load does not overwrite a project', async () => {
    const editor = { actor: { role: 'editor' as const, id: 7, name: '测试编辑' }, reason: '测试', sourceRef: null };
    await withAudit(prisma, editor, (tx) =>
      tx.project.update({ where: { slug: 'beichen-phase-ii-workshop' }, data: { totalInvestment: 12345 } }),
    );
    await writeDataset(prisma, readDataset());
    const project = await prisma.project.findUniqueOrThrow({ where: { slug: 'beichen-phase-ii-workshop' } });
    expect(project.totalInvestment).toBe(12345);
  });
});
