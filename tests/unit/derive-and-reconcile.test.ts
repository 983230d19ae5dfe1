import { describe, expect, it } from 'vitest';
import { derivationText, deriveValue } from '@/lib/domain/derive';
import { summariseItemised } from '@/lib/domain/reconcile';

describe('derived figures', () => {
  it('add and subtract exactly, beyond float precision', () => {
    expect(deriveValue('sum', ['62', '71'])).toBe('133');
    expect(deriveValue('difference', ['88', '18'])).toBe('70');
    expect(deriveValue('sum', ['9007199254740993', '1'])).toBe('9007199254740994');
  });

  it('show the arithmetic in the stored values', () => {
    expect(derivationText('sum', ['65', '39', '34', '7'])).toBe('65 + 39 + 34 + 7 = 145');
    expect(derivationText('difference', ['25', '16'])).toBe('25 − 16 = 9');
  });

  it('refuse fractions and a single input', () => {
    expect(() => deriveValue('sum', ['1.5', '2'])).toThrow('derived figures need whole numbers, got "1.5"');
    expect(() => deriveValue('sum', ['1'])).toThrow('a derived figure needs at least two inputs');
  });
});

describe('reconciliation of itemised rows', () => {
  it('sums only published amounts and says how many there are', () => {
    expect(
      summariseItemised([{ totalInvestment: 120000 }, { totalInvestment: null }, { totalInvestment: 5000 }]),
    ).toEqual({
      itemisedCount: 3,
      withInvestmentCount: 2,
      investmentSum: 125000,
    });
  });

  it('gives no sum (not zero) when no amount is published', () => {
    expect(summariseItemised([{ totalInvestment: null }])).toEqual({
      itemisedCount: 1,
      withInvestmentCount: 0,
      investmentSum: null,
    });
    expect(summariseItemised([])).toEqual({ itemisedCount: 0, withInvestmentCount: 0, investmentSum: null });
  });
});
