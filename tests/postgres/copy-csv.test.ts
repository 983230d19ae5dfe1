import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyCsv } from '@/scripts/bench/copy-csv';

// npm run bench:scale loads its rows with psql's \copy from CSV: every value arrives as written,
// NULL stays NULL (not the empty text), and a bad row stops the load with PostgreSQL's message.
const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });

beforeAll(async () => {
  await client.connect();
  await client.query(`CREATE TABLE "copy_probe" ("id" INT PRIMARY KEY, "text" TEXT, "amount" INT)`);
});
afterAll(() => client.end());

it('copies quotes, commas, line breaks, Chinese text, empty text and NULL as they are', async () => {
  const rows = [
    [1, '示例项目 000001', 100],
    [2, 'a "quoted", comma\nand a line', null],
    [3, '', 0],
    [4, null, 5],
  ];
  expect(await copyCsv(url, 'copy_probe', ['id', 'text', 'amount'], rows)).toBe(4);
  const { rows: read } = await client.query(`SELECT "id", "text", "amount" FROM "copy_probe" ORDER BY "id"`);
  expect(read.map((row) => [row.id, row.text, row.amount])).toEqual(rows);
});

it('copies many rows in one stream', async () => {
  const rows = Array.from({ length: 50_000 }, (_, i) => [1_000 + i, `项目 ${i}`, i]);
  expect(await copyCsv(url, 'copy_probe', ['id', 'text', 'amount'], rows)).toBe(50_000);
  const { rows: counted } = await client.query(
    `SELECT count(*)::int AS "n", sum("amount")::bigint AS "s" FROM "copy_probe" WHERE "id" >= 1000`,
  );
  expect(counted[0]).toEqual({ n: 50_000, s: String((49_999 * 50_000) / 2) });
});

it('fails with the server message when a row is refused', async () => {
  await expect(copyCsv(url, 'copy_probe', ['id', 'text', 'amount'], [[1, 'again', 1]])).rejects.toThrow(
    /COPY into copy_probe failed \(1\): .*duplicate key value violates unique constraint "copy_probe_pkey"/s,
  );
});
