'use client';

/** Last resort when the layout itself fails: no shared components, plain HTML. */
export default function GlobalError() {
  return (
    <html lang="zh-Hans">
      <body>
        <main>
          <h1>抱歉，服务出现问题</h1>
          <p>请稍后再试。</p>
          <p>
            <a href="/">返回首页</a>
          </p>
        </main>
      </body>
    </html>
  );
}
