import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { kindIdRange, SEARCH_KINDS } from '@/lib/search/kinds';
import { searchTriggersPostgres } from '@/lib/search/search-triggers';
import { loadShippedDataset } from '../helpers/load';

// The search index on PostgreSQL (prisma/postgresql/migrations/20261206100000_search_index and the
// generated triggers): the dataset loader fills it through the triggers, as on SQLite.
let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

type Doc = { id: bigint; kind: string; ref: string; pinyin: string | null; grams: string[]; firsts: string[] };

describe('search_doc on PostgreSQL', () => {
  it('is kept by exactly the triggers generated from the declaration (npm run db:triggers)', async () => {
    const stored = await prisma.$queryRawUnsafe<{ name: string; table: string; source: string }[]>(
      `SELECT t.tgname AS "name", c.relname AS "table", p.prosrc AS "source"
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
       WHERE NOT t.tgisinternal AND t.tgname LIKE 'search%' ORDER BY t.tgname`,
    );
    const generated = searchTriggersPostgres()
      .map((t) => ({ name: t.name, table: t.table, source: t.function.split('$$')[1] }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(stored).toEqual(generated);
  });

  it('holds one document per row of each search_src view, numbered in its kind block', async () => {
    for (const kind of SEARCH_KINDS) {
      const docs = await prisma.$queryRawUnsafe<{ id: bigint; ref: string }[]>(
        `SELECT "id", "ref" FROM "search_doc" WHERE "kind" = $1 ORDER BY "ref"`,
        kind,
      );
      const rows = await prisma.$queryRawUnsafe<{ ref: string }[]>(
        `SELECT "ref" FROM "search_src_${kind}" ORDER BY "ref"`,
      );
      expect(docs.length, kind).toBeGreaterThan(0);
      expect(docs.map((d) => d.ref)).toEqual(rows.map((r) => r.ref));
      const { lo, hi } = kindIdRange(kind);
      for (const { id } of docs) expect(id > BigInt(lo) && id < BigInt(hi), `${kind} ${id}`).toBe(true);
    }
    // A project's document id is the block's start plus the project's id (the listing relies on it).
    const offsets = await prisma.$queryRawUnsafe<{ offset: bigint }[]>(
      `SELECT DISTINCT d."id" - p."id" AS "offset" FROM "search_doc" d JOIN "Project" p ON p."slug" = d."ref" WHERE d."kind" = 'project'`,
    );
    expect(offsets).toEqual([{ offset: BigInt(kindIdRange('project').lo) }]);
  });

  it('has the pinyin of every name filled in by the loader, and the 2-character pieces of its text', async () => {
    const [stale] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS "n" FROM "search_doc" WHERE "pinyin" IS NULL`,
    );
    expect(stale.n).toBe(0n);
    const [doc] = await prisma.$queryRawUnsafe<Doc[]>(
      `SELECT "id", "kind", "ref", "pinyin", "grams", "firsts" FROM "search_doc" WHERE "kind" = 'enterprise' AND "ref" = 'beichen-electromechanical'`,
    );
    expect(doc.pinyin).toBe('beichenjidianshebeiyouxiangongsi');
    expect(doc.grams).toEqual(expect.arrayContaining(['北辰', '辰机', '公司']));
    expect(doc.firsts).toEqual(expect.arrayContaining(['北', '辰', '司']));
    expect(doc.grams).not.toContain('司 ');
  });

  it('cuts text into the pieces FTS5 tokenizes: no separators, lower case, a lone character at a space', async () => {
    const [{ grams, firsts }] = await prisma.$queryRawUnsafe<{ grams: string[]; firsts: string[] }[]>(
      `SELECT "search_bigrams"($1) AS "grams", "search_firsts"($1) AS "firsts"`,
      'AB 长清  5%\t区',
    );
    expect([...grams].sort()).toEqual(['5', '5%', '%', 'ab', 'b', '区', '长', '长清', '清'].sort());
    expect([...firsts].sort()).toEqual(['5', '%', 'a', 'b', '区', '长', '清'].sort());
  });
});
