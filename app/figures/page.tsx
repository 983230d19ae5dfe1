import type { Metadata } from 'next';
import { FigureTable } from '@/components/figures/figure-table';
import { PageContainer } from '@/components/ui/page-container';
import { fetchFigureList } from '@/lib/data/figures';
import { pickMessages } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const i18n = await getI18n();
  return { title: pickMessages(i18n.lang, figureDetailMessages).indexTitle };
}

/** Every figure in one table: each links to its page and its sentence. */
export default async function FiguresPage() {
  const i18n = await getI18n();
  const m = pickMessages(i18n.lang, figureDetailMessages);
  const figures = i18n.localise(await fetchFigureList());
  return (
    <PageContainer>
      <h1 className="mb-2 text-3xl font-bold">{m.indexTitle}</h1>
      <p className="mb-6 max-w-3xl">{m.indexIntro}</p>
      <FigureTable caption={m.indexTitle} figures={figures} i18n={i18n} />
    </PageContainer>
  );
}
