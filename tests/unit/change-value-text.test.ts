import { describe, expect, it } from 'vitest';
import { changeValueText } from '@/lib/revisions/change-value-text';

describe('a changed value in the reader’s terms', () => {
  it('gives codes as labels in the page’s language, with a list’s own Traditional names', () => {
    expect(changeValueText('status', 'underConstruction', null, 'zh-Hans')).toBe('已开工·在建');
    expect(changeValueText('status', 'underConstruction', null, 'zh-Hant')).toBe('已開工·在建');
    expect(changeValueText('status', 'underConstruction', null, 'en')).toBe('Under construction');
    expect(changeValueText('town', '370113008', null, 'zh-Hant')).toBe('孝里街道');
    expect(changeValueText('town', '370113008', null, 'en')).toBe('Xiaoli Subdistrict');
  });

  it('gives money with its unit, and words as they are', () => {
    expect(changeValueText('totalInvestment', 988000, null, 'zh-Hans')).toBe('98.8亿元');
    expect(changeValueText('location', '崮云湖街道', null, 'zh-Hans')).toBe('崮云湖街道');
    expect(changeValueText('location', '', null, 'zh-Hans')).toBeNull();
  });
});
