import type { Comparison, FigureUnit } from '@/lib/domain/codelists';

/**
 * Display of exact values. Money is stored as whole 万元 strings or integers and shown in
 * 亿元 from 1亿 upwards, by moving the decimal point in the digits, never through floats.
 */

const WAN_PER_YI_DIGITS = 4; // 1亿元 = 10,000万元

/** "988000" (万元) → "98.8" (亿元); exact for any length of digits. */
export function wanToYi(wan: string): string {
  if (!/^\d+$/.test(wan)) throw new Error(`not a whole number of 万元: ${wan}`);
  const digits = wan.padStart(WAN_PER_YI_DIGITS + 1, '0');
  const whole = digits.slice(0, -WAN_PER_YI_DIGITS).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(-WAN_PER_YI_DIGITS).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export type DisplayValue = { number: string; unit: string };

/** Money in 万元 as the reader expects it: 亿元 from 10,000万元, otherwise 万元. */
export function formatMoney(wan: number | string): DisplayValue {
  const digits = String(wan);
  return digits.length > WAN_PER_YI_DIGITS ? { number: wanToYi(digits), unit: '亿元' } : { number: digits, unit: '万元' };
}

/** "2023-01-29" → "2023年1月29日". */
export function formatDateZh(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map((part) => Number.parseInt(part, 10));
  return `${year}年${month}月${day}日`;
}

export function formatFigure(figure: { value: string; unit: FigureUnit | string; comparison: Comparison | string }): DisplayValue {
  switch (figure.unit) {
    case 'wanYuan':
      return formatMoney(figure.value);
    case 'count':
      return { number: figure.value, unit: figure.comparison === 'moreThan' ? '余个' : '个' };
    case 'percent':
      return { number: figure.value, unit: figure.comparison === 'atLeast' ? '%以上' : '%' };
    case 'date':
      return { number: formatDateZh(figure.value), unit: '' };
    default:
      throw new Error(`unknown figure unit: ${figure.unit}`);
  }
}

/** One string, e.g. "98.8亿元", for titles, alt text and tests. */
export function formatFigureText(figure: Parameters<typeof formatFigure>[0]): string {
  const { number, unit } = formatFigure(figure);
  return `${number}${unit}`;
}
