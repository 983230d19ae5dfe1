import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import {
  buildDataset,
  buildSourceDataset,
  combineDatasets,
  DatasetError,
  DEFAULT_FACTS_DIR,
  readDataset,
} from '@/lib/loader/build-dataset';

const RAW = readFileSync('data/sources/000_647d815747856aa0.txt', 'utf8');
const readFacts = (name: string) => JSON.parse(readFileSync(path.join(DEFAULT_FACTS_DIR, name), 'utf8'));
const facts = () => readFacts('launch-report-2023-01-29.json');

describe('buildDataset', () => {
  it('accepts the shipped facts files, the primary report first', () => {
    const dataset = readDataset();
    expect(dataset.sources.map((s) => s.source.id)).toEqual([
      'launch-report-2023-01-29',
      'subaoxw-2024-01-04-key-projects-2023-result',
      'dzwww-2024-02-20-key-projects-2024-plan',
      'zjmzl-2024-08-22-key-projects-2024-plan',
      'selectshandong-2023-03-13-jinan-municipal-list',
      'dzwww-2023-02-21-new-year-mobilisation',
    ]);
    expect(dataset.sources[0].passages).toHaveLength(24);
    expect(dataset.sources[0].facts.figures.map((f) => f.key)).toContain('keyProjects2023.totalInvestment');
  });

  it('finds every figure quote verbatim in its own passage, in every source', () => {
    for (const { passages, facts: file } of readDataset().sources) {
      const byAnchor = new Map(passages.map((p) => [p.anchor, p.text]));
      for (const figure of file.figures) expect(byAnchor.get(figure.passage), figure.key).toContain(figure.quote);
    }
  });

  it('keeps a mirror copy as received and converts its Traditional text like the primary', () => {
    const mirror = readDataset().sources.find((s) => s.source.reliability === 'mirror')!;
    expect(mirror.source.rawText).toContain('共確定建設類重點項目135個');
    expect(mirror.passages[0].text).toContain('共确定建设类重点项目135个，总投资1140.31亿元');
  });

  it('computes derived figures from their inputs: value, arithmetic and latest date', () => {
    const derived = Object.fromEntries(readDataset().derived.map((d) => [d.key, d]));
    expect(derived['keyProjects2023.projectCountByKind']).toMatchObject({
      value: '133',
      derivation: '62 + 71 = 133',
      asOf: '2023-01-29',
      measure: 'keyProjects2023.projectCount',
    });
    expect(derived['keyProjects2023.projectCountByType']).toMatchObject({
      value: '145',
      derivation: '65 + 39 + 34 + 7 = 145',
      asOf: '2024-01-04',
    });
    expect(derived['keyProjects2023.industryCountFrom2024']).toMatchObject({
      value: '70',
      derivation: '88 − 18 = 70',
      operation: 'difference',
    });
    expect(derived['keyProjects2023.provincialCountFrom2024'].value).toBe('2');
    expect(derived['keyProjects2023.municipalCountFrom2024'].value).toBe('9');
  });

  it('refuses a derived figure whose input is not a published figure', () => {
    const file = facts();
    file.derivedFigures[0].inputs = ['keyProjects2023.continuingCount', 'no.suchFigure'];
    expect(() => buildDataset(file, RAW)).toThrow(
      'derived figure keyProjects2023.projectCountByKind: input no.suchFigure is not a published figure',
    );
  });

  it('resolves references across files and refuses a figure defined twice', () => {
    const primary = buildSourceDataset(facts(), RAW);
    const s1 = buildSourceDataset(readFacts('secondary-s1-subaoxw-2024-01-04.json'), null);
    expect(() => buildSourceDataset(readFacts('secondary-s1-subaoxw-2024-01-04.json'), null)).not.toThrow();
    expect(() => combineDatasets([s1])).toThrow(
      'figure keyProjects2023.projectCountYearEnd: unknown set key-projects-2023',
    );
    expect(() => combineDatasets([primary, s1, s1])).toThrow(/is defined twice/);
  });

  it('refuses a changed secondary quote', () => {
    const s2 = readFacts('secondary-s2-zjmzl-2024-08-22.json');
    s2.figures[0].quote = '共確定建設類重點項目135個';
    expect(() => buildSourceDataset(s2, null, 's2')).toThrow(
      'figure keyProjects2024.projectCountMirror: quote not found verbatim in p-1: «共確定建設類重點項目135個»',
    );
  });

  it('refuses a changed quote and names the item', () => {
    const changed = facts();
    const figure = changed.figures.find((f: { key: string }) => f.key === 'launch2023.totalInvestment');
    figure.quote = figure.quote.replace('98.8亿元', '98.9亿元');
    expect(() => buildDataset(changed, RAW)).toThrow(DatasetError);
    expect(() => buildDataset(changed, RAW)).toThrow(
      /figure launch2023\.totalInvestment: quote not found verbatim in p-4/,
    );
  });

  it('refuses a quote placed in the wrong passage', () => {
    const moved = facts();
    moved.projects[0].passage = 'p-20';
    expect(() => buildDataset(moved, RAW)).toThrow(
      /project zhicheng-huijia-smart-home-rosewood-furniture-workshop: quote not found/,
    );
  });

  it("refuses a basis whose words are not the source's, a wording not in the quote, and a figure without a basis", () => {
    const guessed = facts();
    const deadline = guessed.figures.find((f: { key: string }) => f.key === 'keyProjects2023.newStartDeadline')!;
    deadline.basisWords = '年终报道';
    expect(() => buildDataset(guessed, RAW)).toThrow(
      'figure keyProjects2023.newStartDeadline: basis words not found verbatim in p-9: «年终报道»',
    );
    const reworded = facts();
    reworded.figures.find((f: { key: string }) => f.key === 'keyProjects2023.newStartDeadline')!.wording = '6月30日';
    expect(() => buildDataset(reworded, RAW)).toThrow(
      'figure keyProjects2023.newStartDeadline: wording not found verbatim in its quote: «6月30日»',
    );
    const unstated = facts();
    delete unstated.figures[0].basis;
    expect(() => buildDataset(unstated, RAW)).toThrow(/basis/);
  });

  it('refuses a passage that does not exist', () => {
    const missing = facts();
    missing.people[0].passage = 'p-99';
    expect(() => buildDataset(missing, RAW)).toThrow('person xiao-hui: passage p-99 does not exist in the source');
  });

  it('refuses money with a fraction of 万元 and unknown references', () => {
    const fraction = facts();
    fraction.figures[2].value = '988000.5';
    expect(() => buildDataset(fraction, RAW)).toThrow(/money is stored as whole 万元/);
    const orphan = facts();
    orphan.projects[0].enterprise = 'no-such-enterprise';
    expect(() => buildDataset(orphan, RAW)).toThrow(/unknown enterprise no-such-enterprise/);
  });
});
