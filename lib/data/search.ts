import 'server-only';
import { cachedRead } from '@/lib/cache/cached-read';
import { db } from '@/lib/db';
import { searchEverythingWith } from '@/lib/search/search-everything';
import type { SearchParams } from '@/lib/validations/search';

export type { SearchOutcome } from '@/lib/search/search-everything';

/** Kept per distinct query until the data changes (lib/cache/cached-read.ts). */
export const searchEverything = cachedRead('search', async (params: SearchParams) => searchEverythingWith(db, params));
