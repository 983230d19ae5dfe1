import type { Metadata } from 'next';
import { alternateLinks } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/locales';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import type { I18n } from '@/lib/i18n/server';

const OG_LOCALE = { 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW', en: 'en_GB' } as const;

/** Title, description, canonical/hreflang links and Open Graph tags for one page. */
export function pageMetadata(
  i18n: I18n,
  page: { title: string; description?: string; type?: 'website' | 'article' },
): Metadata {
  const site = pickMessages(i18n.lang, layoutMessages);
  const description = page.description ?? site.description;
  return {
    title: page.title,
    description,
    alternates: alternateLinks(i18n),
    openGraph: {
      title: page.title,
      description,
      siteName: site.portalName,
      locale: OG_LOCALE[i18n.lang],
      type: page.type ?? 'website',
      url: localePath(i18n.lang, i18n.path),
    },
  };
}
