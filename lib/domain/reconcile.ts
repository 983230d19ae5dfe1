/**
 * Reported totals and sums of itemised rows are shown side by side, never mixed.
 * This describes only what is itemised and says how much of it is known.
 */
export type ItemisedSummary = {
  /** Projects listed by name in the portal. */
  itemisedCount: number;
  /** Of those, how many have a published total investment. */
  withInvestmentCount: number;
  /** Sum of the published total investments, in 万元; null when none is published (not zero). */
  investmentSum: number | null;
};

export function itemisedSummary(counts: {
  itemised: number;
  withInvestment: number;
  sum: number | null;
}): ItemisedSummary {
  return {
    itemisedCount: counts.itemised,
    withInvestmentCount: counts.withInvestment,
    investmentSum: counts.withInvestment === 0 ? null : (counts.sum ?? 0),
  };
}

/** The same summary computed from itemised rows (exports and independent checks). */
export function summariseItemised(projects: { totalInvestment: number | null }[]): ItemisedSummary {
  const known = projects.map((p) => p.totalInvestment).filter((value): value is number => value !== null);
  return itemisedSummary({
    itemised: projects.length,
    withInvestment: known.length,
    sum: known.reduce((total, value) => total + value, 0),
  });
}
