/**
 * The public API's CORS answer: open for reading from any site. Plain data with no imports, so
 * that the front door (server/front-door.mts, run by Node without a build) shares it.
 */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Expose-Headers': 'ETag',
  'Access-Control-Max-Age': '86400',
} as const;
