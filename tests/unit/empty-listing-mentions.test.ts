import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterTerms, mentionsIn, sentencesOf } from '@/lib/domain/mentions';
import { cleanReport } from '@/lib/sources/clean-text';
import { parseProjectFilters } from '@/lib/validations/project-filters';

const report = cleanReport(readFileSync('data/sources/000_647d815747856aa0.txt', 'utf8'));
const passages = report.paragraphs.map((text, i) => ({
  sourceId: 'launch-report-2023-01-29',
  anchor: `p-${i + 1}`,
  position: i + 1,
  text,
}));

describe('what an empty listing can still tell', () => {
  it('takes the words of the filters: codelist labels, chain, set name and keyword; not "not published"', () => {
    expect(filterTerms(parseProjectFilters({ sector: 'healthCare' }), null)).toEqual(['康养']);
    expect(filterTerms(parseProjectFilters({ kind: 'new', level: 'unknown', q: ' 康养 ' }), '2023年重点项目')).toEqual([
      '新建',
      '2023年重点项目',
      '康养',
    ]);
  });

  it('cuts a passage into sentences at 。！？；', () => {
    expect(sentencesOf('甲。乙；丙')).toEqual(['甲。', '乙；', '丙']);
  });

  it('finds the report’s sentence on the 19 projects for 康养 (paragraph 4)', () => {
    expect(mentionsIn(passages, ['康养'])).toEqual([
      {
        term: '康养',
        sentence: '长清区此次开工的19个项目涉及工业、农业、康养、民生等多个领域,计划总投资98.8亿元。',
        passage: { sourceId: 'launch-report-2023-01-29', anchor: 'p-4', position: 4 },
      },
    ]);
  });

  it('finds the sentence on the 71 new projects for 新建', () => {
    expect(mentionsIn(passages, ['新建']).map((m) => [m.passage.anchor, m.sentence.slice(0, 14)])).toEqual([
      ['p-9', '项目攻坚方面,长清区将重点抓'],
    ]);
  });
});
