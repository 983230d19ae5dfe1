import { spawn } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticImportCsv } from '@/lib/synthetic/import-csv';
import { ROOT } from '../lib/run.mjs';
import { BENCH_TMP } from './servers';

/** When the command-line import of the load benchmark ran, and how it ended. */
export type ImportRun = { rows: number; startedAt: number; endedAt: number; exitCode: number | null; log: string };

/**
 * `npm run import` of `rows` new synthetic projects on `databaseUrl`, in its own process, as an
 * official would run it on the server while the site is busy. Its output goes to a log file.
 */
export function runImport(databaseUrl: string, rows: number): Promise<ImportRun> {
  const file = path.join(BENCH_TMP, 'load-import.csv');
  writeFileSync(file, syntheticImportCsv(rows, `LOAD${Date.now()}`));
  const log = path.join(BENCH_TMP, 'load-import.log');
  const output = openSync(log, 'w');
  const startedAt = performance.now();
  const child = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/import.ts', file, '--reason', '负载测试导入', '--evidence', '合成数据'],
    {
      cwd: ROOT,
      stdio: ['ignore', output, output],
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  );
  closeSync(output);
  return new Promise((resolve) =>
    child.on('exit', (exitCode) => resolve({ rows, startedAt, endedAt: performance.now(), exitCode, log })),
  );
}
