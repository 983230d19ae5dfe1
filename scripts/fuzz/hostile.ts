import fc from 'fast-check';

/**
 * Hostile values for every input the fuzzer fills: addresses, parameters, headers and form
 * fields. Values that could be shown back carry a marker, `<x-fuzz-TOKEN>` or an attribute
 * breakout `"><svg data-fuzz=TOKEN …>`, so that the oracle can tell an unescaped reflection
 * (the raw marker in markup) from an escaped one, and name the request that planted it.
 */

/** A marker in markup, as it appears only when a page writes input unescaped. */
export const RAW_MARKER = /<(?:x-fuzz-|svg data-fuzz=)([a-z0-9]{6,12})/;

/** Each request's own token, from its seed: a raw marker names the request that planted it. */
export const tokenOf = (seed: number) => (seed >>> 0).toString(36).padStart(7, '0');

const markers = (token: string) =>
  fc.constantFrom(
    `<x-fuzz-${token}>`,
    `"><svg data-fuzz=${token} onload=alert(1)>`,
    `'><x-fuzz-${token}>`,
    `</title><x-fuzz-${token}>`,
    `</script><x-fuzz-${token}>`,
    `<svg data-fuzz=${token}><![CDATA[x]]>`,
  );

// No value contains the words the oracles look for (paths of the server, node_modules).
const SPECIALS = fc.constantFrom(
  '../',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '..\\..\\windows',
  './',
  '//evil.example/phish',
  'https://evil.example/',
  '\u0000',
  'a\u0000b',
  '%00',
  '%',
  '%zz',
  '%E0%A4',
  '%C0%AF',
  '%25',
  '\r\nSet-Cookie: x=1',
  '\uFEFF',
  '\u202E',
  '\uD800',
  '\uDFFF',
  '1e999',
  '-1',
  '0',
  '-0',
  '9007199254740993',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  ' 2 ',
  '２',
  "' OR 1=1 --",
  '"',
  '*',
  'a AND b',
  'NEAR(a b)',
  '-a',
  '"unterminated',
  '(',
  '{}',
  '[]',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  '&amp;',
  '&#60;',
  '\\u003c',
  '红木',
  '紅木',
  'hongmu',
  '二期',
  '长清',
  '示例项目',
  '𠀀𠀁',
  '👩‍👩‍👧',
  'é',
  'Ω',
);

/** Any text: unicode, Chinese, lone surrogates, long runs, special values. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: SPECIALS },
  // Long, but short enough that most addresses stay under Node's 16 KB header limit (x-fuzz-big tests that limit).
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '长', '%', '/', '<'), fc.integer({ min: 100, max: 1_500 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

/** Short text that always carries a marker: a name an import may store, for every page to show. */
export const markedText = (token: string) =>
  fc.tuple(fc.string({ maxLength: 8 }), markers(token)).map(([text, marker]) => `示例 ${text}${marker}`);

/** Any text, sometimes with this request's marker in it. */
export const hostileText = (token: string) =>
  fc.oneof(
    { weight: 3, arbitrary: anyText },
    { weight: 2, arbitrary: fc.tuple(anyText, markers(token), anyText).map((parts) => parts.join('')) },
  );

/** Numbers as a page parameter would be written, right and wrong. */
export const numberText = fc.oneof(
  fc.integer({ min: -5, max: 120 }).map(String),
  fc.constantFrom(
    '0',
    '-1',
    '1e3',
    '1e999',
    '100000',
    '100001',
    '99999999999999999999',
    '1.5',
    'abc',
    '',
    ' 3',
    '0x2',
    '２',
  ),
);

/** The bytes of a string as UTF-8 (lone surrogates become U+FFFD), each written %XX. */
export function percentEncode(value: string, keep = /[A-Za-z0-9\-_.~]/): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && keep.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * How a value goes into an address: encoded properly, raw (every character an HTTP client
 * lets through: quotes, angle brackets, `../`), or with broken percent-encoding appended.
 */
export type Encoding = 'encoded' | 'raw' | 'broken';
export const encoding = fc.constantFrom<Encoding>('encoded', 'encoded', 'raw', 'broken');

export function encodeFor(value: string, how: Encoding): string {
  if (how === 'encoded') return percentEncode(value);
  if (how === 'broken') return `${percentEncode(value)}%E0%A4`;
  // Node's HTTP client refuses characters outside ! … ÿ in a request target: encode those only.
  return percentEncode(value, /[\u0021-\u007e]/).replaceAll('#', '%23');
}

/** A header value Node's HTTP client can send (no control characters, Latin-1 only). */
export function headerSafe(value: string): string {
  return percentEncode(value, /[\u0020-\u007e]/);
}
