import type { FactsFile } from '@/lib/loader/facts-schema';

/** Checks of curated facts: quotes verbatim in their passage, references resolving across files. */

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
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

export function checkQuotes(facts: FactsFile, passageText: Map<string, string>): void {
  for (const { item, passage, quote } of citedItems(facts)) {
    const text = passageText.get(passage);
    if (text === undefined) throw new DatasetError(`${item}: passage ${passage} does not exist in the source`);
    if (!text.includes(quote)) throw new DatasetError(`${item}: quote not found verbatim in ${passage}: «${quote}»`);
  }
  // A figure's basis and wording are the source's, so their words must be there too.
  for (const figure of facts.figures) {
    if (!passageText.get(figure.passage)!.includes(figure.basisWords)) {
      throw new DatasetError(
        `figure ${figure.key}: basis words not found verbatim in ${figure.passage}: «${figure.basisWords}»`,
      );
    }
    if (figure.wording !== undefined && !figure.quote.includes(figure.wording)) {
      throw new DatasetError(`figure ${figure.key}: wording not found verbatim in its quote: «${figure.wording}»`);
    }
  }
}

export function checkReferences(files: FactsFile[]): void {
  const all = <T>(pick: (facts: FactsFile) => T[]) => files.flatMap(pick);
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new DatasetError(`${what} ${id} is defined twice`);
      seen.add(id);
    }
    return seen;
  };
  unique(
    'source',
    files.map((f) => f.source.id),
  );
  const sets = unique(
    'set',
    all((f) => f.sets.map((s) => s.id)),
  );
  const enterprises = unique(
    'enterprise',
    all((f) => f.enterprises.map((e) => e.id)),
  );
  const initiatives = unique(
    'initiative',
    all((f) => f.initiatives.map((i) => i.id)),
  );
  unique(
    'figure',
    all((f) => [...f.figures, ...f.derivedFigures].map((figure) => figure.key)),
  );
  unique(
    'project',
    all((f) => f.projects.map((p) => p.slug)),
  );
  unique(
    'person',
    all((f) => f.people.map((p) => p.id)),
  );
  const expect = (ok: boolean, message: string) => {
    if (!ok) throw new DatasetError(message);
  };
  for (const f of all((facts) => [...facts.figures, ...facts.derivedFigures])) {
    if (f.set) expect(sets.has(f.set), `figure ${f.key}: unknown set ${f.set}`);
    if ('initiative' in f && f.initiative)
      expect(initiatives.has(f.initiative), `figure ${f.key}: unknown initiative ${f.initiative}`);
  }
  for (const p of all((f) => f.projects)) {
    if (p.enterprise) expect(enterprises.has(p.enterprise), `project ${p.slug}: unknown enterprise ${p.enterprise}`);
    if (p.set) expect(sets.has(p.set), `project ${p.slug}: unknown set ${p.set}`);
  }
  for (const m of all((f) => f.enterpriseMentions)) {
    expect(enterprises.has(m.enterprise), `enterprise mention ${m.id}: unknown enterprise ${m.enterprise}`);
  }
  for (const i of all((f) => f.initiatives)) {
    if (i.parent) expect(initiatives.has(i.parent), `initiative ${i.id}: unknown parent ${i.parent}`);
  }
}
