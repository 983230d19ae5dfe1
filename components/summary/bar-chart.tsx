type Bar = { key: string; label: string; valueText: string; size: number };
type Props = { id: string; title: string; description: string; bars: Bar[] };

const WIDTH = 640;
const BAR = 28;
const ROW = BAR + 30;
const VALUE_SPACE = 120;
const COLOURS = ['#1d4f91', '#00703c', '#6f2c91', '#b58840'];

/**
 * A server-rendered horizontal bar chart (no client JavaScript): each bar's label above it and
 * its exact value, as published, at its end. Lengths are on the scale of the largest bar; the
 * numbers themselves are never rounded, and the same numbers are in the table under the chart.
 */
export function BarChart({ id, title, description, bars }: Props) {
  const largest = Math.max(...bars.map((b) => b.size));
  const length = (size: number) => (largest > 0 ? (size / largest) * (WIDTH - VALUE_SPACE) : 0);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full max-w-2xl"
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar, index) => {
        const y = index * ROW;
        return (
          <g key={bar.key} data-bar={bar.key}>
            <text x="0" y={y + 16} fontSize="14">
              {bar.label}
            </text>
            <rect x="0" y={y + 22} width={length(bar.size)} height={BAR} fill={COLOURS[index % COLOURS.length]} />
            <text x={length(bar.size) + 8} y={y + 22 + BAR / 2 + 5} fontSize="15" fontWeight="bold">
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
