/** The ranks of a source's reliability: the report the portal is built on comes first. */
const RELIABILITY_RANK: Record<string, number> = { primary: 0, secondary: 1, mirror: 2 };

type Orderable = { id: string; reliability: string; publishedOn: string | null; mirrorDate: string | null };

/**
 * Sources as readers meet them: the primary report first, then the later reports (secondary,
 * then mirror copies), each in date order (publication date, else the copy's date), then by id.
 */
export function orderSources<T extends Orderable>(sources: readonly T[]): T[] {
  const rank = (s: T) => RELIABILITY_RANK[s.reliability] ?? Object.keys(RELIABILITY_RANK).length;
  const date = (s: T) => s.publishedOn ?? s.mirrorDate ?? '9999';
  return [...sources].sort((a, b) => rank(a) - rank(b) || date(a).localeCompare(date(b)) || a.id.localeCompare(b.id));
}
