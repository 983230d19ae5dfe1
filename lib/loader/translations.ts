import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatasetError } from '@/lib/loader/check-facts';
import type { FactsFile } from '@/lib/validations/facts';
import { nameTranslationsSchema, type NameTranslations } from '@/lib/validations/translations';

/** The portal's English renderings of the names the sources give (project slug / enterprise id → English). */
export const DEFAULT_TRANSLATIONS_FILE = path.join('data', 'translations', 'names-en.json');

export const NO_TRANSLATIONS: NameTranslations = { status: 'portalTranslation', statusNote: 'none', projects: {}, enterprises: {} };

export function parseTranslations(input: unknown, name = 'translation table'): NameTranslations {
  const parsed = nameTranslationsSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DatasetError(`${name} is invalid at ${first.path.join('.')}: ${first.message}`);
  }
  return parsed.data;
}

export function readTranslations(file: string = DEFAULT_TRANSLATIONS_FILE): NameTranslations {
  return parseTranslations(JSON.parse(readFileSync(file, 'utf8')), file);
}

/**
 * A translation renders a name a source gives: one for a project or enterprise no facts file
 * names would add a name, so the loader refuses it.
 */
export function checkTranslations(files: FactsFile[], translations: NameTranslations): void {
  const named = {
    projects: new Set(files.flatMap((f) => f.projects.map((p) => p.slug))),
    enterprises: new Set(files.flatMap((f) => f.enterprises.map((e) => e.id))),
  };
  for (const kind of ['projects', 'enterprises'] as const) {
    for (const id of Object.keys(translations[kind])) {
      if (!named[kind].has(id)) throw new DatasetError(`translation of ${kind === 'projects' ? 'project' : 'enterprise'} ${id}: no source names it`);
    }
  }
}
