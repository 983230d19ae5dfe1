/**
 * Reported totals and sums of itemised rows are shown side by side, never mixed.
 * This sums only what is itemised and says how much of it is known.
 */
export type ItemisedSummary = {
  /** Projects listed by name in the portal. */
  itemisedCount: number;
  /** Of those, how many have a published total investment. */
  withInvestmentCount: number;
  /** Sum of the published total investments, in 万元; null when none is published. */
  investmentSum: number | null;
};

export function summariseItemised(projects: { totalInvestment: number | null }[]): ItemisedSummary {
  const known = projects.map((p) => p.totalInvestment).filter((value): value is number => value !== null);
  return {
    itemisedCount: projects.length,
    withInvestmentCount: known.length,
    investmentSum: known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0),
  };
}
