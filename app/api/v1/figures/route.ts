import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, parseQuery, preflight } from '@/lib/api/respond';
import { fetchFigureRows } from '@/lib/data/open-data';
import { figureRow } from '@/lib/open-data/rows';
import { figureListSchema } from '@/lib/validations/api';

export async function GET(request: Request) {
  const query = parseQuery(request, figureListSchema);
  if (!query.ok) return query.response;
  const [rows, meta] = await Promise.all([
    fetchFigureRows({ measure: query.data.measure, setId: query.data.set }),
    dataMeta(),
  ]);
  return jsonResponse(request, { meta: { ...meta, total: rows.length }, data: rows.map(figureRow) });
}

export const OPTIONS = preflight;
