import { NextResponse, type NextRequest } from 'next/server';
import { CORS_HEADERS } from '@/lib/api/respond';
import { SIGN_IN_PATH, SIGN_IN_POST } from '@/lib/auth/paths';

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
 * A path with broken percent-encoding gets a plain 400 page (the API: a 400 JSON error) here,
 * before routing fails on it.
 * Nothing else happens in this proxy: the language segment and the cited-figure addresses are
 * rewrites in next.config.ts, which cost no code per request.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The sign-in page's address takes no POST of its own (its form is sent to /admin/session);
  // without this, Next would try any multipart POST there as a server action and answer a body
  // over 1 MB with 500. The route handler answers it instead: 413, or the form's errors.
  if (pathname === SIGN_IN_PATH && request.method === 'POST') return NextResponse.rewrite(new URL(SIGN_IN_POST, request.url));
  if (isReadable(pathname)) return NextResponse.next();
  // The API answers in its own error shape (lib/api/respond.ts), naming what was wrong.
  if (pathname.startsWith('/api/')) {
    const error = { status: 400, code: 'invalidParameter', parameter: 'path', message: 'path: the address has broken percent-encoding' };
    return NextResponse.json({ error }, { status: 400, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } });
  }
  return new NextResponse(BAD_ADDRESS, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

// Only addresses with a percent sign can be broken that way: every other request skips the proxy,
// but for the sign-in page (see above).
export const config = { matcher: ['/:path(.*%.*)', '/admin/sign-in'] };
