import { describe, expect, it } from 'vitest';
import { readTimeline, subtractDecimals, hasChange, type TimelineEntry } from '@/lib/domain/figure-timeline';
import { disagreementText, timelineSentence } from '@/lib/domain/timeline-sentence';

const entry = (key: string, value: string, asOf: string, basis: string | null, unit = 'count'): TimelineEntry => ({
  key,
  value,
  unit,
  comparison: 'exact',
  asOf,
  basis,
});

// The shipped measures, as the loader stores them (derived figures carry their latest input's date).
const projectCount2023 = [
  entry('keyProjects2023.projectCount', '133', '2023-01-29', 'planned'),
  entry('keyProjects2023.projectCountByKind', '133', '2023-01-29', 'derived'),
  entry('keyProjects2023.projectCountYearEnd', '145', '2024-01-04', 'reported'),
  entry('keyProjects2023.projectCountByType', '145', '2024-01-04', 'derived'),
];
const industryCount2023 = [
  entry('keyProjects2023.industryCount', '65', '2024-01-04', 'reported'),
  entry('keyProjects2023.industryCountFrom2024', '70', '2024-08-22', 'derived'),
];

describe('a measure over time', () => {
  it('reads the January plan and the year-end count as a change, not a conflict', () => {
    const reading = readTimeline(projectCount2023);
    expect(reading.disagreements).toEqual([]);
    expect(hasChange(reading)).toBe(true);
    expect(timelineSentence(reading, 'zh-Hans')).toBe('2023年1月29日计划133个；2024年1月4日报道145个，增加12个');
    expect(timelineSentence(reading, 'zh-Hant')).toBe('2023年1月29日計劃133個；2024年1月4日報道145個，增加12個');
    expect(timelineSentence(reading, 'en')).toBe('29 January 2023, planned: 133; 4 January 2024, reported: 145, up 12');
  });

  it('flags 65 reported against 70 computed from the 2024 report as a disagreement', () => {
    const reading = readTimeline(industryCount2023);
    expect(reading.disagreements.map((group) => group.map((e) => e.key))).toEqual([
      ['keyProjects2023.industryCount', 'keyProjects2023.industryCountFrom2024'],
    ]);
    expect(disagreementText(reading.disagreements[0], 'zh-Hans')).toBe(
      '65个（2024年1月4日，报道）；70个（2024年8月22日，计算得出）',
    );
    expect(disagreementText(reading.disagreements[0], 'en')).toBe(
      '65 (4 January 2024, reported); 70 (22 August 2024, derived)',
    );
  });

  it('flags two sources that give different values for the same basis and date', () => {
    const reading = readTimeline([
      entry('a', '65', '2024-01-04', 'reported'),
      entry('b', '70', '2024-01-04', 'reported'),
    ]);
    expect(reading.disagreements.map((group) => group.map((e) => e.key))).toEqual([['a', 'b']]);
    expect(reading.steps).toEqual([]);
  });

  it('says a repeated value is unchanged, and a fall in money as a decrease', () => {
    const same = readTimeline([entry('a', '135', '2024-02-20', 'planned'), entry('b', '135', '2024-08-22', 'planned')]);
    expect(hasChange(same)).toBe(false);
    expect(timelineSentence(same, 'zh-Hans')).toBe('2024年2月20日计划135个；2024年8月22日计划135个，未变');
    const money = readTimeline([
      entry('p', '12836000', '2023-01-29', 'planned', 'wanYuan'),
      entry('c', '11403100', '2024-02-20', 'planned', 'wanYuan'),
    ]);
    expect(timelineSentence(money, 'zh-Hans')).toBe(
      '2023年1月29日计划1283.6亿元；2024年2月20日计划1140.31亿元，减少143.29亿元',
    );
  });

  it('cannot tell a change from a conflict without a basis, so different values stay a disagreement', () => {
    const reading = readTimeline([entry('a', '133', '2023-01-29', null), entry('b', '145', '2024-01-04', null)]);
    expect(reading.disagreements).toHaveLength(1);
  });

  it('subtracts decimals exactly', () => {
    expect(subtractDecimals('145', '133')).toBe('12');
    expect(subtractDecimals('1.5', '2')).toBe('-0.5');
    expect(subtractDecimals('11403100', '12836000')).toBe('-1432900');
    expect(subtractDecimals('0.25', '0.05')).toBe('0.2');
  });
});
