import { NextResponse, type NextRequest } from 'next/server';
import { splitLocale } from '@/lib/i18n/locales';

/** Request headers through which pages learn the language and the language-free path. */
export const LANG_HEADER = 'x-portal-lang';
export const PATH_HEADER = 'x-portal-path';

/**
 * /zh-hant/... and /en/... serve the same routes as /...: the prefix is removed and the
 * language passed on in a header. Headers sent by the client under these names are replaced.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const { lang, path } = splitLocale(pathname);
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, lang);
  headers.set(PATH_HEADER, `${path}${search}`);
  if (path === pathname) return NextResponse.next({ request: { headers } });
  const url = request.nextUrl.clone();
  url.pathname = path;
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  // Pages only: not API routes, feeds, downloads, Next's assets or files. File types are listed,
  // because figure addresses contain dots too (/figures/launch2023.date is a page).
  matcher: ['/((?!api/|_next/|.*\\.(?:xml|csv|json|txt|ico|png|svg|jpg|jpeg|webp|gif|js|css|map|woff2?)$).*)'],
};
