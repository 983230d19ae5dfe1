import { pickMessages } from '@/lib/i18n/messages';
import { figureMessages } from '@/lib/i18n/messages/figures';
import type { Lang } from '@/lib/i18n/locales';

/** The one way the portal says a value is not in any source. */
export function NotPublished({ lang }: { lang: Lang }) {
  return <span className="text-muted">{pickMessages(lang, figureMessages).notPublished}</span>;
}
