import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TranslatedHeading, TranslatedName, translatedNameText } from '@/components/names/translated-name';

const NAMES = { zh: '二期车间项目', en: 'Phase II workshop' };

describe("names with the portal's English rendering", () => {
  it("on English pages: the rendering, marked as the portal's translation, and the Chinese name marked zh-Hans", () => {
    expect(renderToStaticMarkup(createElement(TranslatedName, { ...NAMES, lang: 'en' }))).toBe(
      '<span data-name-en="true">Phase II workshop</span> <span class="text-sm font-normal text-muted" data-translation-mark="true">(portal&#x27;s translation)</span> · <span lang="zh-Hans">二期车间项目</span>',
    );
    expect(renderToStaticMarkup(createElement(TranslatedHeading, { ...NAMES, lang: 'en' }))).toBe(
      '<h1 class="mb-1 text-3xl font-bold"><span data-name-en="true">Phase II workshop</span> <span class="text-sm font-normal text-muted" data-translation-mark="true">(portal&#x27;s translation)</span></h1><p lang="zh-Hans" class="mb-2 text-xl">二期车间项目</p>',
    );
    expect(translatedNameText({ ...NAMES, lang: 'en' })).toBe(
      "Phase II workshop (portal's translation) · 二期车间项目",
    );
  });

  it('on Chinese pages: the Chinese name only', () => {
    expect(renderToStaticMarkup(createElement(TranslatedName, { ...NAMES, lang: 'zh-Hans' }))).toBe('二期车间项目');
    expect(
      renderToStaticMarkup(createElement(TranslatedName, { zh: '二期車間項目', en: NAMES.en, lang: 'zh-Hant' })),
    ).toBe('二期車間項目');
    expect(renderToStaticMarkup(createElement(TranslatedHeading, { ...NAMES, lang: 'zh-Hans' }))).toBe(
      '<h1 class="mb-2 text-3xl font-bold">二期车间项目</h1>',
    );
    expect(translatedNameText({ ...NAMES, lang: 'zh-Hans' })).toBe('二期车间项目');
  });

  it('without a rendering, English pages show the Chinese name alone, marked zh-Hans: nothing is made up', () => {
    expect(renderToStaticMarkup(createElement(TranslatedName, { zh: NAMES.zh, en: null, lang: 'en' }))).toBe(
      '<span lang="zh-Hans">二期车间项目</span>',
    );
    expect(renderToStaticMarkup(createElement(TranslatedHeading, { zh: NAMES.zh, en: null, lang: 'en' }))).toBe(
      '<h1 class="mb-2 text-3xl font-bold" lang="zh-Hans">二期车间项目</h1>',
    );
  });
});
