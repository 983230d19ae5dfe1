import { SetOverview } from '@/components/sets/set-overview';
import { PageContainer } from '@/components/ui/page-container';
import { fetchSetOverviews } from '@/lib/data/sets';
import { pickMessages } from '@/lib/i18n/messages';
import { homeMessages } from '@/lib/i18n/messages/home';
import { getI18n } from '@/lib/i18n/server';

export default async function HomePage() {
  const i18n = await getI18n();
  const m = pickMessages(i18n.lang, homeMessages);
  const sets = i18n.localise(await fetchSetOverviews());
  return (
    <PageContainer>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-8 max-w-3xl text-lg">{m.intro}</p>
      <div className="space-y-10">
        {sets.map((set) => (
          <SetOverview key={set.id} set={set} i18n={i18n} />
        ))}
      </div>
    </PageContainer>
  );
}
