import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, parseQuery, preflight } from '@/lib/api/respond';
import { fetchSetRows } from '@/lib/data/open-data';
import { setRow } from '@/lib/open-data/rows';
import { setListSchema } from '@/lib/validations/api';

export async function GET(request: Request) {
  const query = parseQuery(request, setListSchema);
  if (!query.ok) return query.response;
  const [rows, meta] = await Promise.all([fetchSetRows(query.data), dataMeta()]);
  return jsonResponse(request, { meta: { ...meta, total: rows.length }, data: rows.map(setRow) });
}

export const OPTIONS = preflight;
