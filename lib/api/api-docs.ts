import { openApiDocument } from '@/lib/api/openapi';
import { localiseInterface } from '@/lib/i18n/convert';
import type { Lang } from '@/lib/i18n/locales';
import { API_PARAMETERS_ZH, API_SUMMARIES_ZH } from '@/lib/i18n/messages/api-parameters';

type Parameter = {
  name: string;
  in: string;
  description?: string;
  schema: { enum?: unknown[]; default?: unknown; maximum?: number };
};
type Words = { defaultValue: (value: string) => string; maximum: (value: number) => string };

/** Examples that return data from the shipped sources. */
const EXAMPLES: Record<string, string> = {
  '/projects': '/api/v1/projects?sector=industry&sort=name&page=1&pageSize=20',
  '/figures': '/api/v1/figures?measure=keyProjects2023.projectCount',
  '/figures/{key}': '/api/v1/figures/launch2023.totalInvestment',
};

const WORDS: Record<'zh' | 'en', Words> = {
  zh: { defaultValue: (value) => `（默认 ${value}）`, maximum: (value) => `（最多 ${value}）` },
  en: { defaultValue: (value) => ` (default ${value})`, maximum: (value) => ` (max ${value})` },
};

/**
 * The /api page's endpoints, read from the OpenAPI document the API serves: each summary and
 * query parameter in the reader's language (Chinese from lib/i18n/messages/api-parameters.ts,
 * English from the document), with the values a parameter takes.
 */
export function apiEndpointDocs(lang: Lang, serverUrl: string) {
  const zh = lang !== 'en';
  const words = WORDS[zh ? 'zh' : 'en'];
  const text = (value: string | undefined) => (zh && value !== undefined ? localiseInterface(value, lang) : value);
  return Object.entries(openApiDocument(serverUrl).paths).map(([path, { get }]) => ({
    path,
    summary: (zh ? text(API_SUMMARIES_ZH[path]) : undefined) ?? get.summary,
    example: EXAMPLES[path] ?? null,
    parameters: (get.parameters as Parameter[])
      .filter((parameter) => parameter.in === 'query')
      .map(({ name, description, schema }) => ({
        name,
        description: (zh ? text(API_PARAMETERS_ZH[path]?.[name]) : undefined) ?? description ?? '',
        values: [
          schema.enum ? schema.enum.join(' | ') : '',
          schema.default !== undefined ? words.defaultValue(String(schema.default)) : '',
          schema.maximum !== undefined ? words.maximum(schema.maximum) : '',
        ].join(''),
      })),
  }));
}
