import { describe, expect, it } from 'vitest';
import { figureAddress, plainCitation, type CitedSource } from '@/lib/domain/citation';
import { gbtReference } from '@/lib/domain/gbt-reference';

// Source records as data/facts/*.json holds them, word for word.
const launchReport: CitedSource = {
  title: '长清区2023年春季重点项目集中开工仪式报道',
  originalTitle: null,
  publisher: null,
  author: null,
  publishedOn: null,
  url: null,
  mirrorUrl: 'http://www.bizip.cn/art/2023/1/30/art_52_4937463.html',
  mirrorDate: '2023-01-30',
};
const subaoxw: CitedSource = {
  title: '长清区2023年重点项目年终结果报道（摘录）',
  originalTitle: null,
  publisher: '山东商报·速豹新闻网',
  author: '杨子葶',
  publishedOn: '2024-01-04',
  url: 'http://jinan.subaoxw.com/quxian/2024/0104/146889.html',
  mirrorUrl: null,
  mirrorDate: null,
};
const zjmzlMirror: CitedSource = {
  title: '长清区2024年重点项目安排报道（镜像副本摘录）',
  originalTitle: null,
  publisher: '大众网',
  author: '赵晓丹',
  publishedOn: null,
  url: null,
  mirrorUrl: 'http://zjmzl.com/qcxw/202408/t20240822_14687444.htm',
  mirrorDate: '2024-08-22',
};
const selectShandong: CitedSource = {
  title: '济南市2023年度市级重点项目安排（摘录）',
  originalTitle: null,
  publisher: '济南市投资促进局',
  author: null,
  publishedOn: '2023-03-13',
  url: 'https://m.selectshandong.com/website/article/index/id/21759/cid/910.html',
  mirrorUrl: null,
  mirrorDate: null,
};

const launchCount = {
  label: '集中开工项目数',
  value: '19',
  unit: 'count',
  comparison: 'exact',
  asOf: '2023-01-29',
  quote: '长清区此次开工的19个项目涉及工业、农业、康养、民生等多个领域,计划总投资98.8亿元。',
  derivation: null,
};
const completed = {
  label: '2023年重点项目总完成投资',
  value: '2230000',
  unit: 'wanYuan',
  comparison: 'exact',
  asOf: '2024-01-04',
  quote: '总完成投资223亿元',
  derivation: null,
};
const derived = {
  label: '2023年产业类项目数（由2024年报道相减得出）',
  value: '70',
  unit: 'count',
  comparison: 'exact',
  asOf: '2024-08-22',
  quote: null,
  derivation: '88 − 18 = 70',
};

const site = new URL('https://projects.example.gov.cn');
const accessed = '2026-11-30';
const at = (path: string) => figureAddress(path, site);

describe('GB/T 7714-2015 references', () => {
  it('the primary report: no author known (佚名), the portal’s title in brackets, no date, only a mirror', () => {
    expect(
      gbtReference({
        figure: launchCount,
        source: launchReport,
        address: at('/figures/launch2023.projectCount'),
        accessed,
      }),
    ).toEqual({
      text: '佚名. [长清区2023年春季重点项目集中开工仪式报道][EB/OL]. [2026-11-30]. 镜像: http://www.bizip.cn/art/2023/1/30/art_52_4937463.html.',
      notes: [
        { kind: 'anonymous' },
        { kind: 'suppliedTitle' },
        { kind: 'mirror', date: '2023-01-30', originalKnown: false },
      ],
    });
  });

  it('a report with its author, outlet, date and original address', () => {
    expect(
      gbtReference({
        figure: completed,
        source: subaoxw,
        address: at('/figures/keyProjects2023.completedInvestment'),
        accessed,
      }),
    ).toEqual({
      text: '杨子葶. [长清区2023年重点项目年终结果报道（摘录）][EB/OL]. 山东商报·速豹新闻网, 2024(2024-01-04)[2026-11-30]. http://jinan.subaoxw.com/quxian/2024/0104/146889.html.',
      notes: [{ kind: 'suppliedTitle' }],
    });
  });

  it('a mirror copy: the author and outlet it names, no publication date, the mirror marked 镜像', () => {
    expect(
      gbtReference({
        figure: completed,
        source: zjmzlMirror,
        address: at('/figures/keyProjects2024.projectCountMirror'),
        accessed,
      }),
    ).toEqual({
      text: '赵晓丹. [长清区2024年重点项目安排报道（镜像副本摘录）][EB/OL]. 大众网[2026-11-30]. 镜像: http://zjmzl.com/qcxw/202408/t20240822_14687444.htm.',
      notes: [{ kind: 'suppliedTitle' }, { kind: 'mirror', date: '2024-08-22', originalKnown: false }],
    });
  });

  it('a publisher without a named author: 佚名, with the publisher as publisher, not as author', () => {
    expect(
      gbtReference({
        figure: completed,
        source: selectShandong,
        address: at('/figures/jinanMunicipal2023.constructionCount'),
        accessed,
      }).text,
    ).toBe(
      '佚名. [济南市2023年度市级重点项目安排（摘录）][EB/OL]. 济南市投资促进局, 2023(2023-03-13)[2026-11-30]. https://m.selectshandong.com/website/article/index/id/21759/cid/910.html.',
    );
  });

  it('a record with its own title and both addresses; a date without a publisher stands alone', () => {
    // Made-up records (example addresses), for the branches no loaded source takes.
    const titled = {
      ...subaoxw,
      originalTitle: '原报道的标题',
      mirrorUrl: 'https://mirror.example/146889.html',
      mirrorDate: '2024-01-05',
    };
    expect(gbtReference({ figure: completed, source: titled, address: at('/figures/x'), accessed })).toEqual({
      text: '杨子葶. 原报道的标题[EB/OL]. 山东商报·速豹新闻网, 2024(2024-01-04)[2026-11-30]. http://jinan.subaoxw.com/quxian/2024/0104/146889.html. 镜像: https://mirror.example/146889.html.',
      notes: [{ kind: 'mirror', date: '2024-01-05', originalKnown: true }],
    });
    const noPublisher = {
      ...launchReport,
      title: '示例报道',
      publishedOn: '2020-01-02',
      url: 'https://news.example/a.html',
      mirrorUrl: null,
      mirrorDate: null,
    };
    expect(gbtReference({ figure: completed, source: noPublisher, address: at('/figures/x'), accessed }).text).toBe(
      '佚名. [示例报道][EB/OL]. (2020-01-02)[2026-11-30]. https://news.example/a.html.',
    );
  });

  it('a derived figure cites the portal’s database at the figure’s public address', () => {
    expect(
      gbtReference({
        figure: derived,
        source: null,
        address: at('/figures/keyProjects2023.industryCountFrom2024'),
        accessed,
      }),
    ).toEqual({
      text: '长清区重点项目公开平台. 2023年产业类项目数（由2024年报道相减得出）[DB/OL]. (2024-08-22)[2026-11-30]. https://projects.example.gov.cn/figures/keyProjects2023.industryCountFrom2024.',
      notes: [],
    });
  });
});

