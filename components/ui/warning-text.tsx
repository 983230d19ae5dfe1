import type { HTMLAttributes } from 'react';

const TONES = {
  /** Something the reader must act on (a citation without the site's address). */
  attention: 'border-l-4 border-orange pl-3 font-bold',
  /** A form's message that nothing was saved (role="alert" at the call). */
  error: 'border-l-4 border-error bg-error-tint p-3 font-bold',
};

type Props = HTMLAttributes<HTMLElement> & { as?: 'p' | 'div'; tone: keyof typeof TONES; 'data-testid'?: string };

/** Bold text behind a coloured left rule: a warning the reader should not miss. */
export function WarningText({ as: Tag = 'p', tone, className, ...props }: Props) {
  return <Tag className={className ? `${TONES[tone]} ${className}` : TONES[tone]} {...props} />;
}
