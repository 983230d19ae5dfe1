import { formatMoney } from '@/lib/domain/format';
import type { ItemisedSummary } from '@/lib/domain/reconcile';

/** What is itemised, beside the reported totals: never merged with them. */
export function ItemisedNote({ itemised }: { itemised: ItemisedSummary }) {
  const { itemisedCount, withInvestmentCount, investmentSum } = itemised;
  if (itemisedCount === 0) {
    return <p data-testid="itemised-note">逐项公开：来源未列出任何项目名称。</p>;
  }
  const sum = investmentSum === null ? null : formatMoney(investmentSum);
  return (
    <p data-testid="itemised-note">
      逐项公开：已公开名称 {itemisedCount} 个项目；
      {sum === null
        ? '各项目投资额均未公开，无法与报道总额相加核对。'
        : `其中 ${withInvestmentCount} 个公开了总投资，合计 ${sum.number}${sum.unit}（仅为已公开项目之和，不是报道总额）。`}
    </p>
  );
}
