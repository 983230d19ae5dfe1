import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { searchEverythingWith } from '@/lib/search/search-everything';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const ZHICHENG = 'zhicheng-huijia-smart-home-rosewood-furniture-workshop';
const BEICHEN = 'beichen-phase-ii-workshop';
const RUNFENG = 'runfeng-waste-equipment-environmental-products';
const passage = (anchor: string) => `launch-report-2023-01-29#${anchor}`;

/** The refs found per group, leaving out empty groups. */
async function found(q: string, type?: 'project' | 'passage') {
  const { groups } = await searchEverythingWith(prisma, { q, type, page: 1 });
  return Object.fromEntries(groups.filter((g) => g.total > 0).map((g) => [g.kind, g.hits.map((h) => h.ref)]));
}

describe('search of the shipped dataset', () => {
  it('finds two-character terms', async () => {
    expect(await found('红木')).toEqual({ project: [ZHICHENG], passage: [passage('p-21')] });
    expect(await found('二期')).toEqual({ project: [BEICHEN], passage: [passage('p-22')] });
    expect(await found('康养')).toEqual({
      figure: ['launch2023.projectCount', 'launch2023.totalInvestment'],
      passage: [passage('p-4')],
    });
    expect(await found('环保')).toEqual({ project: [BEICHEN, RUNFENG], passage: [passage('p-22')] });
  });

  it('finds longer phrases', async () => {
    expect(await found('智能家居')).toEqual({ project: [ZHICHENG], passage: [passage('p-21')] });
    expect(await found('压力容器')).toEqual({
      project: [BEICHEN, RUNFENG],
      enterprise: ['runfeng-pressure-vessel'],
      passage: [passage('p-22')],
    });
  });

  it('finds Simplified text from Traditional input', async () => {
    expect(await found('紅木家具')).toEqual({ project: [ZHICHENG], passage: [passage('p-21')] });
    expect(await found('壓力容器')).toEqual(await found('压力容器'));
  });

  it('finds project and enterprise names by toneless pinyin, whole or in part', async () => {
    expect(await found('hongmu')).toEqual({ project: [ZHICHENG] });
    expect(await found('beichen')).toEqual({ project: [BEICHEN], enterprise: ['beichen-electromechanical'] });
    expect(await found('RunFeng')).toEqual({ project: [RUNFENG], enterprise: ['runfeng-pressure-vessel'] });
  });

  it('finds numbers as the source writes them, in figures and sentences', async () => {
    expect(await found('98.8')).toEqual({
      figure: ['launch2023.projectCount', 'launch2023.totalInvestment'],
      passage: [passage('p-4')],
    });
    const keyProjects = {
      initiative: ['start-batch'],
      figure: ['keyProjects2023.projectCount', 'keyProjects2023.totalInvestment'],
      passage: [passage('p-12')],
    };
    expect(await found('1283.6')).toEqual(keyProjects);
    expect(await found('133')).toEqual(keyProjects);
  });

  it('finds sets and result areas, and needs every term of a query', async () => {
    expect(await found('集中开工')).toMatchObject({ set: ['launch-2023-01-29'] });
    // The result area named exactly so comes before the work line that mentions it.
    expect((await found('招商引资精准发力')).initiative).toEqual(['precise-investment-promotion', 'two-year-results']);
    expect(await found('红木 二期')).toEqual({});
    expect(await found('压力容器 润丰')).toEqual({
      project: [RUNFENG],
      enterprise: ['runfeng-pressure-vessel'],
      passage: [passage('p-22')],
    });
    // A longer term next to a short one is matched as a whole phrase, not as scattered pieces.
    expect(await found('二期 压力容器')).toEqual({ project: [BEICHEN], passage: [passage('p-22')] });
    expect(await found('二期 压力器')).toEqual({});
  });

  it('links hits to their place: passages and figures carry source and anchor', async () => {
    const { groups, sourceTitles } = await searchEverythingWith(prisma, { q: '98.8', type: undefined, page: 1 });
    const sentence = groups.find((g) => g.kind === 'passage')!.hits[0];
    expect(sentence.extra).toEqual({ sourceId: 'launch-report-2023-01-29', anchor: 'p-4', position: 4 });
    expect(Object.keys(sourceTitles)).toEqual(['launch-report-2023-01-29']);
  });

  it('pages one group and caps nothing it cannot count', async () => {
    const first = await searchEverythingWith(prisma, { q: '项目', type: 'passage', page: 1 });
    const group = first.groups.find((g) => g.kind === 'passage')!;
    expect(group.total).toBe(27);
    expect(group.hits).toHaveLength(20);
    const second = await searchEverythingWith(prisma, { q: '项目', type: 'passage', page: 2 });
    expect(
      second.groups.find((g) => g.kind === 'passage')!.hits.map((h) => `${h.extra.sourceId}#${h.extra.anchor}`),
    ).toEqual([
      'launch-report-2023-01-29#p-23',
      'subaoxw-2024-01-04-key-projects-2023-result#p-1',
      'dzwww-2024-02-20-key-projects-2024-plan#p-1',
      'zjmzl-2024-08-22-key-projects-2024-plan#p-1',
      'selectshandong-2023-03-13-jinan-municipal-list#p-1',
      'dzwww-2023-02-21-new-year-mobilisation#p-1',
      'dzwww-2023-02-21-new-year-mobilisation#p-2',
    ]);
    const overview = await searchEverythingWith(prisma, { q: '项目', type: undefined, page: 1 });
    expect(overview.groups.find((g) => g.kind === 'passage')!.hits).toHaveLength(5);
  });

  it('answers hostile input with results or nothing, never an error', async () => {
    const hostile = [
      '"',
      '*',
      'NOT',
      'NEAR',
      'NEAR(红木 二期)',
      '-红木',
      'a"b',
      '^红木',
      'title:红木',
      '{title}:x',
      '😀',
      '\u0301',
      '\u0000',
      '红'.repeat(2_000),
      '%E0%A4%A',
      "'; DROP TABLE Project; --",
    ];
    // Syntax is searched for as written, and these are in no title or text.
    for (const q of hostile) expect(await found(q), JSON.stringify(q)).toEqual({});
    // These are in some (English words, brackets, hyphens): each is one term, as typed.
    for (const q of ['AND', 'OR', '(', ')', '-']) {
      expect((await searchEverythingWith(prisma, { q, type: undefined, page: 1 })).query.terms, q).toEqual([
        q.toLowerCase(),
      ]);
    }
    expect(await found('title:红木')).toEqual({});
    expect(await found('NEAR(红木 二期)')).toEqual({});
    expect(await found('-红木')).toEqual({});
    expect(await prisma.project.count()).toBe(3);
  });

  it('returns no groups for an empty query', async () => {
    expect((await searchEverythingWith(prisma, { q: '  \u0001 ', type: undefined, page: 1 })).groups).toEqual([]);
  });
});
