import { z } from 'zod';
import { first, type RawSearchParams } from '@/lib/validations/params';

/**
 * How /projects shows its rows: `list` (the default) or `table` (sortable columns). A page
 * parameter only: the API and the downloads have no views. A bad value falls back to the list.
 */
export const LISTING_VIEWS = ['list', 'table'] as const;
export type ListingView = (typeof LISTING_VIEWS)[number];

export const listingViewSchema = z.preprocess(first, z.enum(LISTING_VIEWS)).catch('list');

export function parseListingView(params: RawSearchParams): ListingView {
  return listingViewSchema.parse(params.view);
}
