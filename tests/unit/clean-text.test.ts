import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanReport, PINYIN_ANNOTATION_TEST, stripPinyin, toSimplifiedChinese } from '@/lib/sources/clean-text';

const RAW = readFileSync('data/sources/000_647d815747856aa0.txt', 'utf8');
// The same pattern the issue names: a CJK character followed by a parenthesised latin word with tone marks.
const PINYIN = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u;

describe('stripPinyin', () => {
  it('removes a tone-marked reading after a character', () => {
    expect(stripPinyin('長清區(qū)委')).toBe('長清區委');
  });
  it('keeps parentheses that hold Chinese text', () => {
    expect(stripPinyin('智誠慧家(山東)科技')).toBe('智誠慧家(山東)科技');
  });
  it('removes a reading nested in a Chinese parenthesis', () => {
    expect(stripPinyin('長清大學城(經(jīng)開區(qū))')).toBe('長清大學城(經開區)');
  });
});

describe('cleanReport on the shipped source', () => {
  const report = cleanReport(RAW);

  it('the raw text does carry annotations, so the test below can fail', () => {
    expect(PINYIN.test(RAW)).toBe(true);
  });
  it('leaves no pinyin annotation in any paragraph', () => {
    for (const paragraph of report.paragraphs) expect(paragraph).not.toMatch(PINYIN);
    expect(PINYIN_ANNOTATION_TEST.test(report.cleanText)).toBe(false);
  });
  it('drops the page chrome and keeps the editor as a field', () => {
    expect(report.cleanText).not.toMatch(/热点推荐|相关阅读|熱點推薦|相關閱讀|编辑/);
    expect(report.editor).toBe('吴晓璐');
  });
  it('has the 24 body paragraphs in order', () => {
    expect(report.paragraphs).toHaveLength(24);
    expect(report.paragraphs[0]).toBe(
      '1月29日上午,长清区2023年春季重点项目集中开工仪式举行。随着长清区委书记肖辉的一声“开工”,2023年长清区项目建设落下具有象征意义的“开工第一铲”。',
    );
    expect(report.paragraphs[23]).toBe('开局如此,长清区“两年见效”令人期待。');
  });
  it('converts to mainland Simplified, including 著 → 着 where mainland usage has 着', () => {
    expect(report.cleanText).toContain('随着长清区委书记');
    expect(report.cleanText).toContain('着手布局海水淡化产业');
    expect(report.cleanText).not.toMatch(/[區項發產業長開]/);
  });
  it('converts Traditional to Simplified', () => {
    expect(toSimplifiedChinese('壓力容器與紅木家具')).toBe('压力容器与红木家具');
  });
});
