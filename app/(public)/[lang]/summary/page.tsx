import type { Metadata } from 'next';
import { PublicPage } from '@/components/layout/public-page';
import { SummaryChart } from '@/components/summary/summary-chart';
import { fetchFiguresByKeys } from '@/lib/data/figures';
import { SUMMARY_FIGURE_KEYS, SUMMARY_SECTIONS } from '@/lib/domain/summary-charts';
import { SUMMARY_HREF } from '@/lib/links';
import { pickMessages } from '@/lib/i18n/messages';
import { summaryMessages } from '@/lib/i18n/messages/summary';
import { pageI18n, type LangParams } from '@/lib/i18n/server';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, SUMMARY_HREF);
  return { title: pickMessages(i18n.lang, summaryMessages).title };
}

/** Plan against result, the year-end composition and 2023 against 2024, as charts with their tables. */
export default async function SummaryPage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, SUMMARY_HREF);
  const m = pickMessages(i18n.lang, summaryMessages);
  const figures = i18n.localise(await fetchFiguresByKeys(SUMMARY_FIGURE_KEYS));
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-6 max-w-3xl">{m.intro}</p>
      {SUMMARY_SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`summary-${section.id}`} className="mt-10">
          <h2 id={`summary-${section.id}`} className="mb-2 text-2xl font-bold">
            {m.sections[section.id].heading}
          </h2>
          <p className="max-w-3xl">{m.sections[section.id].note}</p>
          {section.charts.map((chart) => (
            <SummaryChart key={chart.id} chart={chart} figures={figures} i18n={i18n} />
          ))}
        </section>
      ))}
    </PublicPage>
  );
}
