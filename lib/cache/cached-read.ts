import 'server-only';
import { unstable_cache } from 'next/cache';
import { PUBLIC_TAG } from '@/lib/cache/tags';

/**
 * A read kept in Next's data cache, keyed by its name and (normalised) arguments, until a write
 * revalidates PUBLIC_TAG: the footer of every page and the data of query-string pages
 * (listings, search, history) are read once per distinct query, not on every request.
 * Outside the Next server (tests, scripts) the read runs as it is.
 *
 * Next stores cached results as JSON; Dates are carried as {"$date": ISO} and revived, so a
 * cached read returns exactly what the uncached one does.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  if (!process.env.NEXT_RUNTIME) return read;
  const cached = unstable_cache(async (...args: A) => JSON.stringify(await read(...args), encodeDates), [name], {
    tags: [PUBLIC_TAG],
  });
  return async (...args) => JSON.parse(await cached(...args), reviveDates) as R;
}

type Holder = Record<string, unknown>;

function encodeDates(this: Holder, key: string, value: unknown): unknown {
  // JSON.stringify has already turned the Date into a string; the holder still has the Date.
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.toISOString() } : value;
}

function reviveDates(_key: string, value: unknown): unknown {
  if (
    value &&
    typeof value === 'object' &&
    '$date' in value &&
    typeof value.$date === 'string' &&
    Object.keys(value).length === 1
  ) {
    return new Date(value.$date);
  }
  return value;
}
