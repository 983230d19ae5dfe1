import type { I18n } from '@/lib/i18n/server';
import { pickMessages } from '@/lib/i18n/messages';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import { paragraphNumber, passageHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

/** An exact quote from a source, with a link to its paragraph there. */
export function SourceQuote({
  quote,
  passage,
  linkLabel,
  i18n,
}: {
  quote: string;
  passage: { sourceId: string; anchor: string };
  linkLabel: string;
  i18n: I18n;
}) {
  return (
    <figure className="border-l-4 border-rule pl-4">
      <blockquote lang={i18n.lang === 'en' ? 'zh-Hans' : undefined}>“{quote}”</blockquote>
      <figcaption className="mt-1 text-sm">
        <TextLink href={i18n.href(passageHref(passage))}>
          {linkLabel}（{pickMessages(i18n.lang, paragraphMessages).paragraph(paragraphNumber(passage.anchor))}）
        </TextLink>
      </figcaption>
    </figure>
  );
}
