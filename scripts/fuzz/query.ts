import fc from 'fast-check';
import { anyText, encodeFor, encoding, hostileText, type Encoding } from './hostile';

/** How to fill one query parameter or path segment: from its accepted values, or hostile. */
export type ValueArb = (token: string) => fc.Arbitrary<string>;

/** Mostly an accepted value (a real id, a code), sometimes hostile text. */
export const oneOf =
  (accepted: readonly string[]): ValueArb =>
  (token) =>
    accepted.length === 0
      ? hostileText(token)
      : fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...accepted) }, { weight: 1, arbitrary: hostileText(token) });

/** Only hostile text (free-text parameters such as `q`). */
export const free: ValueArb = (token) => hostileText(token);

/** A path segment: a real id or hostile text, encoded one of the ways of hostile.ts. */
export const segment = (accepted: readonly string[]) => (token: string) =>
  fc.tuple(oneOf(accepted)(token), encoding).map(([value, how]) => encodeFor(value, how));

type Pair = [string, string, Encoding];

/**
 * A query string for a route accepting these parameters: a random subset of them, sometimes
 * with unknown parameters, a parameter repeated, `name[]=` arrays, or an empty value.
 */
export function queryString(fields: Record<string, ValueArb>, token: string): fc.Arbitrary<string> {
  const known = Object.entries(fields).map(([name, value]) =>
    fc.option(fc.tuple(fc.constant(name), value(token), encoding), { freq: 2 }),
  );
  const extra = fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom('x', 'utm_source', '_rsc', '__proto__', 'page[]', 'q[]'), anyText),
      hostileText(token),
      encoding,
    ),
    { maxLength: 2 },
  );
  return fc.tuple(fc.tuple(...known), extra, fc.boolean(), fc.boolean()).map(([chosen, extras, repeat, arrays]) => {
    const pairs = [...chosen.filter((pair): pair is Pair => pair !== null), ...extras];
    if (repeat && pairs.length > 0) pairs.push(pairs[0]);
    const written = pairs.map(
      ([name, value, how]) => `${encodeFor(name, how)}${arrays ? '[]' : ''}=${encodeFor(value, how)}`,
    );
    return written.length ? `?${written.join('&')}` : '';
  });
}
