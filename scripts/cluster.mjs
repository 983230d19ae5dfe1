// `npm run cluster -- --instances N [--port P]`: N portal processes on loopback (ports P+1 … P+N)
// behind HAProxy on port P (default PORT or 3000), all on one database (DATABASE_URL, default the
// embedded data/portal.db, prepared as `npm start` does). Each instance keeps its own cache and
// expires it within a second of a write made through any other (the revision poll,
// lib/cache/invalidation.ts). Stop with Ctrl-C. Its state (ports and process ids) is written to
// tmp/cluster-<port>/cluster.json, its HAProxy configuration and the logs beside it.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale } from './lib/build.mjs';
import { fileUrl, prepareDatabase } from './lib/database.mjs';
import { ensureHaproxy, haproxyConfig } from './lib/haproxy-config.mjs';
import { childEnv, ROOT, SERVER_COMMAND } from './lib/run.mjs';

const USAGE = 'usage: npm run cluster -- --instances N (1 to 16) [--port P]';
const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    port: { type: 'string', default: process.env.PORT ?? '3000' },
  },
});
const [count, port] = [Number(values.instances), Number(values.port)];
if (
  !Number.isInteger(count) ||
  count < 1 ||
  count > 16 ||
  !Number.isInteger(port) ||
  port < 1 ||
  port + count > 65535
) {
  console.error(USAGE);
  process.exit(2);
}

const haproxy = ensureHaproxy();
const folder = path.join(ROOT, 'tmp', `cluster-${port}`);
mkdirSync(folder, { recursive: true });
const databaseUrl = process.env.DATABASE_URL ?? fileUrl('data/portal.db');
await prepareDatabase(databaseUrl);
await buildIfStale();

const children = new Set();
let stopping = false;

/** A child whose output goes to its own log; an unexpected exit is reported (HAProxy routes around it). */
function start(name, [command, ...args], env) {
  const log = path.join(folder, `${name}.log`);
  const output = openSync(log, 'w');
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', output, output], env: childEnv(env) });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) console.error(`cluster: ${name} exited (${signal ?? code}); see ${path.relative(ROOT, log)}`);
    if (name === 'haproxy' && !stopping) stop(1);
  });
  return child;
}

async function healthy(instancePort, deadline) {
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${instancePort}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance on port ${instancePort} did not become healthy`);
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  const exit = () => children.size === 0 && process.exit(code);
  for (const child of children) child.on('exit', exit);
  exit();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));

// The balancer adds one X-Forwarded-For hop to those in front of it.
const hops = String(Number(process.env.TRUSTED_PROXY_HOPS ?? 0) + 1);
const instances = Array.from({ length: count }, (_, i) => ({ name: `portal-${i + 1}`, port: port + 1 + i }));
for (const instance of instances) {
  const env = { DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(instance.port), TRUSTED_PROXY_HOPS: hops };
  instance.pid = start(instance.name, SERVER_COMMAND, env).pid;
}
await Promise.all(instances.map((instance) => healthy(instance.port, Date.now() + 120_000)));

const bind = `${process.env.HOST || '*'}:${port}`;
const config = path.join(folder, 'haproxy.cfg');
writeFileSync(config, haproxyConfig({ bind, instances }));
const balancer = start('haproxy', [haproxy, '-f', config, '-db'], {});
await healthy(port, Date.now() + 30_000);
writeFileSync(
  path.join(folder, 'cluster.json'),
  `${JSON.stringify({ port, haproxy: balancer.pid, instances }, null, 2)}\n`,
);
console.log(
  `Serving the portal on http://${process.env.HOST || 'localhost'}:${port} through HAProxy, ${count} instances:`,
);
for (const instance of instances) console.log(`  ${instance.name}: 127.0.0.1:${instance.port} (pid ${instance.pid})`);
