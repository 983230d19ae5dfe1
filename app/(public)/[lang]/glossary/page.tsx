import type { Metadata } from 'next';
import { GlossaryList } from '@/components/glossary/glossary-list';
import { PublicPage } from '@/components/layout/public-page';
import { pickMessages } from '@/lib/i18n/messages';
import { glossaryMessages } from '@/lib/i18n/messages/glossary';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { GLOSSARY_HREF } from '@/lib/links';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, GLOSSARY_HREF);
  const m = pickMessages(i18n.lang, glossaryMessages);
  return pageMetadata(i18n, { title: m.title, description: m.intro });
}

export default async function GlossaryPage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, GLOSSARY_HREF);
  const m = pickMessages(i18n.lang, glossaryMessages);
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-8 max-w-3xl">{m.intro}</p>
      <GlossaryList i18n={i18n} />
    </PublicPage>
  );
}
