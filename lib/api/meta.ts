import 'server-only';
import { fetchLastUpdated } from '@/lib/data/revisions';
import { LICENCE } from '@/lib/open-data/licence';

/** What every API answer and download says about itself: when the data last changed and under which terms. */
export async function dataMeta() {
  const updated = await fetchLastUpdated();
  return { dataUpdatedAt: updated?.toISOString() ?? null, licence: LICENCE.id, licenceUrl: LICENCE.url };
}
