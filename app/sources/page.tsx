import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/ui/page-container';
import { fetchSourceSummaries } from '@/lib/data/sources';
import { RELIABILITIES } from '@/lib/domain/codelists';
import { formatDateZh } from '@/lib/domain/format';
import { sourceHref } from '@/lib/links';

export const metadata: Metadata = { title: '来源' };

export default async function SourcesPage() {
  const sources = await fetchSourceSummaries();
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">来源</h1>
      <p className="mb-6">本平台的每个数据都来自下列文件，并链接到其中的原句。</p>
      <ul className="space-y-4">
        {sources.map((source) => (
          <li key={source.id} className="border-b border-rule pb-4">
            <Link href={sourceHref(source.id)} className="text-lg text-brand underline">
              {source.title}
            </Link>
            <p className="text-sm text-muted">
              {RELIABILITIES[source.reliability as keyof typeof RELIABILITIES]?.zh ?? source.reliability}
              {source.publishedOn
                ? `；发表于${formatDateZh(source.publishedOn)}`
                : source.mirrorDate
                  ? `；原文发表日期未公开，镜像副本日期${formatDateZh(source.mirrorDate)}`
                  : ''}
            </p>
          </li>
        ))}
      </ul>
    </PageContainer>
  );
}
