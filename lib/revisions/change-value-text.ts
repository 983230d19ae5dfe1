import {
  FIGURE_BASES,
  FIGURE_UNITS,
  LEVELS,
  PROJECT_KINDS,
  RELIABILITIES,
  SECTORS,
  STATUSES,
} from '@/lib/domain/codelists';
import { TOWNS } from '@/lib/domain/towns';
import { formatFigureText, formatMoney } from '@/lib/domain/format';
import { MONEY_FIELD_KEYS, projectHistoryLabels } from '@/lib/fields/project-labels';
import { codeLabel } from '@/lib/i18n/code-label';
import type { Lang } from '@/lib/i18n/locales';
import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';
import type { PublicChange } from '@/lib/revisions/public-change';

const CODELISTS: Record<string, Record<string, { zh: string; en: string }>> = {
  sector: SECTORS,
  status: STATUSES,
  level: LEVELS,
  kind: PROJECT_KINDS,
  reliability: RELIABILITIES,
  unit: FIGURE_UNITS,
  basis: FIGURE_BASES,
  town: TOWNS,
};

/**
 * A figure's unit among its revision's changes, so that its value reads "98.8亿元" rather than
 * "988000". Only figures: a responsibility's `unit` is the organisation its person works for.
 */
export function unitOfChange(change: Pick<PublicChange, 'entityType' | 'changes'>): string | null {
  if (change.entityType !== 'figure') return null;
  const unit = change.changes.find((c) => c.field === 'unit');
  const value = unit?.after ?? unit?.before;
  return typeof value === 'string' ? value : null;
}

/**
 * One before/after value of a change in the reader's terms: money with its unit, codes as labels,
 * yes/no. Null when there is no value. The history lists and the feeds both say values this way.
 */
export function changeValueText(field: string, value: unknown, unit: string | null, lang: Lang): string | null {
  if (value === null || value === undefined || value === '') return null;
  const m = pickMessages(lang, historyMessages);
  if (field === 'published') return value ? m.yes : m.no;
  if (MONEY_FIELD_KEYS.has(field) && typeof value === 'number') {
    const money = formatMoney(value, lang);
    return `${money.number}${money.unit}`;
  }
  if (field === 'value' && unit && typeof value === 'string')
    return formatFigureText({ value, unit, comparison: 'exact' }, lang);
  const list = CODELISTS[field];
  // In the reader's language: Traditional pages get the list's own Traditional name (孝里, not 孝裡).
  if (list?.[String(value)]) return codeLabel(list, String(value), lang);
  return String(value);
}

/** A changed field's label: a project's from the field catalogue, any other record's from the history's messages. */
export function changeFieldLabel(entityType: string, field: string, lang: Lang): string {
  const own = entityType === 'project' ? pickMessages(lang, projectHistoryLabels)[field] : undefined;
  return own ?? pickMessages(lang, historyMessages).fields[field] ?? field;
}
