/**
 * The synthetic database the listing tests run on: scripts/test.mjs creates it with
 * `db:synthetic --projects 120` next to the shipped dataset (3 real projects), so 123 projects.
 * Synthetic project n (index n−1) cycles through the codelists in their declared order:
 * sector index % 7, level index % 4, kind index % 3, status index % 8 (lib/synthetic/generate-projects.ts).
 */
export const SYNTHETIC_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
export const TOTAL_PROJECTS = 123;
export const PAGES_OF_20 = 7;
/** sector=agriculture (index % 7 = 1) and level=provincial (index % 4 = 0): indices 8, 36, 64, 92. */
export const AGRICULTURE_PROVINCIAL = ['示例项目 000009', '示例项目 000037', '示例项目 000065', '示例项目 000093'];
/** level=provincial: indices 0, 4, …, 116 → 30 projects, 2 pages of 20. */
export const PROVINCIAL_COUNT = 30;
