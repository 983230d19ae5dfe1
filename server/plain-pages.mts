// The few answers the front door gives itself, before Next sees the request: plain pages in the
// three languages (the language of an address that cannot be served is not known), or the API's
// JSON error shape for /api/ paths (lib/api/respond.ts writes the same shape).

type Three = [zhHans: string, zhHant: string, en: string];
export type PlainAnswer = { status: number; code: string; api: string; title: Three; text: Three };

export const ANSWERS = {
  badAddress: {
    status: 400,
    code: 'invalidParameter',
    api: 'the address has broken percent-encoding',
    title: ['网址无效', '網址無效', 'This web address is not valid'],
    text: [
      '这个网址含有无法识别的字符。请检查网址。',
      '這個網址含有無法識別的字元。請檢查網址。',
      'It contains characters that cannot be read. Check the address.',
    ],
  },
  badForm: {
    status: 400,
    code: 'invalidBody',
    api: 'the form body cannot be read',
    title: ['无法读取提交的表单', '無法讀取提交的表單', 'The form that was sent cannot be read'],
    text: [
      '请打开本网站的表单页面，填写后再提交一次。',
      '請打開本網站的表單頁面，填寫後再提交一次。',
      'Open the form on this website, fill it in and send it again.',
    ],
  },
  foreignOrigin: {
    status: 403,
    code: 'forbidden',
    api: 'requests that change data are accepted only from this site',
    title: ['无法提交', '無法提交', 'The form could not be sent'],
    text: [
      '表单只能从本网站提交。请打开本网站的页面，再提交一次。',
      '表單只能從本網站提交。請打開本網站的頁面，再提交一次。',
      'Forms can only be sent from this website. Open the page on this website and send it again.',
    ],
  },
  method: {
    status: 405,
    code: 'methodNotAllowed',
    api: 'this address accepts only the methods in the Allow header',
    title: ['不支持这种请求', '不支援這種請求', 'This kind of request is not supported'],
    text: [
      '这个网址只接受“允许”（Allow）标头列出的请求方法。',
      '這個網址只接受「允許」（Allow）標頭列出的請求方法。',
      'This address accepts only the request methods listed in the Allow header.',
    ],
  },
  lengthRequired: {
    status: 411,
    code: 'lengthRequired',
    api: 'a request body must state its length (Content-Length)',
    title: ['请求缺少长度', '請求缺少長度', 'The request did not state its length'],
    text: [
      '提交的内容必须注明长度。请从本网站的表单提交。',
      '提交的內容必須註明長度。請從本網站的表單提交。',
      'What is sent must state its length. Send it from a form on this website.',
    ],
  },
  tooLarge: {
    status: 413,
    code: 'tooLarge',
    api: 'the request body is too large',
    title: ['提交的内容太大', '提交的內容太大', 'What you sent is too large'],
    text: [
      '请返回上一页，选择较小的文件（导入文件最大 5 MB），再提交一次。',
      '請返回上一頁，選擇較小的檔案（匯入檔案最大 5 MB），再提交一次。',
      'Go back, choose a smaller file (import files can be up to 5 MB) and send it again.',
    ],
  },
  serverError: {
    status: 500,
    code: 'internalError',
    api: 'the server could not answer',
    title: ['抱歉，服务出现问题', '抱歉，服務出現問題', 'Sorry, there is a problem with the service'],
    text: [
      '请稍后再试。如果问题持续，请稍后再访问本页面。',
      '請稍後再試。如果問題持續，請稍後再訪問本頁面。',
      'Try again later. If the problem continues, come back to this page later.',
    ],
  },
} satisfies Record<string, PlainAnswer>;

const LANGS = ['zh-Hans', 'zh-Hant', 'en'];

export function plainPage(answer: PlainAnswer): string {
  const [title] = answer.title;
  const parts = LANGS.map(
    (lang, i) =>
      `<section lang="${lang}"><h${i === 0 ? 1 : 2}>${answer.title[i]}</h${i === 0 ? 1 : 2}><p>${answer.text[i]}</p></section>`,
  );
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head><body><main>
${parts.join('\n')}<p><a href="/">首页 · 首頁 · Home</a></p></main></body></html>`;
}

/** The same answer in the API's error shape; `parameter` names what was wrong, as the API does. */
export function apiError(answer: PlainAnswer, parameter?: string): string {
  const message = parameter ? `${parameter}: ${answer.api}` : answer.api;
  return JSON.stringify({
    error: { status: answer.status, code: answer.code, ...(parameter ? { parameter } : {}), message },
  });
}
