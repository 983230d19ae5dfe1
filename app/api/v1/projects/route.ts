import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, parseQuery, preflight } from '@/lib/api/respond';
import { fetchProjectList } from '@/lib/data/projects';
import { projectHref } from '@/lib/links';
import { siteUrl } from '@/lib/site-url.mts';
import { projectFiltersStrictSchema } from '@/lib/validations/project-filters';

export async function GET(request: Request) {
  const query = parseQuery(request, projectFiltersStrictSchema);
  if (!query.ok) return query.response;
  const [list, meta] = await Promise.all([fetchProjectList(query.data), dataMeta()]);
  const { items, ...paging } = list;
  const data = items.map((item) => ({ ...item, url: new URL(projectHref(item.slug), siteUrl()).toString() }));
  return jsonResponse(request, { meta: { ...meta, ...paging }, data });
}

export const OPTIONS = preflight;
