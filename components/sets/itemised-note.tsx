import { formatMoney } from '@/lib/domain/format';
import type { ItemisedSummary } from '@/lib/domain/reconcile';
import { pickMessages } from '@/lib/i18n/messages';
import { figureMessages } from '@/lib/i18n/messages/figures';
import type { Lang } from '@/lib/i18n/locales';

/** What is itemised, beside the reported totals: never merged with them. */
export function ItemisedNote({ itemised, lang }: { itemised: ItemisedSummary; lang: Lang }) {
  const m = pickMessages(lang, figureMessages);
  const { itemisedCount, withInvestmentCount, investmentSum } = itemised;
  // data-* carry the computed sum, which the reconciliation test recomputes from the database.
  const data = {
    'data-testid': 'itemised-note',
    'data-itemised-count': itemisedCount,
    'data-investment-sum': investmentSum ?? '',
  };
  if (itemisedCount === 0) return <p {...data}>{m.itemisedNone}</p>;
  const sum = investmentSum === null ? null : formatMoney(investmentSum, lang);
  return (
    <p {...data}>
      {m.itemised(itemisedCount)}
      {sum === null ? m.itemisedNoAmounts : m.itemisedSum(withInvestmentCount, `${sum.number}${sum.unit}`)}
    </p>
  );
}
