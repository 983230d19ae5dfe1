import { describe, expect, it } from 'vitest';
import { pickMessages } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import { searchMessages } from '@/lib/i18n/messages/search';

describe('the listing says when a keyword count stopped at the cap', () => {
  it('in Simplified, Traditional and English', () => {
    const said = (lang: 'zh-Hans' | 'zh-Hant' | 'en') => {
      const m = pickMessages(lang, projectMessages);
      return [m.resultCountAtLeast(1000), m.capNotice(1000)];
    };
    expect(said('zh-Hans')).toEqual([
      '超过 1,000 个项目',
      '这里只列出符合关键词的前 1,000 个项目。要找其他项目，请多输入几个词或加上筛选条件；也可以下载全部结果。',
    ]);
    expect(said('zh-Hant')).toEqual([
      '超過 1,000 個項目',
      '這裡只列出符合關鍵詞的前 1,000 個項目。要找其他項目，請多輸入幾個詞或加上篩選條件；也可以下載全部結果。',
    ]);
    expect(said('en')).toEqual([
      'More than 1,000 projects',
      'Only the first 1,000 projects that match your keywords are listed. To find others, add more words or filters, or download all the results.',
    ]);
  });
});

describe('English counts of search results agree in number', () => {
  it('one result, several, and "more than"', () => {
    const m = pickMessages('en', searchMessages);
    expect([m.summary('1'), m.summary('2'), m.summary(m.atLeast(200))]).toEqual([
      '1 result found.',
      '2 results found.',
      'more than 200 results found.',
    ]);
    expect([m.groupCount('1'), m.groupCount('7')]).toEqual(['1 result', '7 results']);
    expect([m.showMore('1', 'Projects'), m.showMore('12', 'Projects')]).toEqual([
      'See the 1 result in “Projects”',
      'See all 12 results in “Projects”',
    ]);
  });
});
