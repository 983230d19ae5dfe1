/**
 * The cache tag of every public page and of the cached reads behind them. One tag for all: each
 * page's footer says when the portal's data last changed, so any write changes every page.
 */
export const PUBLIC_TAG = 'public';
