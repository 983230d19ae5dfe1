import type { Metadata } from 'next';
import { lang } from 'next/root-params';
import { PublicPage } from '@/components/layout/public-page';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import { i18nFor } from '@/lib/i18n/server';

// Not-found pages get no props: the language comes from the root parameter of the address.
async function notFoundI18n() {
  return i18nFor((await lang()) ?? '', '/');
}

export async function generateMetadata(): Promise<Metadata> {
  const i18n = await notFoundI18n();
  return { title: pickMessages(i18n.lang, layoutMessages).notFound.title };
}

export default async function NotFound() {
  const i18n = await notFoundI18n();
  const m = pickMessages(i18n.lang, layoutMessages).notFound;
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-4 text-3xl font-bold">{m.title}</h1>
      <p className="mb-2">{m.typed}</p>
      <p className="mb-2">{m.pasted}</p>
      <p>
        <a href={i18n.href('/')} className="text-brand underline">
          {m.goHome}
        </a>
        {' · '}
        <a href={i18n.href('/sources')} className="text-brand underline">
          {m.orSources}
        </a>
      </p>
    </PublicPage>
  );
}
