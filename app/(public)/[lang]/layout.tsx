import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { notFound } from 'next/navigation';
import { tagPublicPage } from '@/lib/cache/public-pages';
import { isLangSegment } from '@/lib/i18n/locales';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import { i18nFor, type LangParams } from '@/lib/i18n/server';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteUrl } from '@/lib/site-url.mts';
import '../../globals.css';

/**
 * The root layout of every public page. The language is a route segment, so each page is
 * rendered on its first visit and kept in Next's cache until a write revalidates it
 * (lib/cache/invalidation.ts). Nothing is rendered at build time: the build has no database. Nothing here reads
 * cookies, the session or request headers.
 */
export { renderOnFirstVisit as generateStaticParams } from '@/lib/cache/public-pages';

type Props = { children: ReactNode; params: Promise<LangParams> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const i18n = i18nFor((await params).lang, '/');
  const m = pickMessages(i18n.lang, layoutMessages);
  // Pages that set their own metadata use pageMetadata(); these are the defaults for the rest.
  return {
    ...pageMetadata(i18n, { title: m.portalName }),
    metadataBase: siteUrl(),
    title: { default: m.portalName, template: `%s - ${m.portalName}` },
    icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }] },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function PublicLayout({ children, params }: Props) {
  const { lang } = await params;
  // next.config.ts rewrites every public address onto a valid segment; any other value is no page.
  if (!isLangSegment(lang)) notFound();
  await tagPublicPage();
  const i18n = i18nFor(lang, '/');
  return (
    <html lang={i18n.lang}>
      <body className="flex min-h-screen flex-col bg-white">
        <div className="flex-1">{children}</div>
        <SiteFooter i18n={i18n} />
      </body>
    </html>
  );
}
