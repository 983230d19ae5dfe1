import { Prisma } from '@prisma/client';
import { jsonArrayOf } from '@/lib/sql/dialect';

/**
 * The columns a listing row and an exported row read (aliases p: Project, e: Enterprise,
 * pa: Passage, as in listing-sql.ts), and their conversion to the shapes pages and downloads use.
 */

export const LIST_COLUMNS = Prisma.sql`p."slug", p."name", p."nameEn", e."id" AS "enterpriseId", e."name" AS "enterpriseName", e."nameEn" AS "enterpriseNameEn", p."sector",
  p."industryChain", p."level", p."kind", p."status", p."statusDate", p."totalInvestment", p."startDate"`;

// A project's sets in the sets' own order (as the listing's set filter offers them).
export const EXPORT_COLUMNS = Prisma.sql`${LIST_COLUMNS}, p."id", p."code", p."description", p."annualPlanInvestment", p."completedInvestment",
  p."progressPercent", p."plannedCompletionDate", p."location", p."town", p."knownAs", p."quote", pa."sourceId" AS "passageSourceId",
  pa."anchor" AS "passageAnchor", p."updatedAt",
  (SELECT ${jsonArrayOf(Prisma.sql`sm."setId"`, Prisma.sql`s."position"`)} FROM "SetMembership" sm JOIN "Set" s ON s."id" = sm."setId" WHERE sm."projectId" = p."id") AS "setIds"`;

type Int = bigint | number | null;

export type ListColumns = {
  slug: string;
  name: string;
  nameEn: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  enterpriseNameEn: string | null;
  sector: string;
  industryChain: string | null;
  level: string;
  kind: string;
  status: string;
  statusDate: string | null;
  totalInvestment: Int;
  startDate: string | null;
};

export type ExportColumns = ListColumns & {
  /** Where an export reads on from; not part of the exported row. */
  id: bigint | number;
  code: string | null;
  description: string | null;
  annualPlanInvestment: Int;
  completedInvestment: Int;
  progressPercent: Int;
  plannedCompletionDate: string | null;
  location: string | null;
  town: string | null;
  knownAs: string;
  quote: string | null;
  passageSourceId: string | null;
  passageAnchor: string | null;
  updatedAt: Date | string;
  setIds: string;
};

const toNumber = (value: Int) => (value === null ? null : Number(value));

export function listRow<T extends ListColumns>({
  enterpriseId,
  enterpriseName,
  enterpriseNameEn,
  totalInvestment,
  ...row
}: T) {
  return {
    ...row,
    enterprise:
      enterpriseId === null || enterpriseName === null
        ? null
        : { id: enterpriseId, name: enterpriseName, nameEn: enterpriseNameEn },
    totalInvestment: toNumber(totalInvestment),
  };
}

export function exportRow(row: ExportColumns) {
  const {
    id: _,
    annualPlanInvestment,
    completedInvestment,
    progressPercent,
    passageSourceId,
    passageAnchor,
    updatedAt,
    setIds,
    ...rest
  } = row;
  return {
    ...listRow(rest),
    annualPlanInvestment: toNumber(annualPlanInvestment),
    completedInvestment: toNumber(completedInvestment),
    progressPercent: toNumber(progressPercent),
    passage:
      passageSourceId === null || passageAnchor === null ? null : { sourceId: passageSourceId, anchor: passageAnchor },
    updatedAt: new Date(updatedAt),
    sets: (JSON.parse(setIds) as string[]).map((setId) => ({ setId })),
  };
}

export type ProjectListRow = ReturnType<typeof listRow<ListColumns>>;
export type ProjectExportRow = ReturnType<typeof exportRow>;
