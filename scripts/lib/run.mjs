// Small helpers shared by the start and test scripts (plain Node, no build step needed).
import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/**
 * Children find the project's binaries first, Node 24 among them, even when this script was
 * started by another Node: better-sqlite3 is built for 24 and fails to load on anything else.
 */
export const childEnv = (env) => ({
  ...process.env,
  PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`,
  NEXT_TELEMETRY_DISABLED: '1',
  ...env,
});

/** The portal's server: Node 24 from node_modules (README, "Runtime") runs the TypeScript itself. */
export const SERVER_COMMAND = [path.join(BIN, 'node'), 'server/serve.mts'];

/** Runs a project binary (prisma, next, tsx …) and rejects with its exit code on failure. */
export function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, command), args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: childEnv(env),
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

/** Runs a long-lived command (e.g. SERVER_COMMAND) in the foreground, passing signals through, and exits with it. */
export function handOver([command, ...args], env = {}) {
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: childEnv(env),
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
