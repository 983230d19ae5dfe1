import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatasetError } from '@/lib/loader/check-facts';
import type { FactsFile } from '@/lib/loader/facts-schema';
import { nameTranslationsSchema, type NameTranslations } from '@/lib/validations/translations';

/**
 * The portal's English renderings of the names the sources give (project slug / enterprise or initiative id → English).
 */
export const DEFAULT_TRANSLATIONS_FILE = path.join('data', 'translations', 'names-en.json');

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

const KINDS = { projects: 'project', enterprises: 'enterprise', initiatives: 'initiative' } as const;

/**
 * A translation renders a name a source gives: one for a project, enterprise or initiative no
 * facts file names would add a name, so the loader refuses it. Every initiative needs one (pages
 * name initiatives in English); a project or enterprise without one is shown in Chinese.
 */
export function checkTranslations(files: FactsFile[], translations: NameTranslations): void {
  const named = {
    projects: files.flatMap((f) => f.projects.map((p) => p.slug)),
    enterprises: files.flatMap((f) => f.enterprises.map((e) => e.id)),
    initiatives: files.flatMap((f) => f.initiatives.map((i) => i.id)),
  };
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    for (const id of Object.keys(translations[kind])) {
      if (!named[kind].includes(id)) throw new DatasetError(`translation of ${KINDS[kind]} ${id}: no source names it`);
    }
  }
  const untranslated = named.initiatives.find((id) => !(id in translations.initiatives));
  if (untranslated) throw new DatasetError(`initiative ${untranslated}: no English name in the translation table`);
}
