import { describe, expect, it } from 'vitest';
import { formatDate, formatFigureText, formatMoney, wanToYi } from '@/lib/domain/format';
import { itemisedSummary } from '@/lib/domain/reconcile';

describe('money', () => {
  it('moves the decimal point exactly', () => {
    expect(wanToYi('988000')).toBe('98.8');
    expect(wanToYi('12836000')).toBe('1283.6');
    expect(wanToYi('600000')).toBe('60');
    expect(wanToYi('1')).toBe('0.0001');
    expect(wanToYi('123456789012345678')).toBe('12345678901234.5678');
  });
  it('uses 万元 below one 亿元', () => {
    expect(formatMoney(9999)).toEqual({ prefix: '', number: '9999', unit: '万元' });
    expect(formatMoney(10000)).toEqual({ prefix: '', number: '1', unit: '亿元' });
  });
  it('rejects anything but whole 万元', () => {
    expect(() => wanToYi('98.8')).toThrow('not a whole number of 万元: 98.8');
  });
});

describe('figures', () => {
  it('writes units and comparisons as the source does', () => {
    expect(formatFigureText({ value: '988000', unit: 'wanYuan', comparison: 'exact' })).toBe('98.8亿元');
    expect(formatFigureText({ value: '133', unit: 'count', comparison: 'exact' })).toBe('133个');
    expect(formatFigureText({ value: '20', unit: 'count', comparison: 'moreThan' })).toBe('20余个');
    expect(formatFigureText({ value: '7', unit: 'percent', comparison: 'atLeast' })).toBe('7%以上');
    expect(formatFigureText({ value: '2023-01-29', unit: 'date', comparison: 'exact' })).toBe('2023年1月29日');
    expect(formatDate('2023-06-30')).toBe('2023年6月30日');
  });
});

describe('itemisedSummary', () => {
  it('keeps the sum of published amounts with how many there are', () => {
    expect(itemisedSummary({ itemised: 3, withInvestment: 2, sum: 7500 })).toEqual({
      itemisedCount: 3,
      withInvestmentCount: 2,
      investmentSum: 7500,
    });
  });
  it('says null, not zero, when no amount is published', () => {
    expect(itemisedSummary({ itemised: 1, withInvestment: 0, sum: null })).toEqual({
      itemisedCount: 1,
      withInvestmentCount: 0,
      investmentSum: null,
    });
  });
});

describe('other languages', () => {
  it('writes English values in yuan with words for comparisons', () => {
    expect(formatFigureText({ value: '988000', unit: 'wanYuan', comparison: 'exact' }, 'en')).toBe('9.88 billion yuan');
    expect(formatFigureText({ value: '12836000', unit: 'wanYuan', comparison: 'exact' }, 'en')).toBe(
      '128.36 billion yuan',
    );
    expect(formatFigureText({ value: '5000', unit: 'wanYuan', comparison: 'exact' }, 'en')).toBe('50 million yuan');
    expect(formatFigureText({ value: '20', unit: 'count', comparison: 'moreThan' }, 'en')).toBe('more than 20');
    expect(formatFigureText({ value: '7', unit: 'percent', comparison: 'atLeast' }, 'en')).toBe('at least 7%');
    expect(formatFigureText({ value: '2023-01-29', unit: 'date', comparison: 'exact' }, 'en')).toBe('29 January 2023');
  });
  it('writes Traditional units for zh-Hant', () => {
    expect(formatFigureText({ value: '988000', unit: 'wanYuan', comparison: 'exact' }, 'zh-Hant')).toBe('98.8億元');
    expect(formatFigureText({ value: '19', unit: 'count', comparison: 'exact' }, 'zh-Hant')).toBe('19個');
  });
});
