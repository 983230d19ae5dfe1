/**
 * How the values of one measure relate. A plan in January and a count at year end are a change
 * over time, not a conflict; two sources giving different values for the same basis and date
 * are a conflict, and so is a value the portal computed that matches no published value (65
 * industrial projects reported, 88 − 18 = 70 computed from the 2024 report).
 */

export type TimelineEntry = {
  key: string;
  value: string;
  unit: string;
  comparison: string;
  asOf: string;
  /** null: loaded before bases were recorded; such values can only be compared as before. */
  basis: string | null;
};

/** One published value at one date on one basis, with the figures that give it. */
export type TimelineStep = {
  asOf: string;
  basis: string | null;
  value: string;
  unit: string;
  comparison: string;
  keys: string[];
};

/** From one step to the next; `difference` only when both values are exact numbers. */
export type TimelineChange = { to: TimelineStep; difference: string | null };

export type TimelineReading = {
  /** The published values in date order, the first with no change, each later one with its change. */
  steps: { step: TimelineStep; change: TimelineChange | null }[];
  /** Groups of figures that disagree: same basis and date, or a computed value matching none published. */
  disagreements: TimelineEntry[][];
};

const NUMERIC_UNITS = new Set(['count', 'wanYuan', 'percent']);

export function readTimeline(entries: TimelineEntry[]): TimelineReading {
  const published = entries.filter((e) => e.basis !== 'derived');
  const disagreements: TimelineEntry[][] = [];
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of published) {
    // Without a basis the portal cannot tell a change from a conflict: all such values form one group.
    const group = entry.basis === null ? 'unrecorded' : `${entry.basis}|${entry.asOf}`;
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  const steps: TimelineStep[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((e) => e.value)).size > 1) {
      disagreements.push(group);
      continue;
    }
    const [first] = group;
    steps.push({
      asOf: first.asOf,
      basis: first.basis,
      value: first.value,
      unit: first.unit,
      comparison: first.comparison,
      keys: group.map((e) => e.key),
    });
  }
  const values = new Set(published.map((e) => e.value));
  for (const derived of entries.filter((e) => e.basis === 'derived')) {
    if (published.length > 0 && !values.has(derived.value)) disagreements.push([...published, derived]);
  }
  steps.sort((a, b) => a.asOf.localeCompare(b.asOf));
  return {
    steps: steps.map((step, index) => ({
      step,
      change: index === 0 ? null : { to: step, difference: difference(steps[index - 1], step) },
    })),
    disagreements,
  };
}

/** True when a later published value differs from the one before it: the timeline is a change. */
export function hasChange(reading: TimelineReading): boolean {
  return reading.steps.some(({ step }, i) => i > 0 && step.value !== reading.steps[i - 1].step.value);
}

/**
 * to − from as an exact decimal string; "0" for the same value; null when different values cannot be subtracted (dates,
 * "more than").
 */
function difference(from: TimelineStep, to: TimelineStep): string | null {
  if (from.value === to.value && from.comparison === to.comparison) return '0';
  if (from.unit !== to.unit || !NUMERIC_UNITS.has(to.unit)) return null;
  if (from.comparison !== 'exact' || to.comparison !== 'exact') return null;
  return subtractDecimals(to.value, from.value);
}

/** Exact decimal subtraction on strings (no floats): "145" − "133" = "12", "1.5" − "2" = "-0.5". */
export function subtractDecimals(a: string, b: string): string {
  const scale = Math.max(decimals(a), decimals(b));
  const scaled = (value: string) => BigInt(value.replace('.', '') + '0'.repeat(scale - decimals(value)));
  const result = scaled(a) - scaled(b);
  const negative = result < 0n;
  const digits = (negative ? -result : result).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? digits.slice(digits.length - scale).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

function decimals(value: string): number {
  return value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
}
