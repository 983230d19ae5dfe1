import 'server-only';
import { cachedRead } from '@/lib/cache/cached-read';
import { db } from '@/lib/db';
import { searchDownloadWith } from '@/lib/search/search-download';
import { searchEverythingWith } from '@/lib/search/search-everything';
import type { SearchParams } from '@/lib/validations/search';

export type { SearchOutcome } from '@/lib/search/search-everything';

/** Kept per distinct query until the data changes (lib/cache/cached-read.ts). */
export const searchEverything = cachedRead('search', async (params: SearchParams) => searchEverythingWith(db, params));

/** A search's results as a download, capped per kind (lib/search/search-download.ts); kept like the page's. */
export const fetchSearchDownload = cachedRead('search-download', async (q: string) => searchDownloadWith(db, q));
