import { SetOverviewList } from '@/components/sets/set-overview';
import { PublicPage } from '@/components/layout/public-page';
import { fetchSetOverviews } from '@/lib/data/sets';
import { pickMessages } from '@/lib/i18n/messages';
import { homeMessages } from '@/lib/i18n/messages/home';
import { summaryMessages } from '@/lib/i18n/messages/summary';
import { SUMMARY_HREF } from '@/lib/links';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { TermsOnPage } from '@/components/glossary/terms-on-page';
import { TextLink } from '@/components/ui/text-link';

export default async function HomePage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, '/');
  const m = pickMessages(i18n.lang, homeMessages);
  const sets = i18n.localise(await fetchSetOverviews());
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-4 max-w-3xl text-lg">{m.intro}</p>
      <p className="mb-8">
        <TextLink href={i18n.href(SUMMARY_HREF)}>{pickMessages(i18n.lang, summaryMessages).homeLink}</TextLink>
      </p>
      <TermsOnPage
        ids={['joint-groundbreaking', 'key-project', 'continuing-new', 'money-units', 'not-published']}
        i18n={i18n}
      />
      <SetOverviewList sets={sets} i18n={i18n} />
    </PublicPage>
  );
}
