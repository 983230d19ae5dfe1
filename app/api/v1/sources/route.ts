import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, parseQuery, preflight } from '@/lib/api/respond';
import { fetchSourceRows } from '@/lib/data/open-data';
import { sourceRow } from '@/lib/open-data/rows';
import { sourceListSchema } from '@/lib/validations/api';

export async function GET(request: Request) {
  const query = parseQuery(request, sourceListSchema);
  if (!query.ok) return query.response;
  const [rows, meta] = await Promise.all([fetchSourceRows(query.data), dataMeta()]);
  return jsonResponse(request, { meta: { ...meta, total: rows.length }, data: rows.map(sourceRow) });
}

export const OPTIONS = preflight;
