import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, SERVER_COMMAND } from '../lib/run.mjs';

/** Scratch space of the benchmarks: logs, cached floor figures (under the git-ignored tmp/). */
export const BENCH_TMP = path.join(ROOT, 'tmp', 'bench');

/** Ports the benchmarks may use; other people's servers use the rest of the machine. */
export const PORTS = { next: 3310, baseline: 3311, floor: 3312, lighthouse: 3313 } as const;

export type RunningServer = { url: string; stop(): Promise<void> };

/** The process ids behind a portal's address, for measuring their CPU time: its instances, and HAProxy if any. */
export type PortalProcesses = { instances: number[]; haproxy?: number };

/** A portal server started here: one instance, or a cluster. */
export type RunningPortal = RunningServer & { processes: PortalProcesses };

// Every server child still running; killed when this process ends for any reason.
const children = new Set<ChildProcess>();

/** Stops every started server on exit, Ctrl-C or SIGTERM (exit handlers run on process.exit). */
export function stopServersOnExit(): void {
  process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => process.exit(128 + os.constants.signals[signal]));
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function assertPortFree(port: number): Promise<void> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', () =>
      reject(new Error(`port ${port} is in use (a server left by an earlier run? see: ss -ltnp 'sport = :${port}')`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

// Ready means it answers HTTP at all; a slow first page still counts.
async function waitUntilAnswering(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hasExited(child)) break;
    const answered = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
      async (response) => {
        await response.body?.cancel();
        return true;
      },
      () => false,
    );
    if (answered) return;
    await sleep(200);
  }
  child.kill('SIGTERM');
  throw new Error(`the server at ${url} did not start; its log (${log}):\n${readFileSync(log, 'utf8').slice(-2_000)}`);
}

/**
 * The portal's own server (server/serve.mts) on loopback, or `next start` for another build in
 * `dir` (the empty floor app), with DATABASE_URL when given. Output goes to tmp/bench/next-PORT.log.
 */
export async function startNext({
  port,
  databaseUrl,
  dir,
}: {
  port: number;
  databaseUrl?: string;
  dir?: string;
}): Promise<RunningPortal> {
  await assertPortFree(port);
  mkdirSync(BENCH_TMP, { recursive: true });
  const log = path.join(BENCH_TMP, `next-${port}.log`);
  const output = openSync(log, 'w');
  const [command, ...args] = dir
    ? [path.join(ROOT, 'node_modules', '.bin', 'next'), 'start', dir, '-H', '127.0.0.1', '-p', String(port)]
    : SERVER_COMMAND;
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ['ignore', output, output],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...(databaseUrl && { DATABASE_URL: databaseUrl }),
    },
  });
  closeSync(output); // the child holds its own copy
  children.add(child);
  child.on('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, log);
  return {
    url,
    processes: { instances: [child.pid!] },
    async stop() {
      if (hasExited(child)) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

/** A running `npm run cluster`: the balancer's address, and a way to stop one instance (SIGTERM) or all. */
export type RunningCluster = RunningPortal & { stopInstance(index: number): void };

/**
 * `npm run cluster` (scripts/cluster.mjs) with `instances` processes behind HAProxy on `port`
 * (instances on port + 1 …), on `databaseUrl`. Ready when it says so; output in tmp/bench/cluster-PORT.log.
 */
export async function startCluster({
  port,
  databaseUrl,
  instances,
}: {
  port: number;
  databaseUrl: string;
  instances: number;
}): Promise<RunningCluster> {
  for (let i = 0; i <= instances; i += 1) await assertPortFree(port + i);
  mkdirSync(BENCH_TMP, { recursive: true });
  const log = path.join(BENCH_TMP, `cluster-${port}.log`);
  const child = spawn(
    SERVER_COMMAND[0],
    ['scripts/cluster.mjs', '--instances', String(instances), '--port', String(port)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1' },
    },
  );
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  const record = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  const deadline = Date.now() + 300_000;
  while (!output.includes('through HAProxy') && !hasExited(child) && Date.now() < deadline) await sleep(250);
  writeFileSync(log, output);
  if (!output.includes('through HAProxy')) {
    child.kill('SIGTERM');
    throw new Error(`the cluster on port ${port} did not start:\n${output.slice(-2_000)}`);
  }
  const state = JSON.parse(readFileSync(path.join(ROOT, 'tmp', `cluster-${port}`, 'cluster.json'), 'utf8')) as {
    haproxy: number;
    instances: { pid: number }[];
  };
  return {
    url: `http://127.0.0.1:${port}`,
    processes: { instances: state.instances.map(({ pid }) => pid), haproxy: state.haproxy },
    stopInstance: (index) => process.kill(state.instances[index].pid, 'SIGTERM'),
    async stop() {
      if (hasExited(child)) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
      writeFileSync(log, output);
    },
  };
}
