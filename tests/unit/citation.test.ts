import { describe, expect, it } from 'vitest';
import { gbtCitation, plainCitation } from '@/lib/domain/citation';

const figure = { label: '2023年重点项目总完成投资', value: '2230000', unit: 'wanYuan', comparison: 'exact', asOf: '2024-01-04', quote: '总完成投资223亿元', derivation: null };
const source = {
  title: '长清区2023年重点项目年终结果报道（摘录）',
  originalTitle: null,
  publisher: '山东商报·速豹新闻网',
  author: '杨子葶',
  publishedOn: '2024-01-04',
  url: 'http://jinan.subaoxw.com/quxian/2024/0104/146889.html',
  mirrorUrl: null,
  mirrorDate: null,
};
const figureUrl = 'https://example.org/figures/keyProjects2023.completedInvestment';

describe('citations', () => {
  it('formats a published figure as a GB/T 7714-2015 electronic reference', () => {
    expect(gbtCitation({ figure, source, figureUrl, accessed: '2026-11-29' })).toBe(
      '杨子葶. 长清区2023年重点项目年终结果报道（摘录）[EB/OL]. 山东商报·速豹新闻网, (2024-01-04)[2026-11-29]. http://jinan.subaoxw.com/quxian/2024/0104/146889.html.',
    );
  });

  it('falls back to the publisher, then the mirror address and date, when the copy has no author or address', () => {
    const mirror = { ...source, author: null, publisher: '大众网', publishedOn: null, url: null, mirrorUrl: 'http://zjmzl.com/x.htm', mirrorDate: '2024-08-22' };
    expect(gbtCitation({ figure, source: mirror, figureUrl, accessed: '2026-11-29' })).toBe(
      '大众网. 长清区2023年重点项目年终结果报道（摘录）[EB/OL]. (2024-08-22)[2026-11-29]. http://zjmzl.com/x.htm.',
    );
    expect(plainCitation({ figure, source: mirror, figureUrl })).toBe(
      `据大众网（镜像副本日期2024年8月22日），2023年重点项目总完成投资为223亿元（截至2024年1月4日）。原句：“总完成投资223亿元”。出处：${figureUrl}`,
    );
  });

  it('writes one plain sentence with the publisher, date, value with unit, quote and address', () => {
    expect(plainCitation({ figure, source, figureUrl })).toBe(
      `据山东商报·速豹新闻网2024年1月4日报道，2023年重点项目总完成投资为223亿元（截至2024年1月4日）。原句：“总完成投资223亿元”。出处：${figureUrl}`,
    );
    expect(plainCitation({ figure, source, figureUrl }, 'en')).toBe(
      `According to 山东商报·速豹新闻网 (4 January 2024), the value is 22.3 billion yuan as of 4 January 2024. Source and sentence: ${figureUrl}`,
    );
  });

  it('cites a derived figure as the portal’s computation, never as a source’s figure', () => {
    const derived = { ...figure, label: '2023年产业类项目数（由2024年报道相减得出）', value: '70', unit: 'count', quote: null, derivation: '88 − 18 = 70', asOf: '2024-08-22' };
    expect(gbtCitation({ figure: derived, source: null, figureUrl, accessed: '2026-11-29' })).toBe(
      `长清区重点项目公开平台. 2023年产业类项目数（由2024年报道相减得出）[DB/OL]. (2024-08-22)[2026-11-29]. ${figureUrl}.`,
    );
    expect(plainCitation({ figure: derived, source: null, figureUrl })).toBe(
      `2023年产业类项目数（由2024年报道相减得出）为70个（截至2024年8月22日），系长清区重点项目公开平台根据已公开数据计算（88 − 18 = 70），不是来源公布的数字。详见：${figureUrl}`,
    );
  });
});
