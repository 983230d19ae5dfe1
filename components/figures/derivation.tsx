import { FigureValue } from '@/components/figures/figure-value';
import { isDerivationOperation, operationSymbol } from '@/lib/domain/derive';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import type { I18n } from '@/lib/i18n/server';
import { figureHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

type Input = { key: string; label: string; labelEn: string; value: string; unit: string; comparison: string };

/** The arithmetic of a derived figure, each input a link to its own page (and from there to its sentence). */
export function Derivation({ operation, inputs, i18n }: { operation: string | null; inputs: Input[]; i18n: I18n }) {
  const m = pickMessages(i18n.lang, figureDetailMessages);
  const symbol = operation && isDerivationOperation(operation) ? operationSymbol(operation).trim() : '?';
  return (
    <div>
      <p>{m.derivedExplain}</p>
      <ol className="mt-2 space-y-1" data-testid="derivation-inputs">
        {inputs.map((input, index) => (
          <li key={input.key} data-figure={input.key}>
            <span aria-hidden="true" className="inline-block w-5">
              {index > 0 ? symbol : ''}
            </span>
            <FigureValue figure={input} lang={i18n.lang} />{' '}
            <TextLink href={i18n.href(figureHref(input.key))}>
              {pickName(i18n.lang, input.label, input.labelEn)}
            </TextLink>
          </li>
        ))}
      </ol>
    </div>
  );
}
