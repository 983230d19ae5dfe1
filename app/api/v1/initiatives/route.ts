import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, parseQuery, preflight } from '@/lib/api/respond';
import { fetchInitiativeRows } from '@/lib/data/open-data';
import { initiativeRow } from '@/lib/open-data/rows';
import { initiativeListSchema } from '@/lib/validations/api';

export async function GET(request: Request) {
  const query = parseQuery(request, initiativeListSchema);
  if (!query.ok) return query.response;
  const [rows, meta] = await Promise.all([fetchInitiativeRows(query.data), dataMeta()]);
  return jsonResponse(request, { meta: { ...meta, total: rows.length }, data: rows.map(initiativeRow) });
}

export const OPTIONS = preflight;
