// Finds a program that comes from Debian's packages (Chromium for the browser tests, HAProxy for
// the cluster), installing it when this is a root shell with apt; otherwise stops and prints the
// command. Nothing is ever downloaded from anywhere else.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The program's path: `override` (an environment variable's value) or `path` when it exists, else
 * after `apt-get install -y <packages>`. `purpose` says in the messages what needs it.
 */
export function ensureDebianProgram({ path, override, packages, purpose, variable }) {
  const candidate = override ?? path;
  if (existsSync(candidate)) return candidate;
  const install = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `${purpose} need ${candidate}. Install it with:\n  sudo sh -c '${install}'${variable ? `\nor set ${variable}.` : ''}`,
    );
    process.exit(1);
  }
  console.log(`${candidate} not found: installing Debian's package (${install})`);
  execFileSync('sh', ['-c', install], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(candidate)) {
    console.error(`${candidate} is still missing after the install.`);
    process.exit(1);
  }
  return candidate;
}
