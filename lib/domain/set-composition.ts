/**
 * Reads a set's reported figures by what they measure (the suffix of their key), so pages can
 * say how the reported count splits and compare it with what is itemised.
 */
type KeyedFigure = { key: string; value: string; unit: string };

const SUFFIXES = {
  projectCount: '.projectCount',
  continuingCount: '.continuingCount',
  newCount: '.newCount',
  completionTarget: '.completionTarget',
  newStartDeadline: '.newStartDeadline',
  totalInvestment: '.totalInvestment',
} as const;

export type CompositionPart = keyof typeof SUFFIXES;

export function findFigure<F extends KeyedFigure>(figures: F[], part: CompositionPart): F | undefined {
  return figures.find((figure) => figure.key.endsWith(SUFFIXES[part]));
}

function count<F extends KeyedFigure>(figures: F[], part: CompositionPart): number | null {
  const figure = findFigure(figures, part);
  return figure && figure.unit === 'count' ? Number.parseInt(figure.value, 10) : null;
}

export type Composition = {
  total: number;
  continuing: number;
  new: number;
  /** continuing + new, shown beside the reported total: equal or not, both are said. */
  sumOfKinds: number;
  completionTarget: number | null;
};

/** The programme's split into continuing and new projects, when the source gives both. */
export function compositionOf<F extends KeyedFigure>(figures: F[]): Composition | null {
  const total = count(figures, 'projectCount');
  const continuing = count(figures, 'continuingCount');
  const fresh = count(figures, 'newCount');
  if (total === null || continuing === null || fresh === null) return null;
  return {
    total,
    continuing,
    new: fresh,
    sumOfKinds: continuing + fresh,
    completionTarget: count(figures, 'completionTarget'),
  };
}

/** How many of the reported projects are not itemised (reported − itemised); null without a reported count. */
export function unnamedCount<F extends KeyedFigure>(figures: F[], itemisedCount: number): number | null {
  const total = count(figures, 'projectCount');
  return total === null ? null : Math.max(0, total - itemisedCount);
}
