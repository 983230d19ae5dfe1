/**
 * Stand-ins for Next's request APIs so that server actions can be called from vitest exactly as
 * Next calls them. Use in a test file:
 *   vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
 *   vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
 *   vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));
 */
type CookieOptions = Record<string, unknown>;

export const request = {
  cookies: new Map<string, { value: string; options: CookieOptions }>(),
  headers: new Map<string, string>(),
  revalidated: [] as string[],
  reset() {
    this.cookies.clear();
    this.headers.clear();
    this.revalidated.length = 0;
  },
};

/** What redirect() throws here (Next throws its own NEXT_REDIRECT error). */
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

export const headersModule = {
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)!.value } : undefined),
    set: (name: string, value: string, options: CookieOptions = {}) =>
      void request.cookies.set(name, { value, options }),
    delete: (cookie: string | { name: string }) =>
      void request.cookies.delete(typeof cookie === 'string' ? cookie : cookie.name),
  }),
  headers: async () => new Headers([...request.headers]),
};

export const navigationModule = {
  redirect: (url: string): never => {
    throw new RedirectSignal(url);
  },
  notFound: (): never => {
    throw new Error('NEXT_NOT_FOUND');
  },
};

/** Records each revalidated tag with its profile, e.g. "public {"expire":0}". */
export const cacheModule = {
  revalidateTag: (tag: string, profile: unknown) => void request.revalidated.push(`${tag} ${JSON.stringify(profile)}`),
};

/** A FormData that fails the test if anything reads it: proves a guard refused before input was read. */
export function untouchableFormData(): FormData {
  return new Proxy(new FormData(), {
    get() {
      throw new Error('the form input was read before the session and role were checked');
    },
  });
}

export function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
}
