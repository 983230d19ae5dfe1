import { fetchFooterData } from '@/lib/data/footer';
import { formatDateTime } from '@/lib/domain/date-time';
import { formatDate } from '@/lib/domain/format';
import { pickMessages } from '@/lib/i18n/messages';
import { adminMessages } from '@/lib/i18n/messages/admin';
import { footerDateMessages } from '@/lib/i18n/messages/footer-dates';
import { historyMessages } from '@/lib/i18n/messages/history';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import type { I18n } from '@/lib/i18n/server';
import { dataLang, punctuation } from '@/lib/i18n/typography';
import { ADMIN_HREF, sourceHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

export async function SiteFooter({ i18n }: { i18n: I18n }) {
  const m = pickMessages(i18n.lang, layoutMessages).footer;
  const dates = pickMessages(i18n.lang, footerDateMessages);
  const { asOf, updated, sources: found } = await fetchFooterData();
  const sources = i18n.localise(found);
  return (
    <footer className="mt-12 border-t-4 border-brand bg-light-grey text-sm">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6">
        {/* Both dates come from the data (cached with the page), never from the time of the request. */}
        <p data-testid="figures-as-of">
          {dates.asOf}
          {asOf ? (
            <>
              <time dateTime={asOf}>{formatDate(asOf, i18n.lang)}</time>
              {dates.asOfNote}
            </>
          ) : (
            dates.noData
          )}
        </p>
        {updated && (
          <p data-testid="data-updated">
            {pickMessages(i18n.lang, historyMessages).updatedAt}
            <time dateTime={updated.toISOString()}>{formatDateTime(updated, i18n.lang)}</time>
          </p>
        )}
        {sources.length > 0 && (
          <p>
            {m.sources}
            {sources.map((source, index) => (
              <span key={source.id}>
                {index > 0 && punctuation(i18n.lang).semicolon}
                <TextLink href={i18n.href(sourceHref(source.id))} lang={dataLang(i18n.lang)}>
                  {source.title}
                </TextLink>
              </span>
            ))}
          </p>
        )}
        <p className="text-muted">{m.policy}</p>
        {/* The workspace is Simplified Chinese only, so the link has no language prefix. */}
        <p>
          <TextLink href={ADMIN_HREF} rel="nofollow">
            {pickMessages(i18n.lang, adminMessages).workspace}
          </TextLink>
        </p>
      </div>
    </footer>
  );
}
