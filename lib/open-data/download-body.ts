import 'server-only';
import type { dataMeta } from '@/lib/api/meta';
import { csvStream, jsonStream } from '@/lib/open-data/csv';
import { datasetRows } from '@/lib/open-data/dataset-rows';
import { dictionaryCsv } from '@/lib/open-data/dictionary';
import { DATASETS, type DatasetId } from '@/lib/open-data/fields';
import { oc4idsPackageForAll } from '@/lib/open-data/oc4ids-package';
import { siteUrl } from '@/lib/site-url.mts';
import type { DownloadFile } from '@/lib/validations/downloads';
import type { ProjectFilters } from '@/lib/validations/project-filters';

/** What each download is made of; lib/open-data/download-cache.ts keeps the result. */

export type DataMeta = Awaited<ReturnType<typeof dataMeta>>;
export type ExportFilters = Omit<ProjectFilters, 'page' | 'pageSize'>;

export function downloadContentType(file: DownloadFile): string {
  return file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
}

/** The name a browser saves the file under: what it is and the day the data last changed. */
export function downloadFileName(file: DownloadFile, dataUpdatedAt: string | null): string {
  const stamp = (dataUpdatedAt ?? '').slice(0, 10).replaceAll('-', '');
  const [name, format] = file.split('.');
  return `${name === 'oc4ids' ? 'oc4ids-changqing' : name}-${stamp}.${format}`;
}

/**
 * The whole content of one download, read from the database: CSV (UTF-8 with BOM) or JSON, rows streamed in batches.
 */
export async function downloadBody(
  file: DownloadFile,
  meta: DataMeta,
  filters?: ExportFilters,
): Promise<ReadableStream<Uint8Array> | string> {
  if (file === 'dictionary.csv') return dictionaryCsv(meta.dataUpdatedAt);
  if (file === 'oc4ids.json')
    return JSON.stringify(await oc4idsPackageForAll(new URL('/data/oc4ids.json', siteUrl()).toString()), null, 2);
  const [dataset, format] = file.split('.') as [DatasetId, 'csv' | 'json'];
  const rows = datasetRows(dataset, filters);
  return format === 'csv'
    ? csvStream(
        DATASETS[dataset].fields.map((field) => field.key),
        rows,
      )
    : jsonStream({ dataset, ...meta }, rows);
}
