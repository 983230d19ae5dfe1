import { z } from 'zod';
import { DATASETS, type DatasetId } from '@/lib/open-data/fields';
import { LICENCE } from '@/lib/open-data/licence';
import { figureListFields, initiativeListFields, setListFields, sourceListFields } from '@/lib/validations/api';
import { slugParam, figureKeySchema } from '@/lib/validations/params';
import { projectFilterFields } from '@/lib/validations/project-filters';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { searchApiFields } from '@/lib/validations/search';

/** OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the routes parse with. */

type Shape = Record<string, z.ZodType>;

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

function queryParameters(shape: Shape) {
  return Object.entries(shape).map(([name, schema]) => {
    const { $schema: _ignored, description, ...rest } = jsonSchema(schema);
    return { name, in: 'query', required: false, description, schema: rest };
  });
}

function pathParameter(name: string, schema: z.ZodType) {
  const { $schema: _ignored, ...rest } = jsonSchema(schema);
  return { name, in: 'path', required: true, schema: rest };
}

function rowSchema(id: DatasetId) {
  const properties = Object.fromEntries(
    DATASETS[id].fields.map((field) => [
      field.key,
      {
        description: `${field.en} — ${field.zh}. ${field.meaningEn}${field.unit === 'wanYuan' ? ' (10,000 yuan)' : ''}`,
        ...(field.codelist ? { enum: [...Object.keys(field.codelist), null] } : {}),
      },
    ]),
  );
  return { type: 'object', properties };
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const ok = (schema: object) => ({
  description: 'OK (with ETag; send If-None-Match to get 304 Not Modified)',
  headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
  content: {
    'application/json': {
      schema: { type: 'object', properties: { meta: { $ref: '#/components/schemas/Meta' }, data: schema } },
    },
  },
});

function listPath(id: DatasetId, fields: Shape, summary: string) {
  return {
    get: {
      summary,
      parameters: queryParameters(fields),
      responses: {
        200: ok({ type: 'array', items: { $ref: `#/components/schemas/${id}` } }),
        400: errorResponse('A parameter is invalid; the error names it'),
      },
    },
  };
}

function itemPath(id: DatasetId, name: string, schema: z.ZodType, summary: string) {
  return {
    get: {
      summary,
      parameters: [pathParameter(name, schema)],
      responses: {
        200: ok({ $ref: `#/components/schemas/${id}` }),
        400: errorResponse('The identifier is malformed'),
        404: errorResponse('No such item'),
      },
    },
  };
}

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Changqing District key projects — open data API',
      version: '1.0.0',
      description:
        'Read-only JSON of the portal’s projects, sets, figures, initiatives and sources. Money is whole 万元 (10,000 yuan); null means not published. CORS is open for GET.',
      license: { name: LICENCE.name, identifier: LICENCE.id },
    },
    servers: [{ url: new URL('/api/v1', serverUrl).toString() }],
    paths: {
      '/projects': listPath('projects', projectFilterFields, 'Projects, filtered and paginated'),
      '/search': {
        get: {
          summary: 'Search projects, enterprises, sets, initiatives, figures and source sentences (grouped)',
          parameters: queryParameters(searchApiFields),
          responses: {
            200: ok({ type: 'array', items: { $ref: '#/components/schemas/SearchGroup' } }),
            400: errorResponse('A parameter is invalid; the error names it'),
          },
        },
      },
      '/projects/{slug}': itemPath('projects', 'slug', slugParam, 'One project'),
      '/sets': listPath('sets', setListFields, 'Sets'),
      '/sets/{id}': itemPath('sets', 'id', slugParam, 'One set'),
      '/figures': listPath('figures', figureListFields, 'Figures'),
      '/figures/{key}': itemPath('figures', 'key', figureKeySchema, 'One figure'),
      '/initiatives': listPath('initiatives', initiativeListFields, 'Initiatives'),
      '/initiatives/{id}': itemPath('initiatives', 'id', slugParam, 'One initiative'),
      '/sources': listPath('sources', sourceListFields, 'Sources'),
      '/sources/{id}': itemPath('sources', 'id', slugParam, 'One source'),
    },
    components: {
      schemas: {
        SearchGroup: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: [...SEARCH_KINDS] },
            total: {
              type: 'integer',
              description: 'Matches in this group (capped; atLeast is true when the cap was reached)',
            },
            atLeast: { type: 'boolean' },
            hits: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  kind: { type: 'string' },
                  ref: { type: 'string' },
                  title: { type: 'string' },
                  href: { type: 'string', description: 'Portal path of the item' },
                },
              },
            },
          },
        },
        Meta: {
          type: 'object',
          properties: {
            dataUpdatedAt: { type: ['string', 'null'], format: 'date-time' },
            licence: { type: 'string' },
            total: { type: 'integer' },
            atLeast: {
              type: 'boolean',
              description:
                'projects: true when the keyword q matched more than total projects (matches are counted, and paged, up to 1000)',
            },
            page: { type: 'integer' },
            pageSize: { type: 'integer' },
            pageCount: { type: 'integer' },
          },
        },
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              required: ['status', 'code', 'message'],
              properties: {
                status: { type: 'integer' },
                code: { enum: ['invalidParameter', 'notFound'] },
                message: { type: 'string' },
                parameter: { type: 'string' },
              },
            },
          },
        },
        projects: rowSchema('projects'),
        sets: rowSchema('sets'),
        figures: rowSchema('figures'),
        initiatives: rowSchema('initiatives'),
        sources: rowSchema('sources'),
      },
    },
  };
}
