import { FigureTable } from '@/components/figures/figure-table';
import { InitiativePoints } from '@/components/initiatives/initiative-points';
import { TranslatedName } from '@/components/names/translated-name';
import type { InitiativeSummary } from '@/lib/data/initiatives';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { initiativeMessages } from '@/lib/i18n/messages/initiatives';
import type { I18n } from '@/lib/i18n/server';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import { punctuation } from '@/lib/i18n/typography';
import { initiativeHref, paragraphNumber, passageHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

type Props = { initiative: InitiativeSummary; i18n: I18n; headingLevel: 2 | 3 };

/** One initiative on an overview page: name (linking to its page), summary, points and targets. */
export function InitiativeSection({ initiative, i18n, headingLevel }: Props) {
  const m = pickMessages(i18n.lang, initiativeMessages);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const name = pickName(i18n.lang, initiative.name, initiative.nameEn);
  return (
    <section aria-labelledby={`initiative-${initiative.id}`} className="space-y-2" data-initiative={initiative.id}>
      <Heading
        id={`initiative-${initiative.id}`}
        className={headingLevel === 2 ? 'text-2xl font-bold' : 'text-xl font-bold'}
      >
        <TextLink href={i18n.href(initiativeHref(initiative))}>
          <TranslatedName zh={initiative.name} en={initiative.nameEn} lang={i18n.lang} />
        </TextLink>
      </Heading>
      {initiative.summary && i18n.lang !== 'en' && <p>{initiative.summary}</p>}
      {initiative.points.length === 0 && initiative.quote && initiative.passage && (
        <p className="text-muted">
          <span lang={i18n.lang === 'en' ? 'zh-Hans' : undefined}>“{initiative.quote}”</span>{' '}
          <TextLink href={i18n.href(passageHref(initiative.passage))} className="text-sm">
            {pickMessages(i18n.lang, paragraphMessages).inSource(paragraphNumber(initiative.passage.anchor))}
          </TextLink>
        </p>
      )}
      <InitiativePoints points={initiative.points} i18n={i18n} />
      {initiative.figures.length > 0 && (
        <FigureTable
          caption={`${name}${punctuation(i18n.lang).colon}${m.targets}`}
          figures={initiative.figures}
          i18n={i18n}
        />
      )}
    </section>
  );
}
