import { describe, expect, it } from 'vitest';
import { presentHit } from '@/lib/search/present-hit';
import type { SearchHit } from '@/lib/search/run-search';

// As the search_src_figure view indexes it: English label, then the quote.
const figure: SearchHit = {
  kind: 'figure',
  ref: 'keyProjects2023.livelihoodCount',
  title: '2023年民生类项目数',
  body: '2023 public-service projects 民生类项目34个',
  extra: { nameEn: '2023 public-service projects', sourceId: 's', anchor: 'p-1', position: 1 },
};
const passage: SearchHit = {
  kind: 'passage',
  ref: '1',
  title: '',
  body: '长清区此次开工的19个项目涉及工业、农业、康养、民生等多个领域',
  extra: { sourceId: 's', anchor: 'p-4', position: 4 },
};

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const context = (lang: 'zh-Hans' | 'en', terms: string[]) => ({
  lang,
  terms,
  sourceTitles: { s: '报道' },
  paragraph: (n: number) => `第${n}段`,
});

describe('search snippets in the reader’s language', () => {
  it('a Chinese page shows the Chinese text without the English name indexed before it', () => {
    expect(text(presentHit(figure, context('zh-Hans', ['民生'])).snippet)).toBe('民生类项目34个');
  });

  it('an English query on a Chinese page still shows Chinese only', () => {
    expect(text(presentHit(figure, context('zh-Hans', ['public'])).snippet)).toBe('民生类项目34个');
  });

  it('an English page shows the English name, marked, and no Chinese', () => {
    expect(presentHit(figure, context('en', ['public'])).snippet).toEqual([
      { text: '2023 ', mark: false },
      { text: 'public', mark: true },
      { text: '-service projects', mark: false },
    ]);
  });

  it('an English page shows no snippet for text that exists only in Chinese', () => {
    expect(presentHit(passage, context('en', ['康养'])).snippet).toEqual([]);
    expect(text(presentHit(passage, context('zh-Hans', ['康养'])).snippet)).toBe(passage.body);
  });
});
