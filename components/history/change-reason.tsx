import { WrittenText } from '@/components/history/written-text';
import type { I18n } from '@/lib/i18n/server';
import { dataLang } from '@/lib/i18n/typography';
import { sourceHref } from '@/lib/links';
import { loaderReasonText } from '@/lib/revisions/reason-text';
import type { PublicChange } from '@/lib/revisions/public-change';
import { TextLink } from '@/components/ui/text-link';

type Props = { change: Pick<PublicChange, 'actorRole' | 'reason'>; i18n: I18n };

/** Why: the loader's reasons are the portal's words, in the reader's language; anyone else's as written. */
export function ChangeReason({ change, i18n }: Props) {
  const own = loaderReasonText(change, i18n.lang);
  return own ?? <WrittenText text={change.reason} i18n={i18n} />;
}

/** On what evidence: the loader's source by its title, linked; an official's evidence as written. */
export function ChangeEvidence({
  change,
  i18n,
}: {
  change: Pick<PublicChange, 'evidenceSource' | 'sourceRef'>;
  i18n: I18n;
}) {
  if (change.evidenceSource) {
    return (
      <TextLink
        href={i18n.href(sourceHref(change.evidenceSource.id))}
        lang={dataLang(i18n.lang)}
        data-evidence-source={change.evidenceSource.id}
      >
        {i18n.localise(change.evidenceSource.title)}
      </TextLink>
    );
  }
  return change.sourceRef ? <WrittenText text={change.sourceRef} i18n={i18n} /> : null;
}
