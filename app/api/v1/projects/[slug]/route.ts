import { dataMeta } from '@/lib/api/meta';
import { jsonResponse, notFound, parsePathParam, preflight } from '@/lib/api/respond';
import { fetchProjectRecord } from '@/lib/data/projects';
import { projectRow } from '@/lib/open-data/rows';
import { slugParam, type WithParams } from '@/lib/validations/params';

export async function GET(request: Request, { params }: WithParams<{ slug: string }>) {
  const slug = parsePathParam(request, 'slug', (await params).slug, slugParam);
  if (!slug.ok) return slug.response;
  const [project, meta] = await Promise.all([fetchProjectRecord(slug.data), dataMeta()]);
  if (!project) return notFound(request, `project ${slug.data}`);
  return jsonResponse(request, { meta, data: projectRow(project) });
}

export const OPTIONS = preflight;
