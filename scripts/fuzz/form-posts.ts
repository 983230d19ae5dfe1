import fc from 'fast-check';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { encodeBody, type BodyEncoding, type Part } from './body';
import type { ActionForm, FormContext } from './form-context';
import { anyText, hostileText, markedText, numberText } from './hostile';
import type { FuzzTargets } from './targets';

/**
 * Posts to the sign-in and import forms: the page's own server-action fields, or a wrong,
 * missing or malformed action id, or the id in a `Next-Action` header as React sends it;
 * real and random fields; CSV files that parse and files that do not; bodies up to ~2 MB.
 */
export type FormPost = {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
  variant: string;
};

const PLUMBING = fc.constantFrom('form', 'form', 'header', 'wrong-id', 'wrong-id-header', 'missing', 'malformed');
const ENCODING = fc.constantFrom<BodyEncoding>('multipart', 'multipart', 'multipart', 'urlencoded', 'json', 'text');
// Mostly small; sometimes near or over the server-action body limit (1 MB), up to ~2 MB.
const PADDING = fc.oneof(
  { weight: 12, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 900_000, max: 2_100_000 }) },
);

function plumbing(form: ActionForm, how: string, token: string): { parts: Part[]; headers: Record<string, string> } {
  const wrongId = token.padEnd(42, '0');
  const hidden = (id: string) =>
    form.hidden.map(([name, value]) => ({ name, value: value.replace(form.actionId, id) }));
  switch (how) {
    case 'form':
      return { parts: hidden(form.actionId), headers: {} };
    case 'header':
      return { parts: [{ name: '0', value: '["$K1"]' }], headers: { 'next-action': form.actionId } };
    case 'wrong-id':
      return { parts: hidden(wrongId), headers: {} };
    case 'wrong-id-header':
      return { parts: [{ name: '0', value: '["$K1"]' }], headers: { 'next-action': wrongId } };
    case 'malformed':
      return { parts: form.hidden.map(([name]) => ({ name, value: `{"id":${token}` })), headers: {} };
    default:
      return { parts: [], headers: {} };
  }
}

const cell = (value: string) => `"${value.replaceAll('"', '""')}"`;
const csv = (rows: string[][]) =>
  Buffer.from(
    [IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.key), ...rows]
      .map((r) => r.map(cell).join(','))
      .join('\r\n'),
  );

/**
 * A file that imports: new projects (own code and slug) whose name, location and description
 * carry the marker. Applied, it stores hostile text that every listing, search, feed and
 * history page then shows: the oracle checks each of them escapes it.
 */
function storableFile(token: string): fc.Arbitrary<Buffer> {
  const row = (i: number) =>
    fc.tuple(markedText(token), markedText(token)).map(([name, text]) => {
      const cells: Record<string, string> = {
        code: `FUZZ-${token}-${i}`,
        slug: `fuzz-${token}-${i}`,
        name,
        location: text,
        description: text,
      };
      return IMPORT_COLUMNS.map(({ key }) => cells[key] ?? '');
    });
  return fc.tuple(row(1), row(2)).map((rows) => csv(rows));
}

/**
 * A CSV in the template's layout (headers, keys, rows) with hostile cells, one that imports, or bytes that are no table
 * at all.
 */
function importFile(t: FuzzTargets, token: string): fc.Arbitrary<Buffer> {
  const value = (key: string) =>
    ['totalInvestment', 'annualPlanInvestment', 'completedInvestment', 'progressPercent'].includes(key)
      ? numberText
      : key === 'sets'
        ? fc.oneof(fc.constantFrom('', ...t.sets), hostileText(token))
        : fc.oneof(fc.constant(''), hostileText(token));
  const row = fc.tuple(...IMPORT_COLUMNS.map((column) => value(column.key)));
  const table = fc.array(row, { minLength: 1, maxLength: 4 }).map(csv);
  return fc.oneof(
    { weight: 4, arbitrary: table },
    { weight: 3, arbitrary: storableFile(token) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)) },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 500 })
        .map((bytes) => Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes])),
    },
    { weight: 1, arbitrary: hostileText(token).map((text) => Buffer.from(text)) },
  );
}

