import { cachedRead } from '@/lib/cache/cached-read';
import { fetchLastUpdated, fetchRecentPublicChanges } from '@/lib/data/revisions';
import { atomFeed, atomResponse } from '@/lib/feeds/atom';
import { siteUrl } from '@/lib/site-url.mts';

const FEED_SIZE = 50;

/** Written once per data version: the cache is expired by every write. */
const readSiteFeed = cachedRead('site-feed', async () => {
  const [changes, updated] = await Promise.all([fetchRecentPublicChanges(FEED_SIZE), fetchLastUpdated()]);
  const site = siteUrl();
  const self = new URL('/feed.xml', site).toString();
  return atomFeed({
    id: self,
    title: '长清区重点项目公开平台：更新记录',
    selfUrl: self,
    pageUrl: new URL('/changes', site).toString(),
    siteUrl: site,
    changes,
    updated,
  });
});

/** The whole site's changes, newest first. */
export async function GET() {
  return atomResponse(await readSiteFeed());
}
