import Link from 'next/link';
import { figureSourceHref } from '@/lib/links';

type Props = { figure: { key: string; label: string; passage: { sourceId: string; anchor: string } | null } };

/** Small link to the exact sentence a figure comes from. */
export function FigureSourceLink({ figure }: Props) {
  if (!figure.passage) return null;
  const paragraph = figure.passage.anchor.replace('p-', '');
  return (
    <Link href={figureSourceHref({ ...figure, passage: figure.passage })} className="text-sm text-brand underline">
      来源第{paragraph}段<span className="sr-only">：“{figure.label}”的原句</span>
    </Link>
  );
}
