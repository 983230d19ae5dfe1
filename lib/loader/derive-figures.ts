import { derivationText, deriveValue, type DerivationOperation } from '@/lib/domain/derive';
import { DatasetError } from '@/lib/loader/check-facts';
import type { FactsFile } from '@/lib/loader/facts-schema';

/**
 * Derived figures get their value, date and arithmetic from the published figures they come
 * from: nothing about them is typed by hand except which inputs and which operation.
 */

export type DerivedFigureRow = {
  key: string;
  measure: string;
  label: string;
  labelEn: string;
  unit: string;
  note: string | null;
  setId: string | null;
  value: string;
  asOf: string;
  operation: DerivationOperation;
  derivation: string;
  inputs: string[];
};

export function deriveFigures(files: FactsFile[]): DerivedFigureRow[] {
  const published = new Map(files.flatMap((f) => f.figures).map((figure) => [figure.key, figure]));
  return files
    .flatMap((f) => f.derivedFigures)
    .map((derived) => {
      const inputs = derived.inputs.map((key) => {
        const input = published.get(key);
        if (!input) throw new DatasetError(`derived figure ${derived.key}: input ${key} is not a published figure`);
        if (input.unit !== derived.unit)
          throw new DatasetError(
            `derived figure ${derived.key}: input ${key} is in ${input.unit}, not ${derived.unit}`,
          );
        if (input.comparison !== 'exact')
          throw new DatasetError(`derived figure ${derived.key}: input ${key} is not an exact value`);
        return input;
      });
      const values = inputs.map((input) => input.value);
      return {
        key: derived.key,
        measure: derived.measure,
        label: derived.label,
        labelEn: derived.labelEn,
        unit: derived.unit,
        note: derived.note ?? null,
        setId: derived.set ?? null,
        value: deriveValue(derived.operation, values),
        asOf: inputs
          .map((input) => input.asOf)
          .sort()
          .at(-1)!,
        operation: derived.operation,
        derivation: derivationText(derived.operation, values),
        inputs: derived.inputs,
      };
    });
}
