import { z } from 'zod';
import { first, pageParam } from '@/lib/validations/search-params';

/**
 * Entity types whose history is public. Milestones, problems and responsibilities are revised
 * too, but their history is internal (it can name people and their notes). The trigger that marks
 * revisions public lists the same types (migration 20261201093000_history_published).
 */
export const PUBLIC_ENTITY_TYPES = ['project', 'figure', 'set', 'initiative', 'source', 'enterprise'] as const;
export type PublicEntityType = (typeof PUBLIC_ENTITY_TYPES)[number];

export const CHANGES_PAGE_SIZE = 20;

/** /changes?type=&page= — unknown values fall back to "all types", page 1. */
export const changesQuerySchema = z.object({
  type: z.preprocess(first, z.enum(PUBLIC_ENTITY_TYPES).optional()).catch(undefined),
  page: pageParam,
});

export type ChangesQuery = z.infer<typeof changesQuerySchema>;
