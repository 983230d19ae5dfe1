import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanReport, PINYIN_ANNOTATION_TEST } from '@/lib/sources/clean-text';
import { factsFileSchema, type FactsFile } from '@/lib/validations/facts';

/**
 * Turns a received report and its hand-curated facts into a checked dataset.
 * Pure apart from reading the two files: nothing reaches the database unless every quote
 * is found verbatim in its passage of the clean text and every reference resolves.
 */

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

export type PassageRow = { id: string; sourceId: string; position: number; anchor: string; text: string };

export type Dataset = {
  facts: FactsFile;
  source: FactsFile['source'] & { rawText: string; cleanText: string; editor: string | null };
  passages: PassageRow[];
};

export function passageId(sourceId: string, anchor: string): string {
  return `${sourceId}#${anchor}`;
}

export function buildDataset(factsInput: unknown, rawText: string): Dataset {
  const parsed = factsFileSchema.safeParse(factsInput);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DatasetError(`facts file is invalid at ${first.path.join('.')}: ${first.message}`);
  }
  const facts = parsed.data;
  const report = cleanReport(rawText);
  if (PINYIN_ANNOTATION_TEST.test(report.cleanText)) {
    throw new DatasetError('clean text still contains a pinyin annotation');
  }
  const passages = report.paragraphs.map((text, index) => ({
    id: passageId(facts.source.id, `p-${index + 1}`),
    sourceId: facts.source.id,
    position: index + 1,
    anchor: `p-${index + 1}`,
    text,
  }));
  checkQuotes(facts, new Map(passages.map((p) => [p.anchor, p.text])));
  checkReferences(facts);
  return {
    facts,
    source: { ...facts.source, rawText, cleanText: report.cleanText, editor: report.editor },
    passages,
  };
}

/** Every cited item, named the way an error message should name it. */
function citedItems(facts: FactsFile): { item: string; passage: string; quote: string }[] {
  return [
    ...facts.people.map((p) => ({ item: `person ${p.id}`, ...p })),
    ...facts.figures.map((f) => ({ item: `figure ${f.key}`, ...f })),
    ...facts.enterpriseMentions.map((m) => ({ item: `enterprise mention ${m.id}`, ...m })),
    ...facts.projects.map((p) => ({ item: `project ${p.slug}`, ...p })),
    ...facts.initiatives.flatMap((i) => [
      { item: `initiative ${i.id}`, ...i },
      ...i.points.map((point, n) => ({ item: `initiative ${i.id} point ${n + 1}`, ...point })),
    ]),
  ];
}

function checkQuotes(facts: FactsFile, passageText: Map<string, string>): void {
  for (const { item, passage, quote } of citedItems(facts)) {
    const text = passageText.get(passage);
    if (text === undefined) throw new DatasetError(`${item}: passage ${passage} does not exist in the source`);
    if (!text.includes(quote)) throw new DatasetError(`${item}: quote not found verbatim in ${passage}: «${quote}»`);
  }
}

function checkReferences(facts: FactsFile): void {
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new DatasetError(`${what} ${id} is defined twice`);
      seen.add(id);
    }
    return seen;
  };
  const sets = unique('set', facts.sets.map((s) => s.id));
  const enterprises = unique('enterprise', facts.enterprises.map((e) => e.id));
  const initiatives = unique('initiative', facts.initiatives.map((i) => i.id));
  unique('figure', facts.figures.map((f) => f.key));
  unique('project', facts.projects.map((p) => p.slug));
  unique('person', facts.people.map((p) => p.id));
  const expect = (ok: boolean, message: string) => {
    if (!ok) throw new DatasetError(message);
  };
  for (const f of facts.figures) {
    if (f.set) expect(sets.has(f.set), `figure ${f.key}: unknown set ${f.set}`);
    if (f.initiative) expect(initiatives.has(f.initiative), `figure ${f.key}: unknown initiative ${f.initiative}`);
  }
  for (const p of facts.projects) {
    if (p.enterprise) expect(enterprises.has(p.enterprise), `project ${p.slug}: unknown enterprise ${p.enterprise}`);
    if (p.set) expect(sets.has(p.set), `project ${p.slug}: unknown set ${p.set}`);
  }
  for (const m of facts.enterpriseMentions) {
    expect(enterprises.has(m.enterprise), `enterprise mention ${m.id}: unknown enterprise ${m.enterprise}`);
  }
  for (const i of facts.initiatives) {
    if (i.parent) expect(initiatives.has(i.parent), `initiative ${i.id}: unknown parent ${i.parent}`);
  }
}

/** The dataset shipped with the portal. */
export const DEFAULT_FACTS_FILE = path.join('data', 'facts', 'launch-report-2023-01-29.json');

export function readDataset(factsFile: string = DEFAULT_FACTS_FILE): Dataset {
  const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as { source?: { file?: unknown } };
  const sourceFile = typeof facts.source?.file === 'string' ? facts.source.file : '';
  if (!sourceFile) throw new DatasetError(`${factsFile}: source.file is missing`);
  return buildDataset(facts, readFileSync(sourceFile, 'utf8'));
}
