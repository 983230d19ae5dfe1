import Link from 'next/link';
import type { ComponentProps } from 'react';
import { TEXT_LINK_CLASS } from '@/components/ui/text-link';

/** A link between workspace pages in the GOV.UK style (Next's Link: the workspace keeps its client navigation). */
export function AdminLink({ href, className, ...props }: ComponentProps<typeof Link>) {
  return <Link href={href} className={className ? `${TEXT_LINK_CLASS} ${className}` : TEXT_LINK_CLASS} {...props} />;
}
