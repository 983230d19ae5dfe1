import type { Metadata } from 'next';
import { PublicPage } from '@/components/layout/public-page';
import { SetOverviewList } from '@/components/sets/set-overview';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { fetchSetOverviews } from '@/lib/data/sets';
import { pickMessages } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import { setMessages } from '@/lib/i18n/messages/sets';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { SETS_HREF } from '@/lib/links';
import { pageMetadata } from '@/lib/seo/page-metadata';

/** Every batch and programme with its reported figures: the page the set pages' breadcrumb goes back to. */
export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, SETS_HREF);
  return pageMetadata(i18n, { title: pickMessages(i18n.lang, setMessages).sets });
}

export default async function SetsPage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, SETS_HREF);
  const m = pickMessages(i18n.lang, setMessages);
  const pm = pickMessages(i18n.lang, projectMessages);
  const sets = i18n.localise(await fetchSetOverviews());
  return (
    <PublicPage i18n={i18n}>
      <Breadcrumbs label={pm.breadcrumb} crumbs={[{ label: pm.home, href: i18n.href('/') }, { label: m.sets }]} />
      <h1 className="mb-6 text-3xl font-bold">{m.sets}</h1>
      <SetOverviewList sets={sets} i18n={i18n} />
    </PublicPage>
  );
}
