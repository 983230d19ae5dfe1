import 'server-only';
import { createHash } from 'node:crypto';
import { fetchDataRevision } from '@/lib/data/data-version';
import { fetchLastUpdated } from '@/lib/data/revisions';
import { isNotModified, REVALIDATED_PUBLICLY, type Validators } from '@/lib/http/conditional';
import { siteUrl } from '@/lib/site-url.mts';

/**
 * GET and HEAD of the sitemap index or a part: 304 when the crawler's copy is of the current data
 * version (nothing is read but two index look-ups), else the XML, or 404 when `build` finds no
 * such part. The ETag is weak: the server may gzip the XML, so the bytes on the wire vary.
 */
export async function sitemapResponse(
  request: Request,
  name: string,
  build: (dataUpdatedAt: Date | null) => Promise<string | null>,
): Promise<Response> {
  // The request is read first: that keeps the route dynamic, so Next never prerenders it at build
  // time (with or without Cache Components) and it always answers with the data of the moment.
  const { headers: asked, method } = request;
  const [revision, lastModified] = await Promise.all([fetchDataRevision(), fetchLastUpdated()]);
  const tag = createHash('sha256').update(`${siteUrl().href}\n${name}`).digest('hex').slice(0, 16);
  const validators: Validators = { etag: `W/"${revision}-${tag}"`, lastModified };
  const headers = {
    'Content-Type': 'application/xml; charset=utf-8',
    'Cache-Control': REVALIDATED_PUBLICLY,
    ETag: validators.etag,
    ...(lastModified && { 'Last-Modified': lastModified.toUTCString() }),
  };
  if (isNotModified(asked, validators)) return new Response(null, { status: 304, headers });
  const xml = await build(lastModified);
  if (xml === null)
    return new Response('Not Found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  return new Response(method === 'HEAD' ? null : xml, { headers });
}
