/** Escapes text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The body of a 413 or 429 answer to the sign-in form. The status and Retry-After are for
 * programs; a person's browser goes straight on (meta refresh, no JavaScript) to the sign-in page,
 * which shows the same message in its error summary with the user name kept. The link is for a
 * browser that does not follow the refresh. No inline style: the workspace's CSP allows none.
 */
export function refusalPage(message: string, next: string): string {
  const href = escapeHtml(next);
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0;url=${href}"><meta name="robots" content="noindex"><title>无法登录</title></head>
<body><main>
<h1>无法登录</h1><p>${escapeHtml(message)}</p><p><a href="${href}">返回登录页</a></p></main></body></html>`;
}
