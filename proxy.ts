import { NextResponse, type NextRequest } from 'next/server';
import { LANG_SEGMENTS, splitLocale } from '@/lib/i18n/locales';
import { sourcePageParamsSchema } from '@/lib/validations/source-page';

/** Plain words for an address that cannot be read (e.g. %E0%A4 cut short), in all three languages. */
const BAD_ADDRESS = `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>网址无效</title><main style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1>网址无效</h1><p>这个网址含有无法识别的字符。请检查网址，或<a href="/">返回首页</a>。</p>
<p lang="zh-Hant">網址無效：這個網址含有無法識別的字元。</p><p lang="en">This web address is not valid: it contains characters that cannot be read. <a href="/">Go to the home page</a>.</p></main></html>`;

function isReadable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const SOURCE_PAGE = /^\/sources\/([^/]+)$/;
const INTERNAL_DEFAULT = `/${LANG_SEGMENTS['zh-Hans']}`;

/**
 * Public pages live under a `[lang]` route segment so that each is rendered once per language
 * and cached. `/zh-hant/…` and `/en/…` are those segments already; the unprefixed Simplified
 * Chinese addresses are rewritten onto `/zh-hans/…` (which itself redirects to the one public
 * address). `/sources/<id>?figure=<key>` is rewritten onto a path, so that each marked version
 * of a source is cached too. The workspace has no language prefix. A path with broken
 * percent-encoding gets a plain 400 page here, before routing fails on it.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!isReadable(pathname)) return new NextResponse(BAD_ADDRESS, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  if (pathname === INTERNAL_DEFAULT || pathname.startsWith(`${INTERNAL_DEFAULT}/`)) {
    return redirectTo(request, pathname.slice(INTERNAL_DEFAULT.length) || '/');
  }
  const { lang, path } = splitLocale(pathname);
  if (path === '/admin' || path.startsWith('/admin/')) return path === pathname ? NextResponse.next() : redirectTo(request, path);
  const url = request.nextUrl.clone();
  const figure = SOURCE_PAGE.test(path) ? sourcePageParamsSchema.parse({ figure: searchParams.get('figure') ?? undefined }).figure : undefined;
  const segment = `/${LANG_SEGMENTS[lang]}`;
  if (figure) {
    url.pathname = `${segment}${path}/cited/${encodeURIComponent(figure)}`;
    url.search = '';
  } else if (path === pathname) {
    url.pathname = path === '/' ? segment : `${segment}${path}`;
  } else {
    return NextResponse.next();
  }
  return NextResponse.rewrite(url);
}

function redirectTo(request: NextRequest, pathname: string) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Pages only: not API routes, feeds, downloads, Next's assets or files. File types are listed,
  // because figure addresses contain dots too (/figures/launch2023.date is a page).
  matcher: ['/((?!api/|_next/|.*\\.(?:xml|csv|json|txt|ico|png|svg|jpg|jpeg|webp|gif|js|css|map|woff2?)$).*)'],
};
