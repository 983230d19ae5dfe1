// Finds Debian's Chromium for the browser tests, installing it when this is a root shell with apt.
import { ensureDebianProgram } from './debian-package.mjs';

export const ensureChromium = () =>
  ensureDebianProgram({
    path: '/usr/bin/chromium',
    override: process.env.CHROMIUM_PATH,
    packages: ['chromium', 'fonts-noto-cjk'],
    purpose: 'Browser tests',
    variable: 'CHROMIUM_PATH',
  });
