import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from '../lib/run.mjs';
import { measureJs, type JsBytes } from './js-bytes';
import { installedVersion } from './command-line';
import { BENCH_TMP, PORTS, startNext } from './servers';

/**
 * The JavaScript floor: what an empty Next App Router app (a layout and a page with a heading,
 * next.config.ts in the project's style) sends, built by the same `next build` and version.
 *
 * It is built in tmp/bench-floor, inside the project: `next build` then resolves next, react and
 * typescript from the project's node_modules by walking up, and Turbopack's root (the folder of
 * package-lock.json) holds both the app and node_modules — no symlink, which Turbopack refuses
 * when it points outside its root. The sources are removed after measuring, because the project's
 * tsconfig takes in every .tsx below it; the figures are cached in tmp/bench/floor.json until the
 * Next or React version, these sources or the measuring code change.
 */

const FLOOR_DIR = path.join(ROOT, 'tmp', 'bench-floor');
const CACHE_FILE = path.join(BENCH_TMP, 'floor.json');

const SOURCES: Record<string, string> = {
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export default function Home() {
  return <h1>长清区重点项目</h1>;
}
`,
  // Its own (empty) instrumentation hook: without one, the build takes the project's, which opens the portal's
  // database.
  'instrumentation.ts': `export function register() {}
`,
  'next.config.ts': `import type { NextConfig } from 'next';

const nextConfig: NextConfig = { poweredByHeader: false };

export default nextConfig;
`,
};

// The measuring code is part of the key: figures measured another way are not comparable.
function cacheKey(): string {
  const measuring = readFileSync(path.join(ROOT, 'scripts', 'bench', 'js-bytes.ts'));
  const hash = createHash('sha256').update(JSON.stringify(SOURCES)).update(measuring).digest('hex').slice(0, 16);
  return `next ${installedVersion('next')}, react ${installedVersion('react')}, sources and measuring ${hash}`;
}

async function buildAndMeasure(): Promise<JsBytes> {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  try {
    for (const [file, text] of Object.entries(SOURCES)) {
      mkdirSync(path.dirname(path.join(FLOOR_DIR, file)), { recursive: true });
      writeFileSync(path.join(FLOOR_DIR, file), text);
    }
    console.log('bench: building the empty Next app for the JavaScript floor (once; cached in tmp/bench/floor.json)');
    await run('next', ['build', path.relative(ROOT, FLOOR_DIR)]);
    const server = await startNext({ port: PORTS.floor, dir: path.relative(ROOT, FLOOR_DIR) });
    try {
      const js = await measureJs(server.url, '/');
      if (!js) throw new Error('the empty Next app did not answer / with HTML');
      return js;
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(FLOOR_DIR, { recursive: true, force: true });
  }
}

/** The floor's JavaScript bytes, from the cache when the versions and sources are unchanged. */
export async function floorJs(): Promise<JsBytes> {
  const key = cacheKey();
  if (existsSync(CACHE_FILE)) {
    const cached = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { key: string; js: JsBytes };
    if (cached.key === key) return cached.js;
  }
  const js = await buildAndMeasure();
  mkdirSync(BENCH_TMP, { recursive: true });
  writeFileSync(CACHE_FILE, `${JSON.stringify({ key, js }, null, 2)}\n`);
  return js;
}
