import { dataMeta } from '@/lib/api/meta';
import { badParameter, CORS_HEADERS, notFound } from '@/lib/api/respond';
import { datasetRows } from '@/lib/open-data/dataset-rows';
import { csvStream, jsonStream } from '@/lib/open-data/csv';
import { dictionaryCsv } from '@/lib/open-data/dictionary';
import { DATASETS, type DatasetId } from '@/lib/open-data/fields';
import { oc4idsPackageForAll } from '@/lib/open-data/oc4ids-package';
import { siteUrl } from '@/lib/site-url';
import { downloadFileSchema } from '@/lib/validations/downloads';
import { projectFiltersStrictSchema } from '@/lib/validations/project-filters';
import { searchParamsRecord } from '@/lib/validations/query-params';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

/** Downloads of /data: streamed CSV (UTF-8 with BOM) and JSON; project downloads take the listing's filters. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = downloadFileSchema.safeParse((await params).file);
  if (!file.success) return notFound(request, 'download');
  const meta = await dataMeta();
  const stamp = (meta.dataUpdatedAt ?? '').slice(0, 10).replaceAll('-', '');
  const headers = (name: string, type: string) => ({
    ...CORS_HEADERS,
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'public, max-age=60',
    ...(meta.dataUpdatedAt && { 'Last-Modified': new Date(meta.dataUpdatedAt).toUTCString(), 'X-Data-Updated-At': meta.dataUpdatedAt }),
  });

  if (file.data === 'dictionary.csv') return new Response(dictionaryCsv(meta.dataUpdatedAt), { headers: headers(`dictionary-${stamp}.csv`, TYPES.csv) });
  if (file.data === 'oc4ids.json') {
    const body = await oc4idsPackageForAll(new URL('/data/oc4ids.json', siteUrl()).toString());
    return new Response(JSON.stringify(body, null, 2), { headers: headers(`oc4ids-changqing-${stamp}.json`, TYPES.json) });
  }

  const [dataset, format] = file.data.split('.') as [DatasetId, 'csv' | 'json'];
  let filters;
  if (dataset === 'projects') {
    const parsed = projectFiltersStrictSchema.safeParse(searchParamsRecord(new URL(request.url).searchParams));
    if (!parsed.success) return badParameter(request, String(parsed.error.issues[0].path[0]), parsed.error.issues[0].message);
    filters = parsed.data;
  }
  const rows = datasetRows(dataset, filters);
  const keys = DATASETS[dataset].fields.map((field) => field.key);
  const body = format === 'csv' ? csvStream(keys, rows) : jsonStream({ dataset, ...meta }, rows);
  return new Response(body, { headers: headers(`${dataset}-${stamp}.${format}`, TYPES[format]) });
}
