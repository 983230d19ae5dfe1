import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PassageText } from '@/components/sources/passage-text';
import { SourceMetadata } from '@/components/sources/source-metadata';
import { PageContainer } from '@/components/ui/page-container';
import { fetchFigureQuote } from '@/lib/data/figures';
import { fetchSourceById } from '@/lib/data/sources';
import { sourceIdSchema, sourcePageParamsSchema } from '@/lib/validations/source-page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadSource(rawId: string) {
  const id = sourceIdSchema.safeParse(rawId);
  return id.success ? fetchSourceById(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return source ? { title: source.title } : { title: '未找到页面' };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { figure: figureKey } = sourcePageParamsSchema.parse(query);
  const [source, figure] = await Promise.all([loadSource(id), figureKey ? fetchFigureQuote(figureKey) : null]);
  if (!source) notFound();
  const cited = figure && source.passages.some((p) => p.id === figure.passageId) ? figure : null;
  const citedAnchor = cited ? source.passages.find((p) => p.id === cited.passageId)?.anchor : undefined;

  return (
    <PageContainer>
      <p className="text-muted">来源</p>
      <h1 className="mb-4 text-3xl font-bold">{source.title}</h1>
      {cited && citedAnchor && (
        <div role="note" className="mb-6 border-l-8 border-brand bg-[#f3f2f1] p-4">
          “{cited.label}”出自 <a href={`#${citedAnchor}`} className="text-brand underline">第{citedAnchor.replace('p-', '')}段</a>，原句已用黄色标出。
        </div>
      )}
      <SourceMetadata source={source} />
      <h2 className="mt-8 mb-3 text-2xl font-bold">正文</h2>
      <p className="mb-4 text-sm text-muted">每段前的编号可链接到该段；引用本平台数据时请同时核对原句。</p>
      <ol className="space-y-4">
        {source.passages.map((passage) => (
          <li key={passage.id} id={passage.anchor} className="passage grid grid-cols-[2.5rem_1fr] gap-2 scroll-mt-4">
            <a href={`#${passage.anchor}`} className="text-sm text-muted underline" aria-label={`第${passage.position}段`}>
              ¶{passage.position}
            </a>
            <p>
              <PassageText text={passage.text} highlight={cited?.passageId === passage.id ? cited.quote : null} />
            </p>
          </li>
        ))}
      </ol>
      <details className="mt-8 border-t border-rule pt-4">
        <summary className="cursor-pointer font-bold text-brand">原始文本（收到时的样子）</summary>
        <div className="mt-3 space-y-2">
          <p>
            原始文本为繁体中文，部分汉字后带有括号拼音注音，文末有网页的栏目链接文字。正文已去除这些内容并转换为简体；原始文本按收到时原样保存，供核对。
          </p>
          <p>
            <Link href={`/sources/${source.id}/raw`} className="text-brand underline" prefetch={false}>
              下载原始文本（纯文本，UTF-8）
            </Link>
          </p>
        </div>
      </details>
    </PageContainer>
  );
}
