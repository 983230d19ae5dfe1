/**
 * `npm run bench:lighthouse [-- --url http://127.0.0.1:3000 --out tmp/bench/lighthouse.md]`:
 * Lighthouse scores (performance, accessibility, best practices, SEO; mobile) of the home page,
 * the project listing, a project page and a search page. Without --url it serves the production
 * build on the real database data/portal.db (created and loaded as `npm start` does).
 * Each page is scored --runs times and the median printed, beside the same for the floor: a
 * static HTML page with one heading and no CSS or script, which no page can beat on this machine.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { buildIfStale } from './lib/build.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { fileUrl, prepareDatabase } from './lib/database.mjs';
import { ROOT } from './lib/run.mjs';
import { captureResponse } from './bench/baseline-server';
import { commandLine, installedVersion, machineFacts, parseOptions } from './bench/command-line';
import { percentile, Report } from './bench/report';
import { PORTS, startNext, stopServersOnExit, type RunningServer } from './bench/servers';

const USAGE = 'npm run bench:lighthouse -- [--url http://HOST:PORT] [--runs N] [--out FILE]';
const optionsSchema = z.object({
  url: z.url().optional(),
  runs: z.coerce.number().int().min(1).max(9).default(3),
  out: z.string().min(1).default('tmp/bench/lighthouse.md'),
});
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// A term of the source report, so the search page has results on the real database.
const SEARCH_PATH = `/search?${new URLSearchParams({ q: '红木' })}`;

type LighthouseResult = {
  categories: Record<string, { score: number | null } | undefined>;
  runtimeError?: { message: string };
};

/**
 * One Lighthouse run of `url` with its default settings — the mobile form factor with simulated
 * slow 4G and a 4× slower CPU — in headless Chromium. The CLI, not the Node API, so that Chrome is
 * launched and closed by Lighthouse itself. Scores 0–100, null where Lighthouse could not score.
 */
async function lighthouseScores(
  url: string,
  chromePath: string,
): Promise<{ scores: (number | null)[]; error?: string }> {
  const { stdout } = await promisify(execFile)(
    path.join(ROOT, 'node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 512 * 2 ** 20 },
  );
  const result = JSON.parse(stdout) as LighthouseResult;
  const scores = LIGHTHOUSE_CATEGORIES.map((category) => {
    const score = result.categories[category]?.score;
    return typeof score === 'number' ? Math.round(score * 100) : null;
  });
  return { scores, error: result.runtimeError?.message };
}

const FLOOR_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Floor</title><meta name="description" content="The least a page can be."></head><body><h1>Floor</h1></body></html>';

/** The floor page, from a bare node:http server on a free port. */
async function startFloor(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((_request, response) =>
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(FLOOR_HTML),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The median of each category over `runs` runs (null where a run could not score). */
async function medianScores(
  url: string,
  chromePath: string,
  runs: number,
): Promise<{ scores: (number | null)[]; error?: string }> {
  const results: Awaited<ReturnType<typeof lighthouseScores>>[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await lighthouseScores(url, chromePath));
  const scores = LIGHTHOUSE_CATEGORIES.map((_, i) => {
    const values = results
      .map((result) => result.scores[i])
      .filter((score): score is number => score !== null)
      .sort((a, b) => a - b);
    const median = percentile(values, 50);
    return Number.isNaN(median) ? null : median;
  });
  return { scores, error: results.find((result) => result.error)?.error };
}

// The project page: the first project the public API lists, whatever the database holds.
async function projectPath(baseUrl: string): Promise<string> {
  const response = await captureResponse(new URL('/api/v1/projects?pageSize=1', baseUrl).href);
  const slug = (JSON.parse(response.body.toString('utf8')) as { data?: { slug: string }[] }).data?.[0]?.slug;
  if (!slug) throw new Error(`${baseUrl}/api/v1/projects lists no project`);
  return `/projects/${encodeURIComponent(slug)}`;
}

async function startPortal(): Promise<RunningServer> {
  const databaseUrl = fileUrl('data/portal.db');
  await prepareDatabase(databaseUrl);
  await buildIfStale();
  return startNext({ port: PORTS.lighthouse, databaseUrl });
}

async function main(): Promise<void> {
  const options = parseOptions(optionsSchema, USAGE);
  stopServersOnExit();
  const chromePath = process.env.CHROME_PATH ?? ensureChromium();
  const chromium = execFileSync(chromePath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const facts = [
    ...machineFacts(commandLine('bench:lighthouse')),
    `Lighthouse ${installedVersion('lighthouse')} (mobile: simulated slow 4G, 4× CPU slowdown), ${chromium}, --headless=new`,
  ];
  const server = options.url ? null : await startPortal();
  const baseUrl = options.url ?? server!.url;
  try {
    const report = new Report('Lighthouse (npm run bench:lighthouse)');
    report.facts([...facts, `Server: ${baseUrl}${server ? ' (production build on data/portal.db)' : ''}`]);
    const pages = ['/', '/projects', await projectPath(baseUrl), SEARCH_PATH];
    const rows: string[][] = [];
    const errors: string[] = [];
    const score = async (label: string, url: string) => {
      console.log(`bench:lighthouse: ${label} …`);
      await captureResponse(url); // first render out of the measurement
      const { scores, error } = await medianScores(url, chromePath, options.runs);
      rows.push([label, ...scores.map((value) => (value === null ? '–' : String(value)))]);
      if (error) errors.push(`${label}: ${error}`);
    };
    const floor = await startFloor();
    try {
      await score('floor: static HTML, one heading, no CSS or script', floor.url);
    } finally {
      await floor.stop();
    }
    for (const page of pages) await score(decodeURI(page), new URL(page, baseUrl).href);
    report.table({
      title: `Scores (0–100), median of ${options.runs} runs`,
      headers: ['page', ...LIGHTHOUSE_CATEGORIES],
      rows,
      note: errors.length ? `Lighthouse errors: ${errors.join('; ')}` : undefined,
    });
    report.write(path.resolve(ROOT, options.out));
  } finally {
    await server?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
