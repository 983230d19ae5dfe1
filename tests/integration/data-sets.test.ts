import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { fetchSetOverviews } from '@/lib/data/sets';
import { fetchSourceById } from '@/lib/data/sources';
import { fetchLatestFigureDate } from '@/lib/data/figures';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

describe('data-layer reads', () => {
  it('fetchSetOverviews gives each set its reported figures in order and what is itemised', async () => {
    const sets = await fetchSetOverviews();
    expect(sets.map((s) => s.id)).toEqual(['launch-2023-01-29', 'key-projects-2023']);
    expect(sets[0].figures.map((f) => [f.key, f.value])).toEqual([
      ['launch2023.date', '2023-01-29'],
      ['launch2023.projectCount', '19'],
      ['launch2023.totalInvestment', '988000'],
    ]);
    expect(sets[0].figures[1].passage).toEqual({ sourceId: 'launch-report-2023-01-29', anchor: 'p-4' });
    expect(sets[0].itemised).toEqual({ itemisedCount: 3, withInvestmentCount: 0, investmentSum: null });
    expect(sets[1].figures.map((f) => [f.key, f.value])).toEqual([
      ['keyProjects2023.projectCount', '133'],
      ['keyProjects2023.totalInvestment', '12836000'],
      ['keyProjects2023.continuingCount', '62'],
      ['keyProjects2023.newCount', '71'],
      ['keyProjects2023.newStartDeadline', '2023-06-30'],
      ['keyProjects2023.completionTarget', '48'],
      // the year-end report (a second source) on the same programme
      ['keyProjects2023.projectCountYearEnd', '145'],
      ['keyProjects2023.completedInvestment', '2230000'],
      ['keyProjects2023.completedInUseCount', '29'],
      ['keyProjects2023.industryCount', '65'],
      ['keyProjects2023.infrastructureCount', '39'],
      ['keyProjects2023.livelihoodCount', '34'],
      ['keyProjects2023.platformCount', '7'],
    ]);
    expect(sets[1].itemised).toEqual({ itemisedCount: 0, withInvestmentCount: 0, investmentSum: null });
  });

  it('fetchSourceById returns passages in order and null for an unknown id', async () => {
    const source = await fetchSourceById('launch-report-2023-01-29');
    expect(source?.passages.map((p) => p.anchor).slice(0, 3)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(await fetchSourceById('no-such-source')).toBeNull();
  });

  it("fetchLatestFigureDate is the latest date a published figure describes, not a mirror copy's date", async () => {
    // The mirror copy of the 2024 plan is dated 2024-08-22 and the 88 − 18 = 70 computation takes
    // that date; neither is the date of a figure. The 大众网 report of the same plan is 2024-02-20.
    expect(await fetchLatestFigureDate()).toBe('2024-02-20');
  });
});
