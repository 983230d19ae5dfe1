import { cachedRead } from '@/lib/cache/cached-read';
import { fetchProjectRecord } from '@/lib/data/projects';
import { fetchEntityHistory } from '@/lib/data/revisions';
import { atomFeed, atomResponse } from '@/lib/feeds/atom';
import { projectFeedHref, projectHref } from '@/lib/links';
import { siteUrl } from '@/lib/site-url.mts';
import { parseSlug, type WithParams } from '@/lib/validations/params';

/** One project's feed, written once per data version (null: no such published project). */
const readProjectFeed = cachedRead('project-feed', async (slug: string) => {
  const project = await fetchProjectRecord(slug);
  if (!project) return null;
  const changes = await fetchEntityHistory('project', slug);
  const site = siteUrl();
  const self = new URL(projectFeedHref(slug), site).toString();
  return atomFeed({
    id: self,
    title: `${project.name}：更新记录`,
    selfUrl: self,
    pageUrl: new URL(projectHref(slug), site).toString(),
    siteUrl: site,
    changes,
    updated: changes[0]?.at ?? null,
  });
});

/** One project's changes, newest first. */
export async function GET(_request: Request, { params }: WithParams<{ slug: string }>) {
  const slug = parseSlug((await params).slug);
  const feed = slug === null ? null : await readProjectFeed(slug);
  if (!feed)
    return new Response('未找到该项目。\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return atomResponse(feed);
}
