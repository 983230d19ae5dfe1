/**
 * What the fuzzer needs to post the sign-in and import forms as a browser without JavaScript
 * does: where each form posts and, for server actions, its hidden fields (`$ACTION_REF_n`,
 * `$ACTION_n:0` with the action's id, its bound state, `$ACTION_KEY`), read from the pages
 * themselves, and an admin's session for the import forms.
 */
import { formAction, formFields } from '../bench/html-form';

export type ActionForm = { path: string; actionId: string; hidden: [string, string][] };
export type FormContext = {
  signIn: ActionForm;
  importCheck: ActionForm;
  importApply: ActionForm;
  adminCookie: string;
  adminUsername: string;
};

/**
 * A form of a page: where it posts (its own `action` address, or the page for a server action)
 * and its hidden server-action fields, if it is one.
 */
function readActionForm(html: string, formId: string, formPath: string): ActionForm {
  const hidden = formFields(html, formId, formPath).filter(([name]) => name.startsWith('$ACTION'));
  const bound = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  const actionId = bound
    ? (JSON.parse(bound[1]) as { id: string }).id
    : hidden.find(([name]) => name.startsWith('$ACTION_ID_'))?.[0].slice('$ACTION_ID_'.length);
  return { path: formAction(html, formId, formPath) ?? formPath, actionId: actionId ?? '', hidden };
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

/** Reads the three forms as the signed-in admin (the apply form appears after a dry run of the template). */
export async function readFormContext(
  baseUrl: string,
  adminUsername: string,
  adminCookie: string,
): Promise<FormContext> {
  const signIn = readActionForm(await page(baseUrl, '/admin/sign-in'), 'sign-in', '/admin/sign-in');
  const importCheck = readActionForm(
    await page(baseUrl, '/admin/import', adminCookie),
    'import-check',
    '/admin/import',
  );
  const template = await page(baseUrl, '/admin/import/template?format=csv', adminCookie);
  const dryRun = await fetch(baseUrl + importCheck.path, {
    method: 'POST',
    headers: { cookie: adminCookie },
    body: formData(importCheck, [['file', new File([template], 'template.csv', { type: 'text/csv' })]]),
    redirect: 'manual',
  });
  const checked = dryRun.headers.get('location');
  if (!checked) throw new Error(`fuzz: the import check answered ${dryRun.status}, not a redirect to its result`);
  const importApply = readActionForm(await page(baseUrl, checked, adminCookie), 'import-apply', '/admin/import');
  return { signIn, importCheck, importApply, adminCookie, adminUsername };
}
