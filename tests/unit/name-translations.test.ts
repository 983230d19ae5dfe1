import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSourceDataset,
  combineDatasets,
  DatasetError,
  DEFAULT_FACTS_DIR,
  readDataset,
} from '@/lib/loader/build-dataset';
import { parseTranslations, readTranslations } from '@/lib/loader/translations';

const RAW = readFileSync('data/sources/000_647d815747856aa0.txt', 'utf8');
const primary = () =>
  buildSourceDataset(
    JSON.parse(readFileSync(path.join(DEFAULT_FACTS_DIR, 'launch-report-2023-01-29.json'), 'utf8')),
    RAW,
  );

describe('the English names table (data/translations/names-en.json)', () => {
  it('says whose words they are and renders every project and enterprise the sources name', () => {
    const dataset = readDataset();
    expect(dataset.translations.status).toBe('portalTranslation');
    const named = dataset.sources.flatMap((s) => s.facts.projects.map((p) => p.slug));
    expect(Object.keys(dataset.translations.projects).sort()).toEqual(named.sort());
    expect(Object.keys(dataset.translations.enterprises).sort()).toEqual([
      'beichen-electromechanical',
      'guochen-industrial',
      'runfeng-pressure-vessel',
      'zhicheng-huijia',
    ]);
    expect(dataset.translations.projects['zhicheng-huijia-smart-home-rosewood-furniture-workshop']).toBe(
      'Standard workshop for smart homes and high-end rosewood furniture',
    );
    const initiatives = dataset.sources.flatMap((s) => s.facts.initiatives.map((i) => i.id));
    expect(Object.keys(dataset.translations.initiatives)).toEqual(initiatives);
    expect(dataset.translations.initiatives['project-push']).toBe('Project push');
  });

  it('refuses an initiative without an English name', () => {
    const table = readTranslations();
    const { 'project-push': _, ...rest } = table.initiatives;
    expect(() => combineDatasets([primary()], { ...table, initiatives: rest })).toThrow(
      'initiative project-push: no English name in the translation table',
    );
  });

  it('refuses a translation of a name no source gives: a translation never adds a name', () => {
    const table = readTranslations();
    const added = { ...table, projects: { ...table.projects, 'made-up-project': 'A made-up project' } };
    expect(() => combineDatasets([primary()], added)).toThrow(
      new DatasetError('translation of project made-up-project: no source names it'),
    );
    const company = { ...table, enterprises: { ...table.enterprises, 'no-such-company': 'No Such Co.' } };
    expect(() => combineDatasets([primary()], company)).toThrow(
      'translation of enterprise no-such-company: no source names it',
    );
    const initiative = { ...table, initiatives: { ...table.initiatives, 'made-up-line': 'A made-up work line' } };
    expect(() => combineDatasets([primary()], initiative)).toThrow(
      'translation of initiative made-up-line: no source names it',
    );
  });

  it("refuses a table that does not name its status as the portal's translation", () => {
    const table = readTranslations();
    expect(() => parseTranslations({ ...table, status: 'official' })).toThrow(/translation table is invalid at status/);
    expect(() => parseTranslations({ ...table, projects: { 'beichen-phase-ii-workshop': '  ' } })).toThrow(
      DatasetError,
    );
  });
});
