import { expect, test, type Page } from '@playwright/test';
import { deriveValue, isDerivationOperation } from '@/lib/domain/derive';
import { formatFigureText } from '@/lib/domain/format';
import { summariseItemised } from '@/lib/domain/reconcile';
import { queryDatabase } from './db';

/**
 * Every total a page shows must be a sourced figure (its stored value, formatted exactly) or a
 * correctly computed result (a derived figure recomputed from its inputs; an itemised sum
 * recomputed from the set's projects). The crawl covers the home page, the figure index and
 * every figure page.
 */

type FigureRow = {
  key: string;
  value: string;
  unit: string;
  comparison: string;
  operation: string | null;
  passageId: string | null;
};

const figures = new Map(
  queryDatabase<FigureRow>('SELECT "key", "value", "unit", "comparison", "operation", "passageId" FROM "Figure"').map(
    (f) => [f.key, f],
  ),
);
const inputsOf = (key: string) =>
  queryDatabase<{ inputKey: string }>(
    'SELECT "inputKey" FROM "FigureInput" WHERE "figureKey" = ? ORDER BY "position"',
    key,
  ).map((row) => figures.get(row.inputKey)!);

async function checkFigures(page: Page): Promise<number> {
  const shown = await page.locator('[data-figure]').evaluateAll((elements) =>
    elements.map((element) => {
      const value = element.querySelector('[data-value]');
      return {
        key: element.getAttribute('data-figure')!,
        value: value?.getAttribute('data-value') ?? null,
        text: value?.textContent ?? null,
      };
    }),
  );
  for (const { key, value, text } of shown) {
    const stored = figures.get(key);
    expect(stored, `${page.url()}: ${key} is not a figure in the database`).toBeDefined();
    expect(value, `${page.url()}: ${key}`).toBe(stored!.value);
    expect(text, `${page.url()}: ${key}`).toBe(formatFigureText(stored!));
  }
  return shown.length;
}

async function checkItemisedSums(page: Page): Promise<number> {
  const notes = await page.locator('section:has([data-itemised-count])').evaluateAll((sections) =>
    sections.map((section) => {
      const note = section.querySelector('[data-itemised-count]')!;
      return {
        setId: section.getAttribute('aria-labelledby')!.replace(/^set-/, ''),
        count: Number(note.getAttribute('data-itemised-count')),
        sum: note.getAttribute('data-investment-sum'),
      };
    }),
  );
  for (const note of notes) {
    const members = queryDatabase<{ totalInvestment: number | null }>(
      `SELECT p."totalInvestment" FROM "SetMembership" m JOIN "Project" p ON p."id" = m."projectId"
        WHERE m."setId" = ? AND p."published" = TRUE`,
      note.setId,
    );
    const expected = summariseItemised(members);
    expect(note.count, `${note.setId}: itemised count`).toBe(expected.itemisedCount);
    expect(note.sum, `${note.setId}: itemised sum`).toBe(
      expected.investmentSum === null ? '' : String(expected.investmentSum),
    );
  }
  return notes.length;
}

test('derived figures recompute from their inputs and cite no sentence; every other figure cites one', () => {
  const all = [...figures.values()];
  const derived = all.filter((figure) => figure.operation !== null);
  expect(derived.map((figure) => figure.key).sort()).toEqual([
    'keyProjects2023.industryCountFrom2024',
    'keyProjects2023.municipalCountFrom2024',
    'keyProjects2023.projectCountByKind',
    'keyProjects2023.projectCountByType',
    'keyProjects2023.provincialCountFrom2024',
  ]);
  for (const figure of derived) {
    expect(isDerivationOperation(figure.operation!), figure.key).toBe(true);
    expect(figure.passageId, `${figure.key}: a derived figure has no source sentence`).toBeNull();
    const recomputed = deriveValue(
      figure.operation as 'sum' | 'difference',
      inputsOf(figure.key).map((input) => input.value),
    );
    expect(recomputed, `${figure.key}: derived value`).toBe(figure.value);
  }
  const sourced = all.filter((figure) => figure.operation === null);
  expect(sourced.filter((figure) => figure.passageId === null).map((figure) => figure.key)).toEqual([]);
});

// Written out by hand from the reports (../shared/sources), not by the formatter the pages use.
const HEADLINES: Record<string, string> = {
  'launch2023.projectCount': '19个',
  'launch2023.totalInvestment': '98.8亿元',
  'keyProjects2023.projectCount': '133个',
  'keyProjects2023.totalInvestment': '1283.6亿元',
  'keyProjects2023.continuingCount': '62个',
  'keyProjects2023.newCount': '71个',
  'keyProjects2023.completionTarget': '48个',
};

test('the headline figures read as the reports write them, on the home page and their own pages', async ({ page }) => {
  await page.goto('/');
  for (const [key, text] of Object.entries(HEADLINES))
    await expect(page.locator(`[data-figure="${key}"] [data-value]`).first(), key).toHaveText(text);
  for (const [key, text] of Object.entries(HEADLINES)) {
    await page.goto(`/figures/${key}`);
    await expect(page.locator(`[data-figure="${key}"] [data-value]`).first(), key).toHaveText(text);
  }
});

test('every total shown is a sourced figure or a correct computation', async ({ page }) => {
  test.setTimeout(120_000);
  let checked = 0;
  await page.goto('/');
  checked += await checkFigures(page);
  expect(await checkItemisedSums(page)).toBe(2);
  await page.goto('/figures');
  expect(await checkFigures(page)).toBe(figures.size);
  for (const key of figures.keys()) {
    await page.goto(`/figures/${key}`);
    checked += await checkFigures(page);
  }
  // The home page's 23 figures, and on each figure page at least the figure itself.
  expect(checked).toBeGreaterThanOrEqual(23 + figures.size);
});
