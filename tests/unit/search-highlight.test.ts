import { describe, expect, it } from 'vitest';
import { highlightPinyin, highlightTerms, snippetAround } from '@/lib/search/highlight';
import { searchPinyin } from '@/lib/search/pinyin';

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('search highlighting', () => {
  it('marks every occurrence of every term, case-insensitively', () => {
    expect(highlightTerms('高档红木家具和红木', ['红木'])).toEqual([
      { text: '高档', mark: false },
      { text: '红木', mark: true },
      { text: '家具和', mark: false },
      { text: '红木', mark: true },
    ]);
    expect(marked(highlightTerms('Joint Groundbreaking', ['joint', 'break']))).toEqual(['Joint', 'break']);
    expect(marked(highlightTerms('a.b*c', ['.', '*']))).toEqual(['.', '*']);
  });

  it('cuts a snippet around the first match with … where text was left out', () => {
    const text = `${'甲'.repeat(100)}98.8亿元${'乙'.repeat(100)}`;
    const snippet = snippetAround(text, ['98.8'], 10);
    expect(snippet).toEqual([
      { text: '…', mark: false },
      { text: '甲'.repeat(10), mark: false },
      { text: '98.8', mark: true },
      { text: `亿元${'乙'.repeat(14)}`, mark: false },
      { text: '…', mark: false },
    ]);
    expect(snippetAround('短文', ['x'])).toEqual([{ text: '短文', mark: false }]);
  });

  it('marks the characters whose pinyin matched a Latin term of 3+ letters', () => {
    expect(marked(highlightPinyin('智能家居及高档红木家具', ['hongmu']))).toEqual(['红木']);
    expect(marked(highlightPinyin('北辰机电设备有限公司', ['beichen']))).toEqual(['北辰']);
    expect(marked(highlightPinyin('北辰机电设备有限公司', ['ei']))).toEqual([]);
  });

  it('writes names as toneless pinyin without spaces, one word per space-separated part', () => {
    expect(searchPinyin('二期车间项目 北辰机电设备有限公司')).toBe(
      'erqichejianxiangmu beichenjidianshebeiyouxiangongsi',
    );
    expect(searchPinyin('智诚慧家(山东)科技有限公司')).toBe('zhichenghuijiashandongkejiyouxiangongsi');
    expect(searchPinyin('示例项目 000123')).toBe('shilixiangmu 000123');
  });
});
