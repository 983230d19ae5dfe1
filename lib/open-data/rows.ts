import { figureHref, initiativeHref, projectHref, setHref, sourceHref } from '@/lib/links';
import { siteUrl } from '@/lib/site-url.mts';

/** Flat rows in the documented field order (lib/open-data/fields.ts): one shape for CSV, JSON and the API. */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

const absolute = (path: string) => new URL(path, siteUrl()).toString();
const list = (values: string[]) => values.join(';');
type Cited = { quote: string | null; passage: { sourceId: string; anchor: string } | null };
const cited = (item: Cited) => ({
  sourceId: item.passage?.sourceId ?? null,
  sourceAnchor: item.passage?.anchor ?? null,
  quote: item.quote,
});

type ProjectInput = {
  slug: string;
  name: string;
  nameEn: string | null;
  enterprise: { id: string; name: string; nameEn: string | null } | null;
  description: string | null;
  sector: string;
  industryChain: string | null;
  level: string;
  kind: string;
  status: string;
  statusDate: string | null;
  totalInvestment: number | null;
  annualPlanInvestment: number | null;
  completedInvestment: number | null;
  progressPercent: number | null;
  startDate: string | null;
  plannedCompletionDate: string | null;
  location: string | null;
  town: string | null;
  knownAs: string;
  sets: { setId: string }[];
} & Cited;

export function projectRow(p: ProjectInput): Row {
  return {
    slug: p.slug,
    name: p.name,
    nameEn: p.nameEn,
    enterpriseId: p.enterprise?.id ?? null,
    enterpriseName: p.enterprise?.name ?? null,
    enterpriseNameEn: p.enterprise?.nameEn ?? null,
    description: p.description,
    sector: p.sector,
    industryChain: p.industryChain,
    level: p.level,
    kind: p.kind,
    status: p.status,
    statusDate: p.statusDate,
    totalInvestment: p.totalInvestment,
    annualPlanInvestment: p.annualPlanInvestment,
    completedInvestment: p.completedInvestment,
    progressPercent: p.progressPercent,
    startDate: p.startDate,
    plannedCompletionDate: p.plannedCompletionDate,
    location: p.location,
    town: p.town,
    knownAs: p.knownAs,
    sets: list(p.sets.map((s) => s.setId)),
    ...cited(p),
    url: absolute(projectHref(p.slug)),
  };
}

type SetInput = {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  description: string | null;
  itemisedCount: number;
  figureKeys: string[];
};
export function setRow(s: SetInput): Row {
  return {
    id: s.id,
    kind: s.kind,
    name: s.name,
    nameEn: s.nameEn,
    description: s.description,
    itemisedCount: s.itemisedCount,
    figureKeys: list(s.figureKeys),
    url: absolute(setHref(s.id)),
  };
}

type FigureInput = {
  key: string;
  measure: string;
  label: string;
  labelEn: string;
  value: string;
  unit: string;
  comparison: string;
  asOf: string;
  note: string | null;
  basis: string | null;
  basisWords: string | null;
  wording: string | null;
  derivation: string | null;
  inputs: string[];
  setId: string | null;
  initiativeId: string | null;
} & Cited;
export function figureRow(f: FigureInput): Row {
  return {
    key: f.key,
    measure: f.measure,
    label: f.label,
    labelEn: f.labelEn,
    value: f.value,
    unit: f.unit,
    comparison: f.comparison,
    asOf: f.asOf,
    note: f.note,
    basis: f.basis,
    basisWords: f.basisWords,
    wording: f.wording,
    derived: f.derivation !== null,
    derivation: f.derivation,
    inputs: list(f.inputs),
    setId: f.setId,
    initiativeId: f.initiativeId,
    ...cited(f),
    url: absolute(figureHref(f.key)),
  };
}

type InitiativeInput = {
  id: string;
  kind: string;
  parentId: string | null;
  position: number;
  name: string;
  nameEn: string;
  summary: string | null;
} & Cited;
export function initiativeRow(i: InitiativeInput): Row {
  return {
    id: i.id,
    kind: i.kind,
    parentId: i.parentId,
    position: i.position,
    name: i.name,
    nameEn: i.nameEn,
    summary: i.summary,
    ...cited(i),
    url: absolute(initiativeHref(i)),
  };
}

type SourceInput = {
  id: string;
  title: string;
  originalTitle: string | null;
  publisher: string | null;
  author: string | null;
  editor: string | null;
  publishedOn: string | null;
  url: string | null;
  mirrorUrl: string | null;
  mirrorDate: string | null;
  language: string;
  reliability: string;
  reliabilityNote: string;
  passageCount: number;
};
export function sourceRow(s: SourceInput): Row {
  return {
    id: s.id,
    title: s.title,
    originalTitle: s.originalTitle,
    publisher: s.publisher,
    author: s.author,
    editor: s.editor,
    publishedOn: s.publishedOn,
    sourceUrl: s.url,
    mirrorUrl: s.mirrorUrl,
    mirrorDate: s.mirrorDate,
    language: s.language,
    reliability: s.reliability,
    reliabilityNote: s.reliabilityNote,
    passageCount: s.passageCount,
    url: absolute(sourceHref(s.id)),
  };
}
