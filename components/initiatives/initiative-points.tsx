import type { InitiativeSummary } from '@/lib/data/initiatives';
import { pickMessages } from '@/lib/i18n/messages';
import { initiativeMessages } from '@/lib/i18n/messages/initiatives';
import type { I18n } from '@/lib/i18n/server';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import { paragraphNumber, passageHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

/** Tasks, principles and roles, each the source's own words with a link to its paragraph. */
export function InitiativePoints({ points, i18n }: { points: InitiativeSummary['points']; i18n: I18n }) {
  if (points.length === 0) return null;
  const m = pickMessages(i18n.lang, initiativeMessages);
  return (
    <ul className="mt-2 space-y-2">
      {points.map((point) => (
        <li key={point.id} className="border-l-4 border-rule pl-3">
          <span className="mr-2 text-sm font-bold text-muted">{m.pointKinds[point.kind] ?? point.kind}</span>
          <span lang={i18n.lang === 'en' ? 'zh-Hans' : undefined}>{point.quote}</span>{' '}
          <TextLink href={i18n.href(passageHref(point.passage))} className="text-sm">
            {pickMessages(i18n.lang, paragraphMessages).inSource(paragraphNumber(point.passage.anchor))}
          </TextLink>
        </li>
      ))}
    </ul>
  );
}
