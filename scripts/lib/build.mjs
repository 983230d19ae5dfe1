// Builds the Next.js app only when its inputs changed since the last build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './run.mjs';

const INPUT_DIRS = ['app', 'components', 'lib', 'public', 'prisma'];
const INPUT_FILES = [
  'next.config.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
  'proxy.ts',
  'instrumentation.ts',
];

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function hashInputs() {
  const hash = createHash('sha256');
  const files = [
    ...INPUT_DIRS.flatMap((dir) => listFiles(path.join(ROOT, dir))),
    ...INPUT_FILES.map((f) => path.join(ROOT, f)),
  ]
    .filter((file) => existsSync(file) && !file.endsWith('.db'))
    .sort();
  for (const file of files) hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

export async function buildIfStale() {
  const distDir = path.join(ROOT, '.next');
  const stamp = path.join(distDir, 'BUILD_INPUTS_SHA256');
  const current = hashInputs();
  if (existsSync(path.join(distDir, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === current) {
    console.log('build: current build is up to date');
    return;
  }
  await run('next', ['build']);
  writeFileSync(stamp, current);
}
