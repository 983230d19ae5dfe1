/**
 * Derived figures: arithmetic on published figures (a sum, a difference), computed exactly on
 * whole numbers (BigInt), never through floats. The same functions compute the value at load
 * time and check it in the reconciliation tests, so a page can never show a different result.
 */

export const DERIVATION_OPERATIONS = ['sum', 'difference'] as const;
export type DerivationOperation = (typeof DERIVATION_OPERATIONS)[number];

const SYMBOL: Record<DerivationOperation, string> = { sum: ' + ', difference: ' − ' };

function whole(value: string): bigint {
  if (!/^-?\d+$/.test(value)) throw new Error(`derived figures need whole numbers, got "${value}"`);
  return BigInt(value);
}

/** The result of the operation on the input values, as an exact decimal string. */
export function deriveValue(operation: DerivationOperation, values: string[]): string {
  if (values.length < 2) throw new Error('a derived figure needs at least two inputs');
  const [first, ...rest] = values.map(whole);
  const result = rest.reduce((acc, value) => (operation === 'sum' ? acc + value : acc - value), first);
  return result.toString();
}

/** The arithmetic as readers see it, in the stored units: "62 + 71 = 133". */
export function derivationText(operation: DerivationOperation, values: string[]): string {
  return `${values.join(SYMBOL[operation])} = ${deriveValue(operation, values)}`;
}

/** The operator between formatted inputs on a page. */
export function operationSymbol(operation: DerivationOperation): string {
  return SYMBOL[operation];
}

export function isDerivationOperation(value: string): value is DerivationOperation {
  return (DERIVATION_OPERATIONS as readonly string[]).includes(value);
}
