import { NextResponse, type NextRequest } from 'next/server';
import { splitLocale } from '@/lib/i18n/locales';

/** Request headers through which pages learn the language and the language-free path. */
export const LANG_HEADER = 'x-portal-lang';
export const PATH_HEADER = 'x-portal-path';

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

/**
 * /zh-hant/... and /en/... serve the same routes as /...: the prefix is removed and the
 * language passed on in a header. Headers sent by the client under these names are replaced.
 * A path with broken percent-encoding gets a plain 400 page here, before routing fails on it.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isReadable(pathname)) return new NextResponse(BAD_ADDRESS, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
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
