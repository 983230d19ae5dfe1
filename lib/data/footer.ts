import 'server-only';
import { cachedRead } from '@/lib/cache/cached-read';
import { fetchLatestFigureDate } from '@/lib/data/figures';
import { fetchLastUpdated } from '@/lib/data/revisions';
import { fetchSourceSummaries } from '@/lib/data/sources';

/** What every public page's footer shows: read once, kept until the data changes. */
export const fetchFooterData = cachedRead('footer', async () => {
  const [asOf, updated, sources] = await Promise.all([
    fetchLatestFigureDate(),
    fetchLastUpdated(),
    fetchSourceSummaries(),
  ]);
  return { asOf, updated, sources };
});
