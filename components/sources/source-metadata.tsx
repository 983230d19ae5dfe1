import { NotPublished } from '@/components/ui/not-published';
import { SummaryList } from '@/components/ui/summary-list';
import { formatDate } from '@/lib/domain/format';
import { pickMessages } from '@/lib/i18n/messages';
import { sourceMessages } from '@/lib/i18n/messages/sources';
import type { Lang } from '@/lib/i18n/locales';
import { TextLink } from '@/components/ui/text-link';

type Source = {
  originalTitle: string | null;
  publisher: string | null;
  author: string | null;
  editor: string | null;
  publishedOn: string | null;
  url: string | null;
  mirrorUrl: string | null;
  mirrorDate: string | null;
  language: string;
  reliability: string;
  reliabilityNote: string;
};

export function SourceMetadata({ source, lang }: { source: Source; lang: Lang }) {
  const m = pickMessages(lang, sourceMessages);
  const orUnknown = (value: string | null) => value ?? <NotPublished lang={lang} />;
  // Addresses come from the curated facts; only web addresses become links.
  const link = (url: string | null) =>
    url === null ? null : /^https?:\/\//.test(url) ? (
      <TextLink href={url} className="break-all" rel="external noopener noreferrer">
        {url}
      </TextLink>
    ) : (
      <span className="break-all">{url}</span>
    );
  return (
    <SummaryList
      rows={[
        { key: 'originalTitle', label: m.fields.originalTitle, value: orUnknown(source.originalTitle) },
        { key: 'publisher', label: m.fields.publisher, value: orUnknown(source.publisher) },
        { key: 'author', label: m.fields.author, value: orUnknown(source.author) },
        { key: 'editor', label: m.fields.editor, value: orUnknown(source.editor) },
        {
          key: 'publishedOn',
          label: m.fields.publishedOn,
          value: source.publishedOn ? formatDate(source.publishedOn, lang) : <NotPublished lang={lang} />,
        },
        { key: 'url', label: m.fields.url, value: link(source.url) ?? <NotPublished lang={lang} /> },
        {
          key: 'mirror',
          label: m.fields.mirror,
          value: source.mirrorUrl ? (
            <>
              {link(source.mirrorUrl)}
              {source.mirrorDate && <>（{formatDate(source.mirrorDate, lang)}）</>}
            </>
          ) : (
            m.none
          ),
        },
        {
          key: 'language',
          label: m.fields.received,
          value: m.receivedAs(m.languages[source.language] ?? source.language),
        },
        {
          key: 'reliability',
          label: m.fields.reliability,
          value: (
            <>
              {m.reliabilities[source.reliability] ?? source.reliability}
              {lang !== 'en' && <>。{source.reliabilityNote}</>}
            </>
          ),
        },
      ]}
    />
  );
}
