import { pickMessages } from '@/lib/i18n/messages';
import { figureMessages } from '@/lib/i18n/messages/figures';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import type { I18n } from '@/lib/i18n/server';
import { figureSourceHref, paragraphNumber } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

type Props = {
  figure: { key: string; label: string; passage: { sourceId: string; anchor: string } | null };
  i18n: Pick<I18n, 'lang' | 'href'>;
};

/** Small link to the exact sentence a figure comes from. */
export function FigureSourceLink({ figure, i18n }: Props) {
  if (!figure.passage) return null;
  const m = pickMessages(i18n.lang, figureMessages);
  return (
    <TextLink href={i18n.href(figureSourceHref({ ...figure, passage: figure.passage }))} className="text-sm">
      {pickMessages(i18n.lang, paragraphMessages).inSource(paragraphNumber(figure.passage.anchor))}
      <span className="sr-only">{m.sentenceOf(figure.label)}</span>
    </TextLink>
  );
}
