import type { TestProject } from 'vitest/node';
import { startPostgres } from '@/scripts/lib/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway server's own database, from which each test file creates its database. */
    postgresUrl: string;
  }
}

/** One throwaway PostgreSQL for the whole run (installed from Debian's packages when missing). */
export default async function setup(project: TestProject) {
  const server = await startPostgres({ database: 'portal_admin' });
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
