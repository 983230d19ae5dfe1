import { z } from 'zod';
import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, notFound, parseQuery } from '@/lib/api/respond';
import { fetchSearchDownload } from '@/lib/data/search';
import { BOM, csvLine } from '@/lib/open-data/csv';
import { SEARCH_DOWNLOAD_CAP, SEARCH_DOWNLOAD_KEYS } from '@/lib/search/search-download';
import { strictParams } from '@/lib/validations/query-params';
import { searchApiFields } from '@/lib/validations/search';
import type { WithParams } from '@/lib/validations/params';

const fileSchema = z.enum(['results.csv', 'results.json']);
const querySchema = strictParams({ q: searchApiFields.q });

/**
 * /search/results.csv|json?q=: the results of the same search as /search (a file, so not
 * rewritten onto a language segment), capped per kind; the JSON's meta states the cap and each
 * kind's count. A bad file name is a 404, a missing q a 400 naming it.
 */
export async function GET(request: Request, { params }: WithParams<{ file: string }>) {
  const file = fileSchema.safeParse((await params).file);
  if (!file.success) return notFound(request, 'download');
  const query = parseQuery(request, querySchema);
  if (!query.ok) return query.response;
  const [{ q, groups, rows }, meta] = await Promise.all([fetchSearchDownload(query.data.q), dataMeta()]);
  if (file.data === 'results.json')
    return jsonResponse(request, { meta: { ...meta, q, capPerKind: SEARCH_DOWNLOAD_CAP, groups }, data: rows });
  const csv =
    BOM +
    csvLine([...SEARCH_DOWNLOAD_KEYS]) +
    rows.map((row) => csvLine(SEARCH_DOWNLOAD_KEYS.map((key) => row[key]))).join('');
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="search-results.csv"',
    },
  });
}
