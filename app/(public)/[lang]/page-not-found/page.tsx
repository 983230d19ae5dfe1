import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import { pageI18n, type LangParams } from '@/lib/i18n/server';

/**
 * "Page not found" as an ordinary, server-rendered page. Next sends the answer to notFound() as
 * an empty shell that its client runtime fills in (vercel/next.js#62228); the front door replaces
 * that shell with this page, and answers this address itself with 404 (server/not-found-page.mts).
 */
export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, '/');
  return { title: pickMessages(i18n.lang, layoutMessages).notFound.title, robots: { index: false } };
}

export default async function PageNotFound({ params }: { params: Promise<LangParams> }) {
  return <NotFoundContent i18n={await pageI18n(params, '/')} />;
}
