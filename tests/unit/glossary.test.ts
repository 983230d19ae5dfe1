import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '@/lib/glossary/terms';
import { mentionsIn } from '@/lib/domain/mentions';
import { cleanReport } from '@/lib/sources/clean-text';

const report = cleanReport(readFileSync('data/sources/000_647d815747856aa0.txt', 'utf8'));
const passages = report.paragraphs.map((text, i) => ({
  sourceId: 'launch-report-2023-01-29',
  anchor: `p-${i + 1}`,
  position: i + 1,
  text,
}));

describe('glossary', () => {
  it('has the terms readers asked for, each once', () => {
    const terms = GLOSSARY.map((entry) => entry.term);
    for (const wanted of ['亿元 / 万元', '续建 / 新建', '包挂', '两年见效', '“1+4”工作主线'])
      expect(terms).toContain(wanted);
    expect(new Set(GLOSSARY.map((entry) => entry.id)).size).toBe(GLOSSARY.length);
  });

  it('links each source term to the first sentence of the report that uses it', () => {
    const first = Object.fromEntries(
      GLOSSARY.flatMap((entry) =>
        entry.find ? [[entry.id, mentionsIn(passages, [entry.find], 1)[0]?.passage.anchor ?? null]] : [],
      ),
    );
    expect(first).toEqual({
      'money-units': 'p-4',
      'continuing-new': 'p-9',
      'key-project': 'p-12',
      'joint-groundbreaking': 'p-1',
      'one-plus-four': 'p-6',
      'four-batches': 'p-12',
      baogua: 'p-11',
      dispatching: 'p-11',
      'blocking-problem': 'p-14',
      'two-year-results': 'p-2',
      'five-seven': 'p-2',
      'three-maps-four-databases': 'p-23',
    });
  });
});
