// Finds Debian's Chromium for the browser tests, installing it when this is a root shell with apt.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

export function ensureChromium() {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(candidate)) return candidate;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Browser tests need Chromium at ${candidate}. Install it with:\n  sudo sh -c '${INSTALL}'\nor set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log(`Chromium not found: installing Debian's package (${INSTALL})`);
  execFileSync('sh', ['-c', INSTALL], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(candidate)) {
    console.error(`Chromium is still missing at ${candidate} after the install.`);
    process.exit(1);
  }
  return candidate;
}
