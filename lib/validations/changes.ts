import { z } from 'zod';
import { first, pageParam } from '@/lib/validations/params';

/**
 * Entity types whose history is public. Milestones, problems and responsibilities are revised
 * too, but their history is internal (it can name people and their notes). The trigger that marks
 * revisions public lists the same types (migration 20261201093000_history_published).
 */
export const PUBLIC_ENTITY_TYPES = ['project', 'figure', 'set', 'initiative', 'source', 'enterprise'] as const;
export type PublicEntityType = (typeof PUBLIC_ENTITY_TYPES)[number];

export const CHANGES_PAGE_SIZE = 20;

/**
 * The initial load: the revisions the loader wrote when it created a record from a source report
 * (actor role "loader", action "create"), about 80 entries that say only "新建". /changes hides
 * them unless asked (?initial=show). The loader's later corrections (action "update") and every
 * change by officials or imports stay in the default view; the feeds and a record's own history
 * keep everything.
 */
export const INITIAL_LOAD = { actorRole: 'loader', action: 'create' } as const;

/** /changes?type=&initial=show&page= — unknown values fall back to "all types", initial load hidden, page 1. */
export const changesQuerySchema = z.object({
  type: z.preprocess(first, z.enum(PUBLIC_ENTITY_TYPES).optional()).catch(undefined),
  initial: z.preprocess(first, z.literal('show').optional()).catch(undefined),
  page: pageParam,
});

export type ChangesQuery = z.infer<typeof changesQuerySchema>;
