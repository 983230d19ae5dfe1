/**
 * What the fuzzer needs to post the sign-in and import forms as a browser without JavaScript
 * does: each form's hidden server-action fields (`$ACTION_REF_n`, `$ACTION_n:0` with the
 * action's id, its bound state, `$ACTION_KEY`), read from the pages themselves, and an
 * official's session for the import forms, which only admins may use.
 */
export type ActionForm = { path: string; actionId: string; hidden: [string, string][] };
export type FormContext = { signIn: ActionForm; importCheck: ActionForm; importApply: ActionForm; adminCookie: string; adminUsername: string };

const ENTITIES: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#x27;': "'", '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:quot|amp|lt|gt|#x27|#39);/g, (entity) => ENTITIES[entity]);

/** The hidden server-action fields of the form with this id in a page's HTML. */
function readActionForm(html: string, formId: string, formPath: string): ActionForm {
  const form = new RegExp(`<form id="${formId}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1];
  if (!form) throw new Error(`fuzz: no form #${formId} on ${formPath}`);
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/>/g)]
    .map(([, name, value]): [string, string] => [decode(name), decode(value ?? '')])
    .filter(([name]) => name.startsWith('$ACTION'));
  const bound = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  const actionId = bound ? (JSON.parse(bound[1]) as { id: string }).id : hidden.find(([name]) => name.startsWith('$ACTION_ID_'))?.[0].slice('$ACTION_ID_'.length);
  if (!actionId) throw new Error(`fuzz: no server action id in form #${formId} on ${formPath}`);
  return { path: formPath, actionId, hidden };
}

/** The fields a form posts: its hidden action fields, then the given ones (files as [name, File]). */
function formData(form: ActionForm, fields: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of [...form.hidden, ...fields]) data.append(name, value);
  return data;
}

async function page(baseUrl: string, formPath: string, cookie = ''): Promise<string> {
  const response = await fetch(baseUrl + formPath, { headers: { cookie } });
  if (!response.ok) throw new Error(`fuzz: GET ${formPath} answered ${response.status}`);
  return response.text();
}

/** Signs in as the admin, then reads the three forms (the apply form appears after a dry run of the template). */
export async function readFormContext(baseUrl: string, adminUsername: string, password: string): Promise<FormContext> {
  const signIn = readActionForm(await page(baseUrl, '/admin/sign-in'), 'sign-in', '/admin/sign-in');
  const answer = await fetch(`${baseUrl}/admin/sign-in`, {
    method: 'POST',
    body: formData(signIn, [['username', adminUsername], ['password', password]]),
    redirect: 'manual',
  });
  const adminCookie = /portal_session=[^;]+/.exec(answer.headers.get('set-cookie') ?? '')?.[0];
  if (!adminCookie) throw new Error(`fuzz: signing in as ${adminUsername} failed (${answer.status})`);
  const importCheck = readActionForm(await page(baseUrl, '/admin/import', adminCookie), 'import-check', '/admin/import');
  const template = await page(baseUrl, '/admin/import/template?format=csv', adminCookie);
  const dryRun = await fetch(`${baseUrl}/admin/import`, {
    method: 'POST',
    headers: { cookie: adminCookie },
    body: formData(importCheck, [['file', new File([template], 'template.csv', { type: 'text/csv' })]]),
  });
  const importApply = readActionForm(await dryRun.text(), 'import-apply', '/admin/import');
  return { signIn, importCheck, importApply, adminCookie, adminUsername };
}
