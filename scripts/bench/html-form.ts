/**
 * Sends a form of the workspace as a browser without JavaScript would: the fields a browser
 * would send (hidden and text inputs, checked boxes, selected options, text areas) with their
 * values as the page rendered them, some of them changed. For the load benchmark and the fuzzer,
 * which read only the portal's own markup, so a few patterns suffice instead of an HTML parser.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeEntities(match[1]) : null;
};
const hasAttribute = (tag: string, name: string) => new RegExp(`\\s${name}(=|\\s|/?>)`).test(tag);

/** The opening tag and the content of the form with this id; `where` names the page in the error. */
function findForm(html: string, formId: string, where: string): { tag: string; content: string } {
  const form = new RegExp(`(<form[^>]*\\sid="${formId}"[^>]*>)([\\s\\S]*?)</form>`).exec(html);
  if (!form) throw new Error(`no form #${formId} on ${where}`);
  return { tag: form[1], content: form[2] };
}

/** Where the form posts when it names an address (a server action's form posts to its page). */
export function formAction(html: string, formId: string, where = 'the page'): string | null {
  const action = attribute(findForm(html, formId, where).tag, 'action');
  return action?.startsWith('/') ? action : null;
}

/** The fields of the form with this id, in document order, as a browser would submit them. */
export function formFields(html: string, formId: string, where = 'the page'): [string, string][] {
  const fields: [string, string][] = [];
  const controls = /<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g;
  for (const [control] of findForm(html, formId, where).content.matchAll(controls)) {
    const tag = /^<[^>]*>/.exec(control)?.[0] ?? '';
    const name = attribute(tag, 'name');
    if (!name || hasAttribute(tag, 'disabled')) continue;
    if (control.startsWith('<select')) {
      const options = [...control.matchAll(/<option\b[^>]*>/g)].map(([option]) => option);
      const chosen = options.find((option) => hasAttribute(option, 'selected')) ?? options[0];
      if (chosen) fields.push([name, attribute(chosen, 'value') ?? '']);
    } else if (control.startsWith('<textarea')) {
      fields.push([name, decodeEntities(control.slice(tag.length, control.lastIndexOf('</textarea>')))]);
    } else {
      const type = attribute(tag, 'type') ?? 'text';
      if ((type === 'checkbox' || type === 'radio') && !hasAttribute(tag, 'checked')) continue;
      if (type === 'submit' || type === 'file') continue;
      fields.push([name, attribute(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
    }
  }
  return fields;
}

/** Posts the form with `changes` applied (each replaces every field of its name), as multipart. */
export async function submitForm(
  url: string,
  html: string,
  formId: string,
  changes: Record<string, string>,
  headers: Record<string, string>,
): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of formFields(html, formId)) if (!(name in changes)) body.append(name, value);
  for (const [name, value] of Object.entries(changes)) body.append(name, value);
  return fetch(url, { method: 'POST', body, headers: { ...headers, Origin: new URL(url).origin }, redirect: 'manual' });
}
