import { NotPublished } from '@/components/ui/not-published';
import type { Lang } from '@/lib/i18n/locales';
import { writtenLang } from '@/lib/i18n/typography';
import { changeValueText } from '@/lib/revisions/change-value-text';

type Props = {
  field: string;
  value: unknown;
  /** A figure's unit (unitOfChange), so that its value reads "98.8亿元" rather than "988000". */
  unit: string | null;
  lang: Lang;
};

/** One before/after value of a change, in the reader's terms (lib/revisions/change-value-text.ts). */
export function ChangeValue({ field, value, unit, lang }: Props) {
  const text = changeValueText(field, value, unit, lang);
  if (text === null) return <NotPublished lang={lang} />;
  // Codes, money and yes/no read in the page's language; stored words (names, quotes) as written, marked.
  return (
    <span className="[overflow-wrap:anywhere]" lang={writtenLang(text, lang)}>
      {text}
    </span>
  );
}
