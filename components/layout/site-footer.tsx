import Link from 'next/link';
import { fetchLatestFigureDate } from '@/lib/data/figures';
import { fetchSourceSummaries } from '@/lib/data/sources';
import { formatDateZh } from '@/lib/domain/format';
import { sourceHref } from '@/lib/links';

export async function SiteFooter() {
  const [asOf, sources] = await Promise.all([fetchLatestFigureDate(), fetchSourceSummaries()]);
  return (
    <footer className="mt-12 border-t-4 border-brand bg-[#f3f2f1] text-sm">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6">
        <p>数据截至：{asOf ? formatDateZh(asOf) : '尚无数据'}</p>
        {sources.length > 0 && (
          <p>
            数据来源：
            {sources.map((source, index) => (
              <span key={source.id}>
                {index > 0 && '；'}
                <Link href={sourceHref(source.id)} className="text-brand underline">
                  {source.title}
                </Link>
              </span>
            ))}
          </p>
        )}
        <p className="text-muted">本平台只公布来源中有据可查的信息；来源未公布的内容标为“未公开”。</p>
      </div>
    </footer>
  );
}
