import { pickMessages } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import type { I18n } from '@/lib/i18n/server';
import { figureHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

/** Small link to a figure's own page (timeline, source details, citation); the label names it for screen readers. */
export function FigureDetailLink({
  figure,
  i18n,
}: {
  figure: { key: string; label: string };
  i18n: Pick<I18n, 'lang' | 'href'>;
}) {
  const m = pickMessages(i18n.lang, figureDetailMessages);
  return (
    <TextLink href={i18n.href(figureHref(figure.key))} className="text-sm" data-testid="figure-detail-link">
      {m.detailsLink}
      <span className="sr-only">{m.detailsOf(figure.label)}</span>
    </TextLink>
  );
}
