import type { Metadata } from 'next';
import { FigureTable } from '@/components/figures/figure-table';
import { PublicPage } from '@/components/layout/public-page';
import { DownloadLinks } from '@/components/ui/download-links';
import { fetchFigureList } from '@/lib/data/figures';
import { pickMessages } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { dataDownloadHref } from '@/lib/links';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, '/figures');
  return { title: pickMessages(i18n.lang, figureDetailMessages).indexTitle };
}

/** Every figure in one table: each links to its page and its sentence. */
export default async function FiguresPage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, '/figures');
  const m = pickMessages(i18n.lang, figureDetailMessages);
  const figures = i18n.localise(await fetchFigureList());
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.indexTitle}</h1>
      <p className="mb-4 max-w-3xl">{m.indexIntro}</p>
      <DownloadLinks
        label={m.indexDownload}
        hrefFor={(format) => dataDownloadHref('figures', format)}
        testId="downloads"
      />
      <FigureTable caption={m.indexTitle} figures={figures} i18n={i18n} />
    </PublicPage>
  );
}
