import type { ComponentProps } from 'react';

/** The GOV.UK link style: the brand colour, always underlined (also for buttons and summaries that act as links). */
export const TEXT_LINK_CLASS = 'text-brand underline';

type Props = ComponentProps<'a'> & { href: string };

/** A link in the GOV.UK style: a plain <a>, so that public pages need no client runtime. */
export function TextLink({ href, className, ...props }: Props) {
  return <a href={href} className={className ? `${TEXT_LINK_CLASS} ${className}` : TEXT_LINK_CLASS} {...props} />;
}
