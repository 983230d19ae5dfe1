import { SetOverview } from '@/components/sets/set-overview';
import { PageContainer } from '@/components/ui/page-container';
import { fetchSetOverviews } from '@/lib/data/sets';

export default async function HomePage() {
  const sets = await fetchSetOverviews();
  return (
    <PageContainer>
      <h1 className="mb-2 text-3xl font-bold">长清区重点项目</h1>
      <p className="mb-8 max-w-3xl text-lg">
        2023年长清区集中开工项目与省、市、区三级重点项目的公开数据。每个数据都链接到它在来源中的原句；报道总数与逐项公开的项目分开列出。
      </p>
      <div className="space-y-10">
        {sets.map((set) => (
          <SetOverview key={set.id} set={set} />
        ))}
      </div>
    </PageContainer>
  );
}
