import type { Metadata } from 'next';
import { PublicPage } from '@/components/layout/public-page';
import { DataTable } from '@/components/ui/data-table';
import { apiEndpointDocs } from '@/lib/api/api-docs';
import { pickMessages } from '@/lib/i18n/messages';
import { apiDocsMessages } from '@/lib/i18n/messages/api-docs';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { siteUrl } from '@/lib/site-url.mts';
import { punctuation } from '@/lib/i18n/typography';
import { TextLink } from '@/components/ui/text-link';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, '/api');
  return { title: pickMessages(i18n.lang, apiDocsMessages).title };
}

/** Human documentation of the API, rendered from the same OpenAPI document the API serves (lib/api/api-docs.ts). */
export default async function ApiPage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, '/api');
  const m = pickMessages(i18n.lang, apiDocsMessages);
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-3 max-w-3xl">{m.intro}</p>
      <ul className="mb-4 list-disc pl-6">
        {m.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p className="mb-8">
        <TextLink href="/api/v1/openapi.json">{m.openapi}</TextLink>
      </p>
      <h2 className="mb-4 text-2xl font-bold">{m.endpoints}</h2>
      {apiEndpointDocs(i18n.lang, siteUrl().toString()).map(({ path, summary, example, parameters }) => (
        <section key={path} aria-labelledby={`endpoint-${path}`} className="mb-8">
          <h3 id={`endpoint-${path}`} className="font-bold">
            <code>GET /api/v1{path}</code> — {summary}
          </h3>
          {example && (
            <p className="text-sm">
              {m.example}
              {punctuation(i18n.lang).colon}
              <TextLink href={example} className="break-all">
                {example}
              </TextLink>
            </p>
          )}
          {parameters.length === 0 ? (
            <p className="text-sm text-muted">{m.noParameters}</p>
          ) : (
            <DataTable
              caption={`GET /api/v1${path}`}
              columns={[{ label: m.parameter }, { label: m.description }, { label: m.values }]}
              rows={parameters.map((p) => ({
                key: p.name,
                cells: [<code key="name">{p.name}</code>, p.description, p.values],
              }))}
              className="mt-2 text-sm"
            />
          )}
        </section>
      ))}
    </PublicPage>
  );
}
