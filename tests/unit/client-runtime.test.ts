import { describe, expect, it } from 'vitest';
import { withoutClientRuntime } from '@/server/client-runtime.mts';

describe("public pages without Next's client runtime", () => {
  it("removes Next's scripts and script preloads, and keeps the portal's own script, JSON-LD and the rest", () => {
    const html = [
      '<!DOCTYPE html><html lang="zh-Hans"><head><meta charSet="utf-8"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script type="application/ld+json">{"@type":"Dataset"}</script></head>',
      '<body><a href="/projects">项目</a><p>&lt;script&gt;不是脚本&lt;/script&gt;</p>',
      '<script src="/copy-button.js" defer=""></script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<SCRIPT>self.__next_f.push([1,"\\u003c/script\\u003e"])</SCRIPT ></body></html>',
    ].join('');
    expect(withoutClientRuntime(html)).toBe(
      [
        '<!DOCTYPE html><html lang="zh-Hans"><head><meta charSet="utf-8"/>',
        '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
        '<script type="application/ld+json">{"@type":"Dataset"}</script></head>',
        '<body><a href="/projects">项目</a><p>&lt;script&gt;不是脚本&lt;/script&gt;</p>',
        '<script src="/copy-button.js" defer=""></script>',
        '</body></html>',
      ].join(''),
    );
  });
});
