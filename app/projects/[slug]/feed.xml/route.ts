import { fetchProjectRecord } from '@/lib/data/projects';
import { fetchEntityHistory } from '@/lib/data/revisions';
import { atomFeed, atomResponse } from '@/lib/feeds/atom';
import { projectHref } from '@/lib/links';
import { siteUrl } from '@/lib/site-url';
import { slugSchema } from '@/lib/validations/api';

/** One project's changes, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  const project = slug.success ? await fetchProjectRecord(slug.data) : null;
  if (!slug.success || !project) return new Response('未找到该项目。\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const changes = await fetchEntityHistory('project', slug.data);
  const site = siteUrl();
  const self = new URL(`${projectHref(slug.data)}/feed.xml`, site).toString();
  return atomResponse(
    atomFeed({ id: self, title: `${project.name}：更新记录`, selfUrl: self, pageUrl: new URL(projectHref(slug.data), site).toString(), siteUrl: site, changes, updated: changes[0]?.at ?? null }),
  );
}
