import type { MessageBundle } from '@/lib/i18n/messages';

type FigureDetailMessages = {
  figure: string;
  derivedTag: string;
  sourcedTag: string;
  fields: {
    measure: string;
    asOf: string;
    kind: string;
    note: string;
    quote: string;
    source: string;
    set: string;
    arithmetic: string;
  };
  sourcedKind: string;
  derivedKind: string;
  sentenceLink: string;
  derivedExplain: string;
  usedIn: string;
  timeline: string;
  timelineIntro: string;
  timelineColumns: { asOf: string; value: string; from: string };
  computed: string;
  thisFigure: string;
  consistent: string;
  sourceDetails: string;
  openSource: string;
  citation: string;
  citationIntro: string;
  gbt: string;
  plain: string;
  copy: string;
  copied: string;
  detailsLink: string;
  detailsOf: (label: string) => string;
  indexTitle: string;
  indexIntro: string;
  /** Before the CSV · JSON links of every figure (the /data downloads). */
  indexDownload: string;
  /** A figure read from a mirror copy: the copy's date, what it is, and when it stands in for the as-of date. */
  copyDate: string;
  copyDateNote: string;
  copyDateOnly: string;
  backToFigure: (label: string) => string;
};

export const figureDetailMessages: MessageBundle<FigureDetailMessages> = {
  'zh-Hans': {
    figure: '数据',
    derivedTag: '计算得出',
    sourcedTag: '来源数字',
    fields: {
      measure: '指标',
      asOf: '截至日期',
      kind: '性质',
      note: '说明',
      quote: '原句',
      source: '来源',
      set: '所属项目集',
      arithmetic: '算式',
    },
    sourcedKind: '来源公布的数字',
    derivedKind: '本平台根据已公开数据计算得出，不是来源公布的数字',
    sentenceLink: '查看原文中的这句话',
    derivedExplain: '计算所用的数字（每个都可查看原句）：',
    usedIn: '用到此数据的计算',
    timeline: '同一指标的时间线',
    timelineIntro: '同一指标在不同日期、不同来源中的全部数值，按日期排列。',
    timelineColumns: { asOf: '截至日期', value: '数值', from: '来源' },
    computed: '计算得出',
    thisFigure: '（本页）',
    consistent: '各来源给出的数值一致。',
    sourceDetails: '来源详情',
    openSource: '打开来源全文',
    citation: '引用此数据',
    citationIntro: '可直接选中复制下面的文字。',
    gbt: '参考文献格式（GB/T 7714-2015）',
    plain: '一句话引用',
    copy: '复制',
    copied: '已复制',
    detailsLink: '数据详情',
    detailsOf: (label) => `：“${label}”的出处、时间线和引用格式`,
    indexTitle: '全部数据',
    indexIntro: '平台公布的每个数据：数值、截至日期、原句出处。计算得出的数据单独标明。',
    indexDownload: '下载全部数据：',
    copyDate: '镜像副本日期',
    copyDateNote: '本数据读自镜像副本；这是副本的取得或存档日期，不是报道本身的发布日期。',
    copyDateOnly: '来源没有给出数据本身的日期，平台记录的截至日期就是这个副本日期。',
    backToFigure: (label) => `返回数据“${label}”`,
  },
  en: {
    figure: 'Figure',
    derivedTag: 'Derived',
    sourcedTag: 'Published',
    fields: {
      measure: 'Measure',
      asOf: 'As of',
      kind: 'Kind',
      note: 'Note',
      quote: 'Sentence',
      source: 'Source',
      set: 'Set',
      arithmetic: 'Arithmetic',
    },
    sourcedKind: 'Published by the source',
    derivedKind: 'Derived: computed by this portal from published figures; not a figure any source published',
    sentenceLink: 'See this sentence in the source',
    derivedExplain: 'Computed from these figures (each links to its sentence):',
    usedIn: 'Computations that use this figure',
    timeline: 'Timeline of this measure',
    timelineIntro: 'Every value of this measure, from every source, by date.',
    timelineColumns: { asOf: 'As of', value: 'Value', from: 'Source' },
    computed: 'Derived',
    thisFigure: ' (this page)',
    consistent: 'The sources agree on this value.',
    sourceDetails: 'About the source',
    openSource: 'Open the whole source',
    citation: 'Cite this figure',
    citationIntro: 'You can select and copy the text below.',
    gbt: 'Reference (GB/T 7714-2015)',
    plain: 'As a sentence',
    copy: 'Copy',
    copied: 'Copied',
    detailsLink: 'Figure details',
    detailsOf: (label) => `: source, timeline and citation of “${label}”`,
    indexTitle: 'All figures',
    indexIntro:
      'Every figure the portal publishes: value, date and the sentence it comes from. Derived figures are marked.',
    indexDownload: 'Download every figure: ',
    copyDate: 'Date of the mirror copy',
    copyDateNote:
      'This figure was read from a mirror copy; this is the date the copy was retrieved or archived, not the date of the report itself.',
    copyDateOnly:
      'The source gives no date of its own for the figure, so the portal records this copy’s date as its as-of date.',
    backToFigure: (label) => `Back to the figure “${label}”`,
  },
};
