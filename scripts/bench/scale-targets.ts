import type { Cell } from './load-table';
import { figure, type Table } from './report';

// Issue 12 §7's targets, read from the figures of `npm run bench:scale` (printed, not asserted).
const QUERY_PAGES = ['projects-q', 'projects-page', 'search-2', 'search-3', 'search-traditional', 'search-pinyin'];
const CACHED_PAGES = ['home', 'project', 'set', 'figure', 'projects'];
const P95_TARGET_MS = 50;
const SCALING_TARGET = 1.6;

const verdict = (met: boolean) => (met ? 'met' : 'not met');

/** Worst p95 at 1 connection of the listing and search pages, and 2-instance over 1-instance req/s on cached pages. */
export function scaleTargets(measured: { projects: number; one: Cell[]; two: Cell[] }[]): Table {
  const rows: string[][] = [];
  for (const { projects, one, two } of measured) {
    const size = projects.toLocaleString('en');
    const queries = one.filter((cell) => cell.connections === 1 && QUERY_PAGES.includes(cell.id));
    if (queries.length > 0) {
      const worst = queries.reduce((a, b) => (b.p95 > a.p95 ? b : a));
      rows.push([
        size,
        `listing and search p95 at 1 connection, 1 instance (worst: ${worst.id})`,
        `under ${P95_TARGET_MS} ms`,
        `${figure(worst.p95)} ms`,
        verdict(worst.p95 < P95_TARGET_MS),
      ]);
    }
    for (const connections of [1, 10]) {
      const ratios = CACHED_PAGES.flatMap((id) => {
        const [a, b] = [one, two].map((cells) => cells.find((c) => c.id === id && c.connections === connections));
        return a && b ? [b.rps / a.rps] : [];
      });
      if (ratios.length === 0) continue;
      const [low, high] = [Math.min(...ratios), Math.max(...ratios)];
      rows.push([
        size,
        `cached pages, 2 instances / 1 instance req/s at ${connections} connection${connections > 1 ? 's' : ''}`,
        `at least ${SCALING_TARGET}×`,
        `${low.toFixed(2)}–${high.toFixed(2)}×`,
        verdict(low >= SCALING_TARGET),
      ]);
    }
  }
  return { title: 'Targets (issue 12 §7)', headers: ['projects', 'measure', 'target', 'measured', 'verdict'], rows };
}
