import type { Composition } from '@/lib/domain/set-composition';

type Props = {
  composition: Composition;
  title: string;
  description: string;
  labels: { continuing: string; new: string; completion: string };
};

const WIDTH = 600;
const BAR = 36;
const COLOURS = { continuing: '#1d4f91', new: '#00703c', completion: '#6f2c91' };

/**
 * Server-rendered SVG: one bar split into continuing and new projects, one bar for those to be
 * completed, both on the scale of the reported total. The same numbers are in the table beside it.
 */
export function CompositionChart({ composition, title, description, labels }: Props) {
  const scale = (n: number) => (n / composition.total) * WIDTH;
  const continuingWidth = scale(composition.continuing);
  const rows = composition.completionTarget === null ? 1 : 2;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${rows * (BAR + 34)}`}
      role="img"
      aria-labelledby="composition-title composition-desc"
      className="h-auto w-full max-w-2xl"
    >
      <title id="composition-title">{title}</title>
      <desc id="composition-desc">{description}</desc>
      <text
        x="0"
        y="14"
        fontSize="14"
      >{`${labels.continuing} ${composition.continuing} · ${labels.new} ${composition.new}`}</text>
      <rect x="0" y="20" width={continuingWidth} height={BAR} fill={COLOURS.continuing} />
      <rect x={continuingWidth} y="20" width={scale(composition.new)} height={BAR} fill={COLOURS.new} />
      {composition.completionTarget !== null && (
        <>
          <text x="0" y={14 + BAR + 34} fontSize="14">{`${labels.completion} ${composition.completionTarget}`}</text>
          <rect
            x="0"
            y={20 + BAR + 34}
            width={scale(composition.completionTarget)}
            height={BAR}
            fill={COLOURS.completion}
          />
          <rect x="0" y={20 + BAR + 34} width={WIDTH} height={BAR} fill="none" stroke="#505a5f" strokeDasharray="4 3" />
        </>
      )}
    </svg>
  );
}
