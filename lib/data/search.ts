import 'server-only';
import { db } from '@/lib/db';
import { searchEverythingWith } from '@/lib/search/search-everything';
import type { SearchParams } from '@/lib/validations/search';

export type { SearchOutcome } from '@/lib/search/search-everything';

export async function searchEverything(params: SearchParams) {
  return searchEverythingWith(db, params);
}
