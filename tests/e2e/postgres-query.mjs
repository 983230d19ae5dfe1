// One statement on PostgreSQL for tests/e2e/db.ts: reads { url, sql, params } as JSON on stdin,
// with SQLite's `?` parameters, and prints the rows as JSON. Counts come back as numbers, as
// SQLite gives them.
import { readFileSync } from 'node:fs';
import pg from 'pg';

const INT8 = 20;
pg.types.setTypeParser(INT8, Number);

const { url, sql, params } = JSON.parse(readFileSync(0, 'utf8'));
let position = 0;
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const { rows } = await client.query(
    sql.replaceAll('?', () => `$${(position += 1)}`),
    params,
  );
  process.stdout.write(JSON.stringify(rows ?? []));
} finally {
  await client.end();
}
