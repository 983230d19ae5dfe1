import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { unstable_cache } from 'next/cache';
import { PUBLIC_TAG } from '@/lib/cache/tags';

/** The name of the cached read running, if any. */
const runningRead = new AsyncLocalStorage<string>();

/**
 * A read kept in Next's data cache, keyed by its name and (normalised) arguments, until a write
 * revalidates PUBLIC_TAG: the footer of every page and the data of query-string pages
 * (listings, search, history) are read once per distinct query, not on every request.
 * Outside the Next server (tests, scripts) the read runs as it is. A cached read that calls
 * another fails, in tests too: Next would bypass the inner one's cache.
 *
 * Next stores cached results as JSON; Dates are carried as {"$date": ISO} and revived, so a
 * cached read returns exactly what the uncached one does.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const alone = (...args: A) => {
    // Next bypasses an unstable_cache called inside another: the inner read would run every time.
    const outer = runningRead.getStore();
    if (outer) throw new Error(`cachedRead('${name}') runs inside cachedRead('${outer}'), where it is never cached`);
    return runningRead.run(name, () => read(...args));
  };
  if (!process.env.NEXT_RUNTIME) return alone;
  const cached = unstable_cache(async (...args: A) => JSON.stringify(await alone(...args), encodeDates), [name], {
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
