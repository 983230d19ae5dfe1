import { gzipSync } from 'node:zlib';
import { captureResponse } from './baseline-server';

/**
 * JavaScript a page makes a browser download, gzip-compressed as a CDN would (level 9): module
 * scripts, nomodule scripts (polyfills that browsers with modules skip) and inline scripts apart.
 */
export type JsBytes = {
  scripts: number;
  gzip: number;
  nomoduleGzip: number;
  inlineScripts: number;
  inlineGzip: number;
};

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
// Data in script tags (JSON-LD, JSON) is not code the browser runs.
const DATA_TYPE = /\btype\s*=\s*["']?application\/(ld\+)?json/i;

const NOMODULE = /\bnomodule\b/i;

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

async function fetchOk(url: string) {
  const response = await captureResponse(url);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return response;
}

/**
 * Fetches the page's HTML, then every distinct `<script src>`, and sums their gzip sizes, each
 * compressed on its own as it is served. Inline scripts (mostly React's streamed payload) are
 * compressed together, as they travel inside the HTML. Null when the path is not an HTML page.
 */
export async function measureJs(baseUrl: string, pagePath: string): Promise<JsBytes | null> {
  const page = await fetchOk(new URL(pagePath, baseUrl).href);
  if (!page.headers['content-type']?.startsWith('text/html')) return null;
  const html = page.body.toString('utf8');
  const sources = new Map<string, boolean>(); // src → nomodule
  const inline: string[] = [];
  for (const [, attributes, content] of html.matchAll(SCRIPT)) {
    const src = attributes.match(/\bsrc\s*=\s*"([^"]+)"/)?.[1];
    if (src) sources.set(src.replaceAll('&amp;', '&'), NOMODULE.test(attributes));
    else if (!DATA_TYPE.test(attributes)) inline.push(content);
  }
  const scripts = await Promise.all(
    [...sources].map(async ([src, nomodule]) => ({
      nomodule,
      gzip: gzipSize((await fetchOk(new URL(src, baseUrl).href)).body),
    })),
  );
  const modules = scripts.filter((script) => !script.nomodule);
  return {
    scripts: modules.length,
    gzip: sum(modules.map((script) => script.gzip)),
    nomoduleGzip: sum(scripts.filter((script) => script.nomodule).map((script) => script.gzip)),
    inlineScripts: inline.length,
    inlineGzip: inline.length ? gzipSize(inline.join('')) : 0,
  };
}
