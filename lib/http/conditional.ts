/**
 * Conditional and range requests (RFC 9110 §13 and §14) for answers that have a validator:
 * an ETag and, when the data has a date, a Last-Modified. HTTP dates have whole seconds, so
 * every date comparison drops the milliseconds.
 */

export type Validators = { etag: string; lastModified: Date | null };

/**
 * For answers that change with the data: browsers check again on every use (a 304 costs two index
 * look-ups), shared caches may keep a copy 60 s and serve it 5 minutes longer while they check.
 */
export const REVALIDATED_PUBLICLY = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/** Inclusive byte positions, as Content-Range writes them. */
export type ByteRange = { start: number; end: number };

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Weak comparison, as If-None-Match uses: W/"x" matches "x". */
function etagListMatches(header: string, etag: string): boolean {
  const bare = etag.replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/** True when a GET or HEAD can be answered 304. If-None-Match, when sent, decides alone. */
export function isNotModified(asked: Headers, { etag, lastModified }: Validators): boolean {
  const noneMatch = asked.get('if-none-match');
  if (noneMatch !== null) return etagListMatches(noneMatch, etag);
  const since = Date.parse(asked.get('if-modified-since') ?? '');
  return lastModified !== null && !Number.isNaN(since) && seconds(lastModified) <= Math.floor(since / 1000);
}

/** If-Range: the Range header counts only while the client's copy is still this one (strong match or exact date). */
function rangeStillValid(asked: Headers, { etag, lastModified }: Validators): boolean {
  const ifRange = asked.get('if-range');
  if (ifRange === null) return true;
  if (ifRange.trim().startsWith('"') || ifRange.trim().startsWith('W/'))
    return ifRange.trim() === etag && !etag.startsWith('W/');
  const date = Date.parse(ifRange);
  return lastModified !== null && !Number.isNaN(date) && seconds(lastModified) === Math.floor(date / 1000);
}

/**
 * The one byte range to send of a representation of `size` bytes: a range (206), 'unsatisfiable'
 * (416), or null to send everything (no Range, a stale If-Range, a malformed header, or several
 * ranges: a multipart answer is allowed to be replaced by the whole file).
 */
export function requestedRange(
  asked: Headers,
  validators: Validators,
  size: number,
): ByteRange | 'unsatisfiable' | null {
  const header = asked.get('range');
  if (header === null || !rangeStillValid(asked, validators)) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] = [match[1], match[2]];
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return null; // an invalid range-spec: the header is ignored
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}
