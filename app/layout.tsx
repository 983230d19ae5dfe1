import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import { getI18n } from '@/lib/i18n/server';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteUrl } from '@/lib/site-url';
import './globals.css';

// Every page reads the live database: officials' updates must show at once.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const i18n = await getI18n();
  const m = pickMessages(i18n.lang, layoutMessages);
  // Pages that set their own metadata use pageMetadata(); these are the defaults for the rest.
  return {
    ...pageMetadata(i18n, { title: m.portalName }),
    metadataBase: siteUrl(),
    title: { default: m.portalName, template: `%s - ${m.portalName}` },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const i18n = await getI18n();
  return (
    <html lang={i18n.lang}>
      <body className="flex min-h-screen flex-col bg-white">
        <SiteHeader i18n={i18n} />
        <div className="flex-1">{children}</div>
        <SiteFooter i18n={i18n} />
      </body>
    </html>
  );
}
