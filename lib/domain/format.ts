import type { Comparison, FigureUnit } from '@/lib/domain/codelists';
import { toTraditional } from '@/lib/i18n/convert';
import type { Lang } from '@/lib/i18n/locales';

/**
 * Display of exact values. Money is stored as whole 万元 and shown in 亿元 from 1亿 upwards
 * (English: billion yuan), by moving the decimal point in the digits, never through floats.
 */

const WAN_PER_YI_DIGITS = 4; // 1亿元 = 10,000万元
const WAN_PER_BILLION_DIGITS = 5; // 1 billion yuan = 100,000万元

/** Divides a whole number given as digits by 10^places, exactly: ("988000", 4) → "98.8". */
function shiftDecimal(digits: string, places: number): string {
  if (!/^\d+$/.test(digits)) throw new Error(`not a whole number of 万元: ${digits}`);
  const padded = digits.padStart(places + 1, '0');
  const whole = padded.slice(0, -places).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(-places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** "988000" (万元) → "98.8" (亿元). */
export function wanToYi(wan: string): string {
  return shiftDecimal(wan, WAN_PER_YI_DIGITS);
}

export type DisplayValue = { prefix: string; number: string; unit: string };

function inScript(value: DisplayValue, lang: Lang): DisplayValue {
  return lang === 'zh-Hant'
    ? { ...value, unit: toTraditional(value.unit), number: toTraditional(value.number) }
    : value;
}

/** Money in 万元 as a reader expects it: 亿元 from 10,000万元, otherwise 万元; English in yuan. */
export function formatMoney(wan: number | string, lang: Lang = 'zh-Hans'): DisplayValue {
  const digits = String(wan);
  if (lang === 'en') {
    return digits.length > WAN_PER_BILLION_DIGITS
      ? { prefix: '', number: shiftDecimal(digits, WAN_PER_BILLION_DIGITS), unit: ' billion yuan' }
      : { prefix: '', number: shiftDecimal(`${digits}0`, 3), unit: ' million yuan' };
  }
  const value =
    digits.length > WAN_PER_YI_DIGITS
      ? { prefix: '', number: wanToYi(digits), unit: '亿元' }
      : { prefix: '', number: digits, unit: '万元' };
  return inScript(value, lang);
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-01-29" → "2023年1月29日" (English: "29 January 2023"). */
export function formatDate(isoDate: string, lang: Lang = 'zh-Hans'): string {
  const [year, month, day] = isoDate.split('-').map((part) => Number.parseInt(part, 10));
  return lang === 'en' ? `${day} ${EN_MONTHS[month - 1]} ${year}` : `${year}年${month}月${day}日`;
}

type FigureLike = { value: string; unit: FigureUnit | string; comparison: Comparison | string };

export function formatFigure(figure: FigureLike, lang: Lang = 'zh-Hans'): DisplayValue {
  const en = lang === 'en';
  switch (figure.unit) {
    case 'wanYuan':
      return formatMoney(figure.value, lang);
    case 'count':
      if (en) return { prefix: figure.comparison === 'moreThan' ? 'more than ' : '', number: figure.value, unit: '' };
      return inScript(
        { prefix: '', number: figure.value, unit: figure.comparison === 'moreThan' ? '余个' : '个' },
        lang,
      );
    case 'percent':
      if (en) return { prefix: figure.comparison === 'atLeast' ? 'at least ' : '', number: figure.value, unit: '%' };
      return inScript(
        { prefix: '', number: figure.value, unit: figure.comparison === 'atLeast' ? '%以上' : '%' },
        lang,
      );
    case 'date':
      return { prefix: '', number: formatDate(figure.value, lang), unit: '' };
    default:
      throw new Error(`unknown figure unit: ${figure.unit}`);
  }
}

/** One string, e.g. "98.8亿元", for titles, alt text and tests. */
export function formatFigureText(figure: FigureLike, lang: Lang = 'zh-Hans'): string {
  const { prefix, number, unit } = formatFigure(figure, lang);
  return `${prefix}${number}${unit}`;
}