describe('plain citations', () => {
  it('one sentence with the outlet, date, value with unit, quote and public address', () => {
    const address = at('/figures/keyProjects2023.completedInvestment');
    expect(plainCitation({ figure: completed, source: subaoxw, address })).toBe(
      '据山东商报·速豹新闻网2024年1月4日报道，2023年重点项目总完成投资为223亿元（截至2024年1月4日）。原句：“总完成投资223亿元”。出处：https://projects.example.gov.cn/figures/keyProjects2023.completedInvestment',
    );
    expect(plainCitation({ figure: completed, source: subaoxw, address }, 'en')).toBe(
      'According to 山东商报·速豹新闻网 (4 January 2024), the value is 22.3 billion yuan as of 4 January 2024. Source and sentence: https://projects.example.gov.cn/figures/keyProjects2023.completedInvestment',
    );
  });

  it('a mirror’s date is the copy’s, never the report’s', () => {
    expect(
      plainCitation({ figure: launchCount, source: launchReport, address: at('/figures/launch2023.projectCount') }),
    ).toBe(
      '据来源报道（镜像副本日期2023年1月30日），集中开工项目数为19个（截至2023年1月29日）。原句：“长清区此次开工的19个项目涉及工业、农业、康养、民生等多个领域,计划总投资98.8亿元。”。出处：https://projects.example.gov.cn/figures/launch2023.projectCount',
    );
  });

  it('a derived figure is the portal’s computation, never a source’s figure', () => {
    expect(
      plainCitation({ figure: derived, source: null, address: at('/figures/keyProjects2023.industryCountFrom2024') }),
    ).toBe(
      '2023年产业类项目数（由2024年报道相减得出）为70个（截至2024年8月22日），系长清区重点项目公开平台根据已公开数据计算（88 − 18 = 70），不是来源公布的数字。详见：https://projects.example.gov.cn/figures/keyProjects2023.industryCountFrom2024',
    );
  });
});

describe('the address citations carry without SITE_URL', () => {
  const address = figureAddress('/figures/launch2023.projectCount', null);

  it('is the page’s path on the portal, named as such, never this machine’s address', () => {
    expect(address).toEqual({ path: '/figures/launch2023.projectCount' });
    expect(plainCitation({ figure: launchCount, source: launchReport, address })).toBe(
      '据来源报道（镜像副本日期2023年1月30日），集中开工项目数为19个（截至2023年1月29日）。原句：“长清区此次开工的19个项目涉及工业、农业、康养、民生等多个领域,计划总投资98.8亿元。”。出处：长清区重点项目公开平台站内路径 /figures/launch2023.projectCount',
    );
    expect(plainCitation({ figure: launchCount, source: launchReport, address }, 'en')).toBe(
      'According to the source, the value is 19 as of 29 January 2023. Source and sentence: /figures/launch2023.projectCount on the Changqing District Key Projects portal (长清区重点项目公开平台)',
    );
    expect(
      gbtReference({
        figure: derived,
        source: null,
        address: figureAddress('/figures/keyProjects2023.industryCountFrom2024', null),
        accessed,
      }).text,
    ).toBe(
      '长清区重点项目公开平台. 2023年产业类项目数（由2024年报道相减得出）[DB/OL]. (2024-08-22)[2026-11-30]. /figures/keyProjects2023.industryCountFrom2024.',
    );
  });
});
