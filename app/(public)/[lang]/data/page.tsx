import type { Metadata } from 'next';
import { FieldTable } from '@/components/open-data/field-table';
import { PublicPage } from '@/components/layout/public-page';
import { fetchLastUpdated } from '@/lib/data/revisions';
import { SECTORS, STATUSES } from '@/lib/domain/codelists';
import { TOWN_SOURCE } from '@/lib/domain/towns';
import { formatDateTime } from '@/lib/domain/date-time';
import { localiseInterface } from '@/lib/i18n/convert';
import { pickMessages } from '@/lib/i18n/messages';
import { openDataMessages } from '@/lib/i18n/messages/open-data';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { DATASET_IDS, DATASETS } from '@/lib/open-data/fields';
import { LICENCE } from '@/lib/open-data/licence';
import { OC4IDS_ID_PREFIX, OC4IDS_SECTOR, OC4IDS_STATUS } from '@/lib/open-data/oc4ids';
import { punctuation } from '@/lib/i18n/typography';
import { dataDownloadHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, '/data');
  return { title: pickMessages(i18n.lang, openDataMessages).title };
}

export default async function OpenDataPage({ params }: { params: Promise<LangParams> }) {
  const [i18n, updated] = await Promise.all([pageI18n(params, '/data'), fetchLastUpdated()]);
  const m = pickMessages(i18n.lang, openDataMessages);
  const en = i18n.lang === 'en';
  const label = (l: { zh: string; en: string }) => (en ? l.en : localiseInterface(l.zh, i18n.lang));
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-2 max-w-3xl">{m.intro}</p>
      {updated && (
        <p className="mb-6">
          {m.updated}
          <time dateTime={updated.toISOString()}>{formatDateTime(updated, i18n.lang)}</time>
        </p>
      )}
      <p className="mb-2 max-w-3xl">{m.csvNote}</p>
      <p className="mb-6 max-w-3xl">{m.filtersNote}</p>
      {DATASET_IDS.map((id) => {
        const dataset = DATASETS[id];
        const name = en ? dataset.en : dataset.zh;
        return (
          <section key={id} aria-labelledby={`dataset-${id}`} className="mb-10">
            <h2 id={`dataset-${id}`} className="mb-2 text-2xl font-bold">
              {name}
            </h2>
            <p className="mb-2">{en ? dataset.descriptionEn : dataset.descriptionZh}</p>
            <p className="mb-3 flex gap-4">
              <TextLink href={dataDownloadHref(id, 'csv')} download>
                {m.csv}
                <span className="sr-only">
                  {punctuation(i18n.lang).colon}
                  {name}
                </span>
              </TextLink>
              <TextLink href={dataDownloadHref(id, 'json')} download>
                {m.json}
                <span className="sr-only">
                  {punctuation(i18n.lang).colon}
                  {name}
                </span>
              </TextLink>
            </p>
            <FieldTable dataset={dataset} lang={i18n.lang} />
          </section>
        );
      })}
      <section aria-labelledby="dictionary" className="mb-10">
        <h2 id="dictionary" className="mb-2 text-2xl font-bold">
          {m.dictionary}
        </h2>
        <p>
          <TextLink href="/data/dictionary.csv" download>
            dictionary.csv
          </TextLink>{' '}
          — {m.dictionaryNote}
        </p>
      </section>
      <section aria-labelledby="oc4ids" className="mb-10">
        <h2 id="oc4ids" className="mb-2 text-2xl font-bold">
          {m.oc4ids}
        </h2>
        <p className="mb-2">
          {m.oc4idsIntro}{' '}
          <TextLink href="/data/oc4ids.json" download>
            oc4ids.json
          </TextLink>
        </p>
        <p className="mb-3">{m.oc4idsPrefix(OC4IDS_ID_PREFIX)}</p>
        <h3 className="font-bold">{m.statusMap}</h3>
        <ul className="mb-3 list-disc pl-6">
          {Object.entries(STATUSES).map(([code, l]) => (
            <li key={code}>
              <code>{code}</code> {label(l)} → {OC4IDS_STATUS[code as keyof typeof STATUSES] ?? m.omitted}
            </li>
          ))}
        </ul>
        <h3 className="font-bold">{m.sectorMap}</h3>
        <ul className="list-disc pl-6">
          {Object.entries(SECTORS).map(([code, l]) => (
            <li key={code}>
              <code>{code}</code> {label(l)} → {OC4IDS_SECTOR[code as keyof typeof SECTORS] ?? m.omitted}
            </li>
          ))}
        </ul>
        <h3 className="mt-3 font-bold">{m.townMap}</h3>
        <p className="max-w-3xl">{m.townMapText(TOWN_SOURCE.region)}</p>
      </section>
      <section aria-labelledby="licence" className="mb-10">
        <h2 id="licence" className="mb-2 text-2xl font-bold">
          {m.licence}
        </h2>
        <p className="mb-2">
          {m.licenceText} <TextLink href={LICENCE.url}>{LICENCE.name}</TextLink>
        </p>
        <p>{m.licenceSources}</p>
      </section>
      <section aria-labelledby="api">
        <h2 id="api" className="mb-2 text-2xl font-bold">
          {m.api}
        </h2>
        <p>
          {m.apiText} <TextLink href={i18n.href('/api')}>{m.apiLink}</TextLink>
        </p>
      </section>
    </PublicPage>
  );
}
