import type { Metadata } from 'next';
import { lang } from 'next/root-params';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import { i18nFor } from '@/lib/i18n/server';

// Not-found pages get no props: the language comes from the root parameter of the address.
// Next draws this page in the browser only (vercel/next.js#62228); the front door puts the same
// content, server-rendered by ./page-not-found, into its answer (server/not-found-page.mts).
async function notFoundI18n() {
  return i18nFor((await lang()) ?? '', '/');
}

export async function generateMetadata(): Promise<Metadata> {
  const i18n = await notFoundI18n();
  return { title: pickMessages(i18n.lang, layoutMessages).notFound.title };
}

export default async function NotFound() {
  return <NotFoundContent i18n={await notFoundI18n()} />;
}
