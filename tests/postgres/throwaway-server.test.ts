import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres } from '@/scripts/lib/postgres.mjs';

// scripts/lib/postgres.mjs starts the throwaway servers of the tests and benchmarks;
// `npm run bench:scale -- --shared-buffers 6GB` passes a setting through it.
describe('startPostgres', () => {
  it('starts a server with the settings it is given', async () => {
    const server = await startPostgres({ database: 'settings_test', settings: { shared_buffers: '160MB' } });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ shared_buffers: string }>('SHOW shared_buffers');
      await client.end();
      expect(rows).toEqual([{ shared_buffers: '160MB' }]);
    } finally {
      server.stop();
    }
  }, 60_000);
});
