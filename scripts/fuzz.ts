/**
 * `npm run fuzz [-- --runs 5000 --seed N --concurrency 4 --port 3314]`: fast-check generates
 * requests to every public page (three languages), the API, downloads, feeds and sitemap, and
 * posts to the sign-in and import forms, with real and hostile ids, parameters, methods, headers
 * and bodies; it fails on any 5xx, stack trace, internal path, unescaped reflection, non-JSON
 * API error or missing answer (scripts/fuzz/oracles.ts), and prints a summary with every
 * failure's seed and request. The server is the production build (`next start`) on a fresh
 * database in tmp/fuzz/, or the one at FUZZ_BASE_URL (with DATABASE_URL naming its database).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { createPrismaClient } from '@/lib/prisma-client';
import { buildIfStale } from './lib/build.mjs';
import { fileUrl, prepareDatabase } from './lib/database.mjs';
import { ROOT } from './lib/run.mjs';
import { commaList, parseOptions } from './bench/command-line';
import { startNext, stopServersOnExit, type RunningServer } from './bench/servers';
import { readFormContext } from './fuzz/form-context';
import { runFuzz } from './fuzz/run';
import { summary } from './fuzz/summary';
import { readTargets } from './fuzz/targets';

const USAGE = 'npm run fuzz -- [--runs 5000] [--seed N] [--concurrency 4] [--port 3314] [--only form:,api:item,…]';
const optionsSchema = z.object({
  runs: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  seed: z.coerce
    .number()
    .int()
    .min(-(2 ** 31))
    .max(2 ** 31 - 1)
    .default(() => randomBytes(4).readInt32BE()),
  concurrency: z.coerce.number().int().min(1).max(32).default(4),
  port: z.coerce.number().int().min(1).max(65_535).default(3314),
  only: commaList(z.string().min(1)).optional(),
});
const DATABASE = 'tmp/fuzz/fuzz.db';

/**
 * An admin account for the import forms, made the only way accounts are made (`npm run
 * user:create`), and its session cookie, made in the database: signing in would ask for the
 * second factor, which the fuzzer does not fuzz through.
 */
async function createAdmin(databaseUrl: string, username: string, password: string): Promise<string> {
  execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/user-create.ts', '--username', username, '--role', 'admin'],
    {
      cwd: ROOT,
      input: `${password}\n`,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['pipe', 'ignore', 'inherit'],
    },
  );
  const prisma = createPrismaClient(databaseUrl);
  try {
    const user = await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    return `${SESSION_COOKIE}=${await createSession(prisma, user.id)}`;
  } finally {
    await prisma.$disconnect();
  }
}

/** The server to fuzz: the given one, or `next start` on a freshly loaded database that only the fuzzer writes to. */
async function server(
  port: number,
): Promise<{ baseUrl: string; databaseUrl: string; writes: boolean; running?: RunningServer }> {
  const given = process.env.FUZZ_BASE_URL;
  if (given) {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl)
      throw new Error(
        'FUZZ_BASE_URL needs DATABASE_URL: the database that server reads (an admin account is added to it)',
      );
    return { baseUrl: given.replace(/\/$/, ''), databaseUrl, writes: false };
  }
  rmSync(`${ROOT}/${DATABASE}`, { force: true });
  const databaseUrl = fileUrl(DATABASE);
  await prepareDatabase(databaseUrl);
  await buildIfStale();
  const running = await startNext({ port, databaseUrl });
  return { baseUrl: running.url, databaseUrl, writes: true, running };
}

async function main(): Promise<number> {
  const options = parseOptions(optionsSchema, USAGE);
  stopServersOnExit();
  const { baseUrl, databaseUrl, writes, running } = await server(options.port);
  try {
    const password = randomBytes(12).toString('hex');
    const admin = `fuzz-admin-${randomBytes(3).toString('hex')}`;
    const forms = await readFormContext(baseUrl, admin, await createAdmin(databaseUrl, admin, password));
    console.log(
      `fuzz: ${options.runs} requests to ${baseUrl}, seed ${options.seed}, ${options.concurrency} at a time${writes ? '' : ' (imports never applied: not our database)'}`,
    );
    const started = Date.now();
    const results = await runFuzz({
      ...options,
      baseUrl,
      targets: readTargets(databaseUrl),
      forms,
      writes,
      root: ROOT,
      onProgress: (done) =>
        done % 500 === 0 && console.log(`fuzz: ${done} requests, ${Math.round((Date.now() - started) / 1000)} s`),
    });
    console.log(
      `\n${summary(results)}\n\nSeed ${options.seed}, ${results.length} requests in ${Math.round((Date.now() - started) / 1000)} s.`,
    );
    return results.some((result) => result.findings.length > 0) ? 1 : 0;
  } finally {
    await running?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
