import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { listProjectsWith } from '@/lib/project-list/list-projects';
import { withAudit } from '@/lib/revisions/with-audit';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { refreshSearchPinyin } from '@/lib/search/pinyin';
import { rebuildSearchIndex } from '@/lib/search/rebuild';
import { searchEverythingWith } from '@/lib/search/search-everything';
import { onPostgres } from '@/lib/sql/dialect';
import { projectFiltersSchema } from '@/lib/validations/project-filters';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const ADMIN = { actor: { role: 'admin' as const, id: 1, name: '管理员' }, reason: '测试', sourceRef: null };
const SLUG = 'test-cherry-orchard';

async function refs(q: string, kind: (typeof SEARCH_KINDS)[number] = 'project') {
  const { groups } = await searchEverythingWith(prisma, { q, type: kind, page: 1 });
  return groups.find((g) => g.kind === kind)!.hits.map((h) => h.ref);
}

function sqlite() {
  return new Database(process.env.DATABASE_URL!.slice('file:'.length));
}

describe('search index sync', () => {
  // On PostgreSQL search_doc's indexes need no triggers: tests/postgres/search-index.test.ts checks its triggers.
  it.skipIf(onPostgres())(
    'has insert, update and delete triggers on every indexed table, and on its own documents',
    () => {
      const database = sqlite();
      const names = database
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%' ORDER BY name")
        .all() as { name: string }[];
      database.close();
      const tables = ['Enterprise', 'Figure', 'Initiative', 'Passage', 'Project', 'Set'];
      const expected = [
        ...tables.flatMap((t) => [`search_${t}_delete`, `search_${t}_insert`, `search_${t}_update`]),
        'search_Enterprise_rename',
        'search_doc_delete',
        'search_doc_insert',
        'search_doc_update',
      ];
      expect(names.map((t) => t.name)).toEqual(expected.sort());
    },
  );

  it('finds a project written through withAudit, by its name, its 2-character terms and its pinyin', async () => {
    await withAudit(prisma, ADMIN, (tx) =>
      tx.project.create({
        data: {
          slug: SLUG,
          name: '樱桃园采摘体验项目',
          enterpriseId: 'beichen-electromechanical',
          knownAs: 'official',
        },
      }),
    );
    expect(await refs('樱桃园采摘')).toEqual([SLUG]);
    expect(await refs('樱桃')).toEqual([SLUG]);
    // withAudit filled in the pinyin after its commit: nothing is left stale.
    expect(await refreshSearchPinyin(prisma)).toBe(0);
    expect(await refs('yingtao')).toEqual([SLUG]);
    expect(await refs('beichen')).toEqual(['beichen-phase-ii-workshop', SLUG]);
  });

  it('follows renames, enterprise renames, unpublishing and deletion', async () => {
    await withAudit(prisma, ADMIN, (tx) =>
      tx.project.update({ where: { slug: SLUG }, data: { name: '葡萄园采摘体验项目' } }),
    );
    expect(await refs('樱桃')).toEqual([]);
    expect(await refs('葡萄')).toEqual([SLUG]);
    expect(await refs('yingtao')).toEqual([]);
    expect(await refs('putao')).toEqual([SLUG]);

    await withAudit(prisma, ADMIN, (tx) =>
      tx.enterprise.update({ where: { id: 'beichen-electromechanical' }, data: { name: '北辰星机电有限公司' } }),
    );
    expect(await refs('北辰星')).toEqual(['beichen-phase-ii-workshop', SLUG]);
    expect(await refs('北辰星', 'enterprise')).toEqual(['beichen-electromechanical']);
    expect(await refreshSearchPinyin(prisma)).toBe(0);
    expect(await refs('beichenxing')).toEqual(['beichen-phase-ii-workshop', SLUG]);

    await withAudit(prisma, ADMIN, (tx) => tx.project.update({ where: { slug: SLUG }, data: { published: false } }));
    expect(await refs('葡萄')).toEqual([]);
    await withAudit(prisma, ADMIN, (tx) => tx.project.update({ where: { slug: SLUG }, data: { published: true } }));
    expect(await refs('葡萄')).toEqual([SLUG]);
    await withAudit(prisma, ADMIN, (tx) => tx.project.delete({ where: { slug: SLUG } }));
    expect(await refs('葡萄')).toEqual([]);
  });

  it('keeps the pinyin of a project whose name did not change', async () => {
    await withAudit(prisma, ADMIN, (tx) =>
      tx.project.update({ where: { slug: 'beichen-phase-ii-workshop' }, data: { status: 'completed' } }),
    );
    expect(await refreshSearchPinyin(prisma)).toBe(0);
  });

  it('rebuilds to the same answers, and leaves both FTS indexes consistent', async () => {
    const queries = ['红木', '压力容器', 'hongmu', '98.8', '项目'];
    const before = await Promise.all(queries.map((q) => searchEverythingWith(prisma, { q, type: undefined, page: 1 })));
    const listed = async () =>
      Promise.all(
        queries.map(async (q) =>
          (await listProjectsWith(prisma, projectFiltersSchema.parse({ q }))).items.map((p) => p.slug),
        ),
      );
    const listedBefore = await listed();
    expect(listedBefore.slice(0, 3)).toEqual([
      ['zhicheng-huijia-smart-home-rosewood-furniture-workshop'],
      ['beichen-phase-ii-workshop', 'runfeng-waste-equipment-environmental-products'],
      ['zhicheng-huijia-smart-home-rosewood-furniture-workshop'],
    ]);
    const { documents, pinyin } = await rebuildSearchIndex(prisma);
    // projects, enterprises, sets, initiatives, figures with a sentence (38 of 43: derived ones have none), passages of
    // all six sources
    expect(documents).toBe(3 + 4 + 2 + 22 + 38 + 30);
    expect(pinyin).toBe(3 + 4 + 2 + 22);
    const after = await Promise.all(queries.map((q) => searchEverythingWith(prisma, { q, type: undefined, page: 1 })));
    expect(after).toEqual(before);
    // The listing's keyword maps documents to projects by id: the rebuild numbers them the same way.
    expect(await listed()).toEqual(listedBefore);
    if (onPostgres()) return;
    const database = sqlite();
    database.exec(`INSERT INTO search_trigram (search_trigram, rank) VALUES ('integrity-check', 1)`);
    database.exec(`INSERT INTO search_bigram (search_bigram) VALUES ('integrity-check')`);
    database.close();
  });

  it('numbers each project document by its project id, through the triggers and the rebuild alike', async () => {
    // Ids 4 (deleted above) and on are gaps: numbering in order would no longer match.
    await withAudit(prisma, ADMIN, (tx) =>
      tx.project.create({ data: { slug: 'test-numbering', name: '编号测试项目', knownAs: 'official' } }),
    );
    const offsets = async () => {
      const rows = await prisma.$queryRawUnsafe<{ offset: bigint | number }[]>(
        `SELECT d."id" - p."id" AS "offset" FROM "search_doc" d JOIN "Project" p ON p."slug" = d."ref" WHERE d."kind" = 'project'`,
      );
      return rows.map((row) => Number(row.offset));
    };
    expect(await offsets()).toEqual(Array(4).fill(6_000_000_000));
    await rebuildSearchIndex(prisma);
    expect(await offsets()).toEqual(Array(4).fill(6_000_000_000));
  });
});
