import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HistorySection } from '@/components/history/history-section';
import { InitiativeDetail } from '@/components/initiatives/initiative-detail';
import { translatedNameText } from '@/components/names/translated-name';
import { PublicPage } from '@/components/layout/public-page';
import { fetchInitiativeById } from '@/lib/data/initiatives';
import { pickMessages } from '@/lib/i18n/messages';
import { initiativeMessages } from '@/lib/i18n/messages/initiatives';
import type { LangParams } from '@/lib/i18n/server';
import { detailLoader, notFoundMetadata } from '@/lib/pages/detail-loader';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { parseSlug, type WithParams } from '@/lib/validations/params';

type Props = WithParams<LangParams & { id: string }>;

/**
 * /work-line/[id] and /areas/[id] are the same page over two halves of the initiatives: result
 * areas live under /areas only, everything else under /work-line only (one URL per item).
 */
export function initiativeRoute(section: 'work-line' | 'areas') {
  const belongs = (kind: string) => (kind === 'resultArea') === (section === 'areas');
  const load = detailLoader({
    path: (params: { lang: string; id: string }) => `/${section}/${encodeURIComponent(params.id)}`,
    id: (params) => parseSlug(params.id),
    read: async (id: string) => {
      const initiative = await fetchInitiativeById(id);
      return initiative && belongs(initiative.kind) ? initiative : null;
    },
  });

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { i18n, found: initiative } = await load(params);
    if (!initiative) return notFoundMetadata(i18n);
    return pageMetadata(i18n, {
      title: translatedNameText({ zh: i18n.localise(initiative.name), en: initiative.nameEn, lang: i18n.lang }),
      description: i18n.localise(initiative.quote ?? undefined),
    });
  }

  async function Page({ params }: Props) {
    const { i18n, found } = await load(params);
    if (!found) notFound();
    const m = pickMessages(i18n.lang, initiativeMessages);
    const label = section === 'areas' ? m.areas : m.workLine;
    return (
      <PublicPage i18n={i18n}>
        <InitiativeDetail
          initiative={i18n.localise(found)}
          i18n={i18n}
          section={{ label, href: i18n.href(`/${section}`) }}
        />
        <HistorySection entityType="initiative" entityId={found.id} i18n={i18n} />
      </PublicPage>
    );
  }

  return { generateMetadata, Page };
}
