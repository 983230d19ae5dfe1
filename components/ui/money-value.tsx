import { NotPublished } from '@/components/ui/not-published';
import { formatMoney } from '@/lib/domain/format';
import type { Lang } from '@/lib/i18n/locales';

/** An amount in 万元 with its unit, or “未公开” when no source gives it (never 0). */
export function MoneyValue({ wan, lang }: { wan: number | null; lang: Lang }) {
  if (wan === null) return <NotPublished lang={lang} />;
  const { number, unit } = formatMoney(wan, lang);
  return (
    <span className="whitespace-nowrap tabular-nums">
      {number}
      {unit}
    </span>
  );
}
