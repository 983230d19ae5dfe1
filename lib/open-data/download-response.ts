import 'server-only';
import { dataMeta } from '@/lib/api/meta';
import { CORS_HEADERS } from '@/lib/api/cors.mts';
import { fetchDataRevision } from '@/lib/data/data-version';
import { isNotModified, REVALIDATED_PUBLICLY, type Validators } from '@/lib/http/conditional';
import { fileResponse } from '@/lib/http/file-response';
import { downloadBody, downloadContentType, downloadFileName, type ExportFilters } from '@/lib/open-data/download-body';
import { entityTag, openCachedFile, type CacheEntry } from '@/lib/open-data/download-cache';
import type { DownloadFile } from '@/lib/validations/downloads';
import { DEFAULT_PAGE_SIZE, projectFiltersQuery } from '@/lib/validations/project-filters';

const DOWNLOAD_CORS = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, If-Range, Range',
  'Access-Control-Expose-Headers': 'ETag, Content-Disposition, Content-Range, Accept-Ranges, X-Data-Updated-At',
};

/** The answer to a CORS preflight: other sites may read downloads with conditional and range requests. */
export function downloadPreflight(): Response {
  return new Response(null, { status: 204, headers: DOWNLOAD_CORS });
}

/** The filters in one canonical order, without paging (a download has every matching row); null when none. */
function filterKey(filters: ExportFilters | undefined): string | null {
  const query = filters ? projectFiltersQuery({ ...filters, page: 1, pageSize: DEFAULT_PAGE_SIZE }) : '';
  return query === '' ? null : query;
}

/**
 * GET and HEAD of a /data download: 304 when the client's copy is current (checked before
 * anything is generated), else the kept file — generated first if this data version has none —
 * whole or as one byte range.
 */
export async function downloadResponse(
  request: Request,
  file: DownloadFile,
  filters?: ExportFilters,
): Promise<Response> {
  const [revision, meta] = await Promise.all([fetchDataRevision(), dataMeta()]);
  const entry: CacheEntry = { revision, file, filterKey: filterKey(filters) };
  const lastModified = meta.dataUpdatedAt ? new Date(meta.dataUpdatedAt) : null;
  const validators: Validators = { etag: entityTag(entry), lastModified };
  const headers = {
    ...DOWNLOAD_CORS,
    'Content-Type': downloadContentType(file),
    'Content-Disposition': `attachment; filename="${downloadFileName(file, meta.dataUpdatedAt)}"`,
    'Cache-Control': REVALIDATED_PUBLICLY,
    ...(lastModified && { 'Last-Modified': lastModified.toUTCString(), 'X-Data-Updated-At': meta.dataUpdatedAt! }),
  };
  if (isNotModified(request.headers, validators))
    return new Response(null, { status: 304, headers: { ...headers, ETag: validators.etag } });
  const handle = await openCachedFile(entry, () => downloadBody(file, meta, filters));
  return fileResponse(request, handle, validators, headers);
}
