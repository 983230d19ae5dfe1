import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, parseQuery, preflight } from '@/lib/api/respond';
import { searchEverything } from '@/lib/data/search';
import { hrefOf } from '@/lib/search/present-hit';
import { strictParams } from '@/lib/validations/query-params';
import { searchApiFields } from '@/lib/validations/search';

const searchApiSchema = strictParams(searchApiFields);

/** The same search as /search, as JSON: q is required; type narrows to one group, paged. */
export async function GET(request: Request) {
  const query = parseQuery(request, searchApiSchema);
  if (!query.ok) return query.response;
  const [outcome, meta] = await Promise.all([searchEverything(query.data), dataMeta()]);
  const groups = outcome.groups.map((group) => ({
    kind: group.kind,
    total: group.total,
    atLeast: group.atLeast,
    hits: group.hits.map((hit) => ({ kind: hit.kind, ref: hit.ref, title: hit.title, href: hrefOf(hit) })),
  }));
  return jsonResponse(request, {
    meta: { ...meta, q: query.data.q, type: query.data.type ?? null, page: query.data.page },
    data: groups,
  });
}

export const OPTIONS = preflight;
