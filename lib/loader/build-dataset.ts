import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkQuotes, checkReferences, DatasetError } from '@/lib/loader/check-facts';
import { deriveFigures, type DerivedFigureRow } from '@/lib/loader/derive-figures';
import { checkTranslations, readTranslations } from '@/lib/loader/translations';
import { cleanReport, PINYIN_ANNOTATION_TEST } from '@/lib/sources/clean-text';
import { factsFileSchema, type FactsFile } from '@/lib/loader/facts-schema';
import type { NameTranslations } from '@/lib/validations/translations';

/**
 * Turns received sources and their hand-curated facts (one facts file per source) into a
 * checked dataset. Pure apart from reading the files: nothing reaches the database unless every
 * quote is found verbatim in its passage of the clean text and every reference resolves across
 * all files (a secondary source's figures may belong to a set the primary source defines).
 */

export { DatasetError };

export type PassageRow = { id: string; sourceId: string; position: number; anchor: string; text: string };

export type SourceDataset = {
  facts: FactsFile;
  source: Omit<FactsFile['source'], 'excerpts'> & { rawText: string; cleanText: string; editor: string | null };
  passages: PassageRow[];
};

export type Dataset = { sources: SourceDataset[]; derived: DerivedFigureRow[]; translations: NameTranslations };

export function passageId(sourceId: string, anchor: string): string {
  return `${sourceId}#${anchor}`;
}

/** One source and its facts. `rawText` is the received file, or null when the facts file quotes excerpts. */
export function buildSourceDataset(factsInput: unknown, rawText: string | null, name = 'facts file'): SourceDataset {
  const parsed = factsFileSchema.safeParse(factsInput);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DatasetError(`${name} is invalid at ${first.path.join('.')}: ${first.message}`);
  }
  const facts = parsed.data;
  const { excerpts, ...sourceFields } = facts.source;
  // Excerpts are kept as received (one per line) and cleaned like a received report.
  const received = rawText ?? (excerpts ?? []).join('\n');
  const report = cleanReport(received);
  if (PINYIN_ANNOTATION_TEST.test(report.cleanText)) {
    throw new DatasetError(`${facts.source.id}: clean text still contains a pinyin annotation`);
  }
  const passages = report.paragraphs.map((text, index) => ({
    id: passageId(facts.source.id, `p-${index + 1}`),
    sourceId: facts.source.id,
    position: index + 1,
    anchor: `p-${index + 1}`,
    text,
  }));
  checkQuotes(facts, new Map(passages.map((p) => [p.anchor, p.text])));
  return {
    facts,
    source: { ...sourceFields, rawText: received, cleanText: report.cleanText, editor: report.editor },
    passages,
  };
}

/**
 * All sources together: references are checked, and derived figures computed, across files;
 * each English rendering must be of a name the sources give (the shipped table unless one is given).
 */
export function combineDatasets(
  sources: SourceDataset[],
  translations: NameTranslations = readTranslations(),
): Dataset {
  const files = sources.map((s) => s.facts);
  checkReferences(files);
  checkTranslations(files, translations);
  return { sources, derived: deriveFigures(files), translations };
}

/** A single facts file with its received text (kept for tests of one source). */
export function buildDataset(factsInput: unknown, rawText: string): Dataset {
  return combineDatasets([buildSourceDataset(factsInput, rawText)]);
}

/** The facts files shipped with the portal: the primary report first, then the secondary sources. */
export const DEFAULT_FACTS_DIR = path.join('data', 'facts');

export function readDataset(factsDir: string = DEFAULT_FACTS_DIR, translationsFile?: string): Dataset {
  const files = readdirSync(factsDir)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => Number(a.startsWith('secondary-')) - Number(b.startsWith('secondary-')) || a.localeCompare(b));
  if (files.length === 0) throw new DatasetError(`${factsDir}: no facts files`);
  return combineDatasets(
    files.map((name) => {
      const facts = JSON.parse(readFileSync(path.join(factsDir, name), 'utf8')) as { source?: { file?: unknown } };
      const sourceFile = typeof facts.source?.file === 'string' ? facts.source.file : null;
      return buildSourceDataset(facts, sourceFile ? readFileSync(sourceFile, 'utf8') : null, name);
    }),
    readTranslations(translationsFile),
  );
}
