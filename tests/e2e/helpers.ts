import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** A pinyin reading in parentheses after a CJK character, as in the received source. */
export const PINYIN_ANNOTATION = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u;

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function expectNoPinyin(page: Page): Promise<void> {
  expect(await page.content()).not.toMatch(PINYIN_ANNOTATION);
}
