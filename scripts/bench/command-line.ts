import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ROOT } from '../lib/run.mjs';

// How a benchmark was asked for and where it ran: its options, the command, the machine.

/**
 * `--name value` pairs of a benchmark command, checked with a zod schema. On a bad value it prints
 * the usage line and the problem, and exits, so each command only states what it accepts.
 */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  usage: string,
  argv = process.argv.slice(2),
): z.output<Schema> {
  const named = Object.fromEntries(
    argv.flatMap((arg, i) => (arg.startsWith('--') ? [[arg.slice(2), argv[i + 1]]] : [])),
  );
  const parsed = schema.safeParse(named);
  if (!parsed.success) {
    console.error(`usage: ${usage}\n${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  return parsed.data;
}

/** A comma-separated list option: `--sizes 10000,100000`. */
export const commaList = <Item extends z.ZodType>(item: Item) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : value,
    z.array(item).min(1),
  );

/** The command line as typed, for the report: `npm run bench -- --duration 2`. */
export function commandLine(script: string, argv = process.argv.slice(2)): string {
  const quoted = argv.map((arg) => (/^[\w.,:/=@-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`));
  return quoted.length ? `npm run ${script} -- ${quoted.join(' ')}` : `npm run ${script}`;
}

/** The version of an installed package, as the benchmarks ran it. */
export const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

function gitCommit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`;
}

/** The load average now: other work on a shared machine shows in the figures. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');

/** Facts that make figures comparable: the machine, how busy it was, versions, when, and how. */
export function machineFacts(command: string): string[] {
  const cpus = os.cpus();
  return [
    `Machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, ${os.platform()} ${os.release()}`,
    `Load average (1/5/15 min) at start: ${loadAverage()}`,
    `Node ${process.version}, Next ${installedVersion('next')}, commit ${gitCommit()}`,
    `Date: ${new Date().toISOString()}`,
    `Command: ${command}`,
  ];
}

/** Runs a benchmark's main and exits: 0 when it finished, 1 with the error (its servers stop on exit). */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