function fieldsFor(kind: string, t: FuzzTargets, token: string, adminUsername: string): fc.Arbitrary<Part[]> {
  const text = hostileText(token);
  // Never the admin's name: failed attempts would lock the account the import posts use.
  const username = text.filter((name) => name !== adminUsername);
  const file = fc.tuple(
    importFile(t, token),
    fc.oneof(fc.constantFrom('a.csv', 'b.xlsx', ''), text),
    fc.constantFrom('text/csv', 'application/octet-stream', 'text/html'),
  );
  const random = fc.array(
    fc.tuple(anyText, text).map(([name, value]): Part => ({ name, value })),
    { maxLength: 3 },
  );
  const known: fc.Arbitrary<Part[]> =
    kind === 'sign-in'
      ? fc.tuple(username, text).map(([u, p]) => [
          { name: 'username', value: u },
          { name: 'password', value: p },
        ])
      : kind === 'import-check'
        ? fc.option(file).map((f) => (f ? [{ name: 'file', value: f[0], fileName: f[1], type: f[2] }] : []))
        : fc
            .tuple(
              importFile(t, token),
              fc.oneof(fc.constant('fuzz.csv'), text),
              fc.oneof(fc.constant('模糊测试'), text),
              fc.oneof(fc.constant('npm run fuzz'), text),
              fc.boolean(),
            )
            .map(([content, fileName, reason, evidence, base64]) => [
              { name: 'content', value: base64 ? content.toString('base64') : content.toString('latin1') },
              { name: 'fileName', value: fileName },
              { name: 'reason', value: reason },
              { name: 'evidence', value: evidence },
            ]);
  return fc.tuple(known, random).map(([a, b]) => [...a, ...b]);
}

/**
 * An import as an official makes it: the apply form's own fields, a file that imports, a
 * reason and evidence. Every one writes (new projects with marked names), so only on the
 * fuzzer's own database.
 */
function storingPost(context: FormContext, token: string): fc.Arbitrary<FormPost> {
  return storableFile(token).map((file) => {
    const fields = [
      ['content', file.toString('base64')],
      ['fileName', `fuzz-${token}.csv`],
      ['reason', '模糊测试'],
      ['evidence', 'npm run fuzz'],
    ];
    const parts = [
      ...plumbing(context.importApply, 'form', token).parts,
      ...fields.map(([name, value]) => ({ name, value })),
    ];
    const body = encodeBody(parts, 'multipart', `----fuzz${token}`);
    const headers = { 'content-type': body.contentType, cookie: context.adminCookie };
    return {
      kind: 'form:import-store',
      method: 'POST',
      path: context.importApply.path,
      headers,
      body: body.bytes,
      variant: 'action form, multipart',
    };
  });
}

/**
 * The form kinds. `writes`: whether imports may be applied (they write to the database: only
 * on the fuzzer's own copy, never on the shared test database), by hostile apply posts and by
 * proper ones (form:import-store).
 */
export function formPosts(
  context: FormContext,
  t: FuzzTargets,
  writes: boolean,
): { kind: string; post: (token: string) => fc.Arbitrary<FormPost> }[] {
  const forms: Record<string, ActionForm> = {
    'sign-in': context.signIn,
    'import-check': context.importCheck,
    'import-apply': context.importApply,
  };
  const hostile = Object.entries(forms).map(([name, form]) => ({
    kind: `form:${name}`,
    post: (token: string): fc.Arbitrary<FormPost> =>
      fc
        .tuple(
          PLUMBING,
          ENCODING,
          fieldsFor(name, t, token, context.adminUsername),
          PADDING,
          fc.boolean(),
          fc.constantFrom('POST', 'POST', 'POST', 'PUT', 'PATCH'),
        )
        .map(([how, encoding, fields, padding, signedIn, method]) => {
          const action = plumbing(form, how, token);
          const parts = [
            ...action.parts,
            ...fields,
            ...(padding ? [{ name: 'padding', value: 'x'.repeat(padding) }] : []),
          ];
          const body = encodeBody(parts, encoding, `----fuzz${token}`);
          const authenticated = name === 'import-check' ? signedIn : name === 'import-apply' && writes && signedIn;
          const headers = {
            ...action.headers,
            'content-type': body.contentType,
            ...(authenticated && { cookie: context.adminCookie }),
          };
          return {
            kind: `form:${name}`,
            method,
            path: form.path,
            headers,
            body: body.bytes,
            variant: `action ${how}, ${encoding}`,
          };
        }),
  }));
  return writes
    ? [...hostile, { kind: 'form:import-store', post: (token: string) => storingPost(context, token) }]
    : hostile;
}
