// Types of debian-package.mjs for the TypeScript scripts (the project type-checks .ts only).
export function ensureDebianProgram(options: {
  path: string;
  override?: string;
  packages: string[];
  purpose: string;
  variable?: string;
}): string;
