import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, DatasetError, DEFAULT_FACTS_FILE, readDataset } from '@/lib/loader/build-dataset';

const RAW = readFileSync('data/sources/000_647d815747856aa0.txt', 'utf8');
const facts = () => JSON.parse(readFileSync(DEFAULT_FACTS_FILE, 'utf8'));

describe('buildDataset', () => {
  it('accepts the shipped facts file', () => {
    const dataset = readDataset();
    expect(dataset.passages).toHaveLength(24);
    expect(dataset.facts.figures.map((f) => f.key)).toContain('keyProjects2023.totalInvestment');
  });

  it('finds every figure quote verbatim in its own passage', () => {
    const dataset = readDataset();
    const byAnchor = new Map(dataset.passages.map((p) => [p.anchor, p.text]));
    for (const figure of dataset.facts.figures) {
      expect(byAnchor.get(figure.passage), figure.key).toContain(figure.quote);
    }
  });

  it('refuses a changed quote and names the item', () => {
    const changed = facts();
    const figure = changed.figures.find((f: { key: string }) => f.key === 'launch2023.totalInvestment');
    figure.quote = figure.quote.replace('98.8亿元', '98.9亿元');
    expect(() => buildDataset(changed, RAW)).toThrow(DatasetError);
    expect(() => buildDataset(changed, RAW)).toThrow(/figure launch2023\.totalInvestment: quote not found verbatim in p-4/);
  });

  it('refuses a quote placed in the wrong passage', () => {
    const moved = facts();
    moved.projects[0].passage = 'p-20';
    expect(() => buildDataset(moved, RAW)).toThrow(/project zhicheng-huijia-smart-home-rosewood-furniture-workshop: quote not found/);
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
