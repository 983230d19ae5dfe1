import type { Metadata } from 'next';
import { PublicPage } from '@/components/layout/public-page';
import { openApiDocument } from '@/lib/api/openapi';
import { pickMessages } from '@/lib/i18n/messages';
import { apiDocsMessages } from '@/lib/i18n/messages/api-docs';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { siteUrl } from '@/lib/site-url.mts';
import { punctuation } from '@/lib/i18n/typography';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, '/api');
  return { title: pickMessages(i18n.lang, apiDocsMessages).title };
}

type Parameter = { name: string; in: string; description?: string; schema: { enum?: unknown[]; default?: unknown; maximum?: number } };

// Examples that return data from the shipped sources.
const EXAMPLES: Record<string, string> = {
  '/projects': '/api/v1/projects?sector=industry&sort=name&page=1&pageSize=20',
  '/figures': '/api/v1/figures?measure=keyProjects2023.projectCount',
  '/figures/{key}': '/api/v1/figures/launch2023.totalInvestment',
};

/** Human documentation of the API, rendered from the same OpenAPI document the API serves. */
export default async function ApiPage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, '/api');
  const m = pickMessages(i18n.lang, apiDocsMessages);
  const doc = openApiDocument(siteUrl().toString());
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
        <a href="/api/v1/openapi.json" className="text-brand underline">{m.openapi}</a>
      </p>
      <h2 className="mb-4 text-2xl font-bold">{m.endpoints}</h2>
      {Object.entries(doc.paths).map(([path, { get }]) => {
        const query = (get.parameters as Parameter[]).filter((p) => p.in === 'query');
        return (
          <section key={path} aria-labelledby={`endpoint-${path}`} className="mb-8">
            <h3 id={`endpoint-${path}`} className="font-bold">
              <code>GET /api/v1{path}</code> — {get.summary}
            </h3>
            {EXAMPLES[path] && (
              <p className="text-sm">
                {m.example}{punctuation(i18n.lang).colon}<a href={EXAMPLES[path]} className="break-all text-brand underline">{EXAMPLES[path]}</a>
              </p>
            )}
            {query.length === 0 ? (
              <p className="text-sm text-muted">{m.noParameters}</p>
            ) : (
              <table className="mt-2 w-full border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-1 pr-2">{m.parameter}</th>
                    <th scope="col" className="py-1 pr-2">{m.description}</th>
                    <th scope="col" className="py-1">{m.values}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.map((p) => (
                    <tr key={p.name} className="border-b border-rule align-top">
                      <th scope="row" className="py-1 pr-2 font-normal"><code>{p.name}</code></th>
                      <td className="py-1 pr-2">{p.description}</td>
                      <td className="py-1 break-words">
                        {p.schema.enum ? p.schema.enum.join(' | ') : ''}
                        {p.schema.default !== undefined ? ` (default ${String(p.schema.default)})` : ''}
                        {p.schema.maximum !== undefined ? ` (max ${p.schema.maximum})` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </PublicPage>
  );
}
