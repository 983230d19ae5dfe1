/**
 * The summary page's charts: which published figures each compares. A chart is drawn only with
 * the figures the portal actually holds with their sentence; a key that is missing drops its bar,
 * and a chart left with fewer than two bars is not drawn at all (nothing is filled in).
 */

export type SummaryChart = {
  id: string;
  keys: string[];
  /** Tell the values as change over time (one measure, plan then result). */
  asChange?: boolean;
};

export type SummarySection = {
  id: 'planAndResult2023' | 'composition2023' | 'year2023And2024';
  charts: SummaryChart[];
};

export const SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 'planAndResult2023',
    charts: [
      {
        id: 'project-count-2023',
        keys: ['keyProjects2023.projectCount', 'keyProjects2023.projectCountYearEnd'],
        asChange: true,
      },
      { id: 'investment-2023', keys: ['keyProjects2023.totalInvestment', 'keyProjects2023.completedInvestment'] },
    ],
  },
  {
    id: 'composition2023',
    charts: [
      {
        id: 'composition-2023',
        keys: [
          'keyProjects2023.industryCount',
          'keyProjects2023.infrastructureCount',
          'keyProjects2023.livelihoodCount',
          'keyProjects2023.platformCount',
        ],
      },
    ],
  },
  {
    id: 'year2023And2024',
    charts: [
      { id: 'project-count-2023-2024', keys: ['keyProjects2023.projectCount', 'keyProjects2024.projectCount'] },
      { id: 'investment-2023-2024', keys: ['keyProjects2023.totalInvestment', 'keyProjects2024.totalInvestment'] },
    ],
  },
];

export const SUMMARY_FIGURE_KEYS = [...new Set(SUMMARY_SECTIONS.flatMap((s) => s.charts.flatMap((c) => c.keys)))];

/** The charts' figures in their order, keeping only those the portal holds with a sentence. */
export function chartFigures<F extends { key: string; passage: unknown }>(chart: SummaryChart, figures: F[]): F[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  return chart.keys.map((key) => byKey.get(key)).filter((f): f is F => f !== undefined && f.passage !== null);
}
