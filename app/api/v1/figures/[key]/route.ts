import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, notFound, parsePathParam, preflight } from '@/lib/api/respond';
import { fetchFigureRows } from '@/lib/data/open-data';
import { figureRow } from '@/lib/open-data/rows';
import { figureKeySchema } from '@/lib/validations/params';

export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const key = parsePathParam(request, 'key', (await params).key, figureKeySchema);
  if (!key.ok) return key.response;
  const [rows, meta] = await Promise.all([fetchFigureRows({ key: key.data }), dataMeta()]);
  if (rows.length === 0) return notFound(request, `figure ${key.data}`);
  return jsonResponse(request, { meta, data: figureRow(rows[0]) });
}

export const OPTIONS = preflight;
