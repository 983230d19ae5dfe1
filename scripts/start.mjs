// `npm start`: create/migrate the embedded database, load the source dataset when empty,
// build when no current build exists, then serve on PORT (default 3000).
import { buildIfStale } from './lib/build.mjs';
import { fileUrl, prepareDatabase } from './lib/database.mjs';
import { handOver, SERVER_COMMAND } from './lib/run.mjs';

const databaseUrl = process.env.DATABASE_URL ?? fileUrl('data/portal.db');
await prepareDatabase(databaseUrl);
await buildIfStale();
handOver(SERVER_COMMAND, { DATABASE_URL: databaseUrl });
