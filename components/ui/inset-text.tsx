import type { HTMLAttributes } from 'react';

const TONES = {
  /** A note set apart from the text around it (GOV.UK inset text). */
  note: 'border-l-8 border-brand bg-light-grey p-4',
  /** Sources that disagree: the same panel with the error colour's rule. */
  conflict: 'border-l-8 border-error bg-light-grey p-4',
};

type Props = HTMLAttributes<HTMLElement> & { as?: 'p' | 'div'; tone?: keyof typeof TONES; 'data-testid'?: string };

/** GOV.UK inset text: a paragraph (or a block with links) set apart by a thick left rule on light grey. */
export function InsetText({ as: Tag = 'p', tone = 'note', className, ...props }: Props) {
  return <Tag className={className ? `${TONES[tone]} ${className}` : TONES[tone]} {...props} />;
}
