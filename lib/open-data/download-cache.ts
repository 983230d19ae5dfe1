import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, utimes, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { databaseKey } from '@/lib/database-url';
import { siteUrl } from '@/lib/site-url.mts';

/**
 * Downloads generated once per data version and kept on disk:
 *   <DOWNLOAD_CACHE_DIR>/<database key>/<revision>-<build key>/<file>
 *   …/<revision>-<build key>/filtered/<hash of the filters>-<file>
 * The database key (database file and public address, which the rows contain) keeps servers of
 * different databases apart; the build key (Next's build id) keeps a new build, which may write
 * files differently, from serving the previous build's files. Each file is written under a
 * temporary name and renamed, so nobody reads half a file.
 */

const configSchema = z.object({
  DOWNLOAD_CACHE_DIR: z.string().trim().min(1).catch(path.join('data', 'download-cache')),
  DOWNLOAD_CACHE_FILTERED_MB: z.coerce.number().positive().catch(256),
});

export type CacheEntry = { revision: number; file: string; filterKey: string | null };

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

let buildId: string | undefined;
function buildKey(): string {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      buildId = 'dev'; // no production build: `next dev` and the tests
    }
  }
  return hash(buildId).slice(0, 8);
}

const cacheRoot = () => path.resolve(configSchema.parse(process.env).DOWNLOAD_CACHE_DIR);

function databaseFolder(): string {
  return path.join(cacheRoot(), hash(`${databaseKey()}\n${siteUrl().href}`));
}

const versionName = (revision: number) => `${revision}-${buildKey()}`;

/** Where an entry's file is kept. */
export function cachedPath({ revision, file, filterKey }: CacheEntry): string {
  const name = filterKey === null ? file : path.join('filtered', `${hash(filterKey)}-${file}`);
  return path.join(databaseFolder(), versionName(revision), name);
}

/** What makes this file's bytes what they are: the strong ETag of downloads. */
export function entityTag(entry: CacheEntry): string {
  return `"${entry.revision}-${hash(cachedPath(entry))}"`;
}

const inFlight = new Map<string, Promise<void>>();

/**
 * An open handle on the entry's file, generated first when missing. Requests for a file being
 * generated wait for that one generation (within a process; two processes would each generate,
 * and the rename keeps either result whole). A write during a generation can leave rows from both
 * sides of it in the file, as a streamed answer would; the file is kept under the version read
 * before the write, which only requests that began before it ask for.
 */
export async function openCachedFile(
  entry: CacheEntry,
  generate: () => Promise<ReadableStream<Uint8Array> | string>,
): Promise<FileHandle> {
  const target = cachedPath(entry);
  const cached = await open(target, 'r').catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? null : Promise.reject(error),
  );
  if (cached) {
    // Filtered files are evicted least recently served first: serving one renews it.
    if (entry.filterKey !== null) await utimes(target, new Date(), new Date()).catch(() => undefined);
    return cached;
  }
  let pending = inFlight.get(target);
  if (!pending) {
    pending = writeEntry(entry, target, generate).finally(() => inFlight.delete(target));
    inFlight.set(target, pending);
  }
  await pending;
  return open(target, 'r');
}

async function writeEntry(
  entry: CacheEntry,
  target: string,
  generate: () => Promise<ReadableStream<Uint8Array> | string>,
): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  // The folder keeps itself out of git, wherever DOWNLOAD_CACHE_DIR points.
  await writeFile(path.join(cacheRoot(), '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
  const temp = `${target}.${randomUUID()}.tmp`;
  try {
    const body = await generate();
    const source =
      typeof body === 'string' ? Readable.from([body]) : Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
    await pipeline(source, createWriteStream(temp));
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
  if (entry.filterKey !== null) await evictFiltered(path.dirname(target), target);
  await removeOldVersions(entry.revision);
}

/**
 * Once a file of a version is kept, folders of older versions (and of other builds) go. Newer
 * ones are left alone (another process may be ahead), and so are folders this process is still
 * writing into. A reader with an open handle keeps reading a deleted file.
 */
async function removeOldVersions(revision: number): Promise<void> {
  const parent = databaseFolder();
  const writing = [...inFlight.keys()];
  for (const name of await readdir(parent)) {
    const folder = path.join(parent, name);
    if (name === versionName(revision) || !(Number.parseInt(name, 10) <= revision)) continue;
    if (writing.some((target) => target.startsWith(folder + path.sep))) continue;
    await rm(folder, { recursive: true, force: true });
  }
}

/** Filtered files stay while they fit in DOWNLOAD_CACHE_FILTERED_MB; the least recently served go first. */
async function evictFiltered(folder: string, keep: string): Promise<void> {
  const limit = configSchema.parse(process.env).DOWNLOAD_CACHE_FILTERED_MB * 1024 * 1024;
  const names = (await readdir(folder)).filter((name) => !name.endsWith('.tmp'));
  const files = await Promise.all(
    names.map(async (name) => ({
      file: path.join(folder, name),
      stats: await stat(path.join(folder, name)).catch(() => null),
    })),
  );
  let total = files.reduce((sum, { stats }) => sum + (stats?.size ?? 0), 0);
  for (const { file, stats } of files.sort((a, b) => (a.stats?.mtimeMs ?? 0) - (b.stats?.mtimeMs ?? 0))) {
    if (total <= limit) return;
    if (!stats || file === keep) continue;
    await rm(file, { force: true });
    total -= stats.size;
  }
}
