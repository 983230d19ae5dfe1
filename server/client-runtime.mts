/**
 * Public pages are sent as plain HTML, without Next's client runtime (issue 8: Lighthouse mobile
 * performance 95; an empty Next app itself scores 91–95 here, all of the gap being React and the
 * router starting up on a slow phone).
 *
 * Nothing on a public page needs it: links are plain <a>, searches are GET forms, there are no
 * client components, and the copy button is progressive enhancement in a file of the portal's
 * own (public/copy-button.js). Public
 * pages use no <Suspense>, whose streamed parts only Next's inline scripts would reveal.
 * Without inline scripts, the public pages' Content-Security-Policy allows scripts from 'self'
 * only (server/security-headers.mts).
 *
 * Removed: every inline <script> (React's page data, Next's bootstrap) and every script or
 * script preload from /_next/. Kept: scripts from the portal's own files and JSON-LD.
 *
 * Except: a page whose server component called notFound() or failed comes from Next as an empty
 * shell that only its runtime fills in, in the browser (a known Next defect, vercel/next.js#62228).
 * server/page-cache.mts puts a server-rendered page in its place; should that fail, the shell is
 * sent as it is, with the policy that lets its scripts run.
 *
 * Regular expressions suffice because the HTML is React's, not arbitrary: an HTML parser too
 * ends a script at its first "</script", and React escapes that sequence inside scripts.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi;
const OWN_SOURCE = /\bsrc="\/(?!_next\/)/i;
const DATA_ONLY = /\btype="application\/ld\+json"/i;

const CLIENT_RENDERED = '<html id="__next_error__">';

export function isClientRendered(html: string): boolean {
  return html.includes(CLIENT_RENDERED);
}

export function withoutClientRuntime(html: string): string {
  return html
    .replace(SCRIPT, (element, attributes: string) =>
      OWN_SOURCE.test(attributes) || DATA_ONLY.test(attributes) ? element : '',
    )
    .replace(SCRIPT_PRELOAD, '');
}
