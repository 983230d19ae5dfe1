import { notFound, preflight } from '@/lib/api/respond';

/**
 * Any other address under /api/ answers the API's JSON 404, naming the path it did not find.
 * The path is read from the request, not from a header a client could set.
 */
export function GET(request: Request) {
  return notFound(request, `API path ${new URL(request.url).pathname}`);
}

export const OPTIONS = preflight;
