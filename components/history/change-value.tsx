import { NotPublished } from '@/components/ui/not-published';
import { FIGURE_UNITS, LEVELS, PROJECT_KINDS, RELIABILITIES, SECTORS, STATUSES } from '@/lib/domain/codelists';
import { formatFigureText, formatMoney } from '@/lib/domain/format';
import type { Lang } from '@/lib/i18n/locales';
import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';

const MONEY_FIELDS = new Set(['totalInvestment', 'annualPlanInvestment', 'completedInvestment']);
const CODELISTS: Record<string, Record<string, { zh: string; en: string }>> = {
  sector: SECTORS,
  status: STATUSES,
  level: LEVELS,
  kind: PROJECT_KINDS,
  reliability: RELIABILITIES,
  unit: FIGURE_UNITS,
};

type Props = {
  field: string;
  value: unknown;
  /** A figure's unit, so that its value reads "98.8亿元" rather than "988000". */
  unit: string | null;
  lang: Lang;
};

/** One before/after value of a change, in the reader's terms (money with its unit, codes as labels). */
export function ChangeValue({ field, value, unit, lang }: Props) {
  const m = pickMessages(lang, historyMessages);
  if (value === null || value === undefined || value === '') return <NotPublished lang={lang} />;
  if (field === 'published') return <>{value ? m.yes : m.no}</>;
  if (MONEY_FIELDS.has(field) && typeof value === 'number') {
    const money = formatMoney(value, lang);
    return <>{`${money.number}${money.unit}`}</>;
  }
  if (field === 'value' && unit && typeof value === 'string') {
    return <>{formatFigureText({ value, unit, comparison: 'exact' }, lang)}</>;
  }
  const label = CODELISTS[field]?.[String(value)];
  if (label) return <>{lang === 'en' ? label.en : label.zh}</>;
  return <span className="[overflow-wrap:anywhere]">{String(value)}</span>;
}
