// `npm start`: create/migrate the embedded database, load the source dataset when empty,
// build when no current build exists, then serve on PORT (default 3000).
import { buildIfStale } from './lib/build.mjs';
import { fileUrl, prepareDatabase } from './lib/database.mjs';
import { handOver } from './lib/run.mjs';

const databaseUrl = process.env.DATABASE_URL ?? fileUrl('data/portal.db');
await prepareDatabase(databaseUrl);
await buildIfStale();
const port = process.env.PORT ?? '3000';
console.log(`Serving the portal on http://localhost:${port}`);
handOver('next', ['start', '-p', port], { DATABASE_URL: databaseUrl });
