import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, notFound, parsePathParam, preflight } from '@/lib/api/respond';
import { fetchInitiativeRows } from '@/lib/data/open-data';
import { initiativeRow } from '@/lib/open-data/rows';
import { slugParam, type WithParams } from '@/lib/validations/params';

export async function GET(request: Request, { params }: WithParams<{ id: string }>) {
  const id = parsePathParam(request, 'id', (await params).id, slugParam);
  if (!id.ok) return id.response;
  const [rows, meta] = await Promise.all([fetchInitiativeRows({ id: id.data }), dataMeta()]);
  if (rows.length === 0) return notFound(request, `initiative ${id.data}`);
  return jsonResponse(request, { meta, data: initiativeRow(rows[0]) });
}

export const OPTIONS = preflight;
