/**
 * What the search finds, in the order result groups are shown. Each kind's documents have ids
 * in their own block (kept in step with the triggers of migration 20261129020000_search_index),
 * so a group is one rowid range of the FTS indexes. A project's document id is its block's start
 * plus Project.id (migration 20261130104600_search_project_ids_and_rank), so the project
 * listing maps matches to projects by subtraction.
 */
export const SEARCH_KINDS = ['project', 'enterprise', 'set', 'initiative', 'figure', 'passage'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const KIND_BLOCK = 1_000_000_000;

// Blocks in order of expected size, projects last, so that the small groups' ranges come before
// the long run of project entries in every doclist.
const BLOCK_ORDER: readonly SearchKind[] = ['set', 'initiative', 'figure', 'passage', 'enterprise', 'project'];

/** Document ids of a kind: lo < id < hi. */
export function kindIdRange(kind: SearchKind): { lo: number; hi: number } {
  const lo = (BLOCK_ORDER.indexOf(kind) + 1) * KIND_BLOCK;
  return { lo, hi: lo + KIND_BLOCK };
}
