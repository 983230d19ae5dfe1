import 'server-only';
import { cachedRead } from '@/lib/cache/cached-read';
import { fetchLastUpdated } from '@/lib/data/revisions';
import { LICENCE } from '@/lib/open-data/licence';

/** What every API answer and download says about itself: when the data last changed and under which terms. */
export const dataMeta = cachedRead('data-meta', async () => {
  const updated = await fetchLastUpdated();
  return { dataUpdatedAt: updated?.toISOString() ?? null, licence: LICENCE.id, licenceUrl: LICENCE.url };
});
