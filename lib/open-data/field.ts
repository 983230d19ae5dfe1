/** One documented field of a downloadable dataset, and the fields every cited dataset shares. */

export type Codelist = Readonly<Record<string, { zh: string; en: string }>>;
export type FieldUnit = 'wanYuan' | 'percent' | 'date' | 'list';
export type Field = {
  key: string;
  zh: string;
  en: string;
  meaningZh: string;
  meaningEn: string;
  unit?: FieldUnit;
  codelist?: Codelist;
};

export const f = (
  key: string,
  zh: string,
  en: string,
  meaningZh: string,
  meaningEn: string,
  extra: Partial<Field> = {},
): Field => ({ key, zh, en, meaningZh, meaningEn, ...extra });

export const cited = [
  f('sourceId', '来源标识', 'Source id', '数据所出自的来源', 'The source this comes from'),
  f(
    'sourceAnchor',
    '段落锚点',
    'Paragraph anchor',
    '来源中的段落（p-1、p-2…）',
    'Paragraph in the source (p-1, p-2 …)',
  ),
  f('quote', '原句', 'Quote', '来源中的原话（简体）', 'The exact words of the source (Simplified Chinese)'),
];
export const url = f('url', '网页', 'Web page', '本平台上的页面地址', 'Address of the page on this portal');
