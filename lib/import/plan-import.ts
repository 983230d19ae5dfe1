import type { Prisma } from '@prisma/client';
import { slugFromName, uniqueSlug } from '@/lib/domain/slug';
import { PROJECT_FIELDS } from '@/lib/fields/project-fields';
import { HEADER_OF, IMPORT_KEYS, type ImportError, type ImportKey, type ImportRow } from '@/lib/import/columns';
import { statusDateRowError } from '@/lib/import/status-date-row';
import { validateRow, type ParsedRow } from '@/lib/import/validate-row';
import { changedFields } from '@/lib/revisions/with-audit';
import { checkProjectRules } from '@/lib/validations/project-rules';

type Db = Prisma.TransactionClient;

// The columns an import row may give (the catalogue's importable fields that are Project columns).
type ColumnKey = { [K in ImportKey]: (typeof PROJECT_FIELDS)[K] extends { history: true } ? K : never }[ImportKey];
const GIVEN = IMPORT_KEYS.filter((key): key is ColumnKey => 'history' in PROJECT_FIELDS[key]);
const COLUMNS = {
  id: true,
  ...(Object.fromEntries(GIVEN.map((key) => [key, true])) as Record<ColumnKey, true>),
  version: true,
  sets: { select: { setId: true } },
} as const;
type Existing = Prisma.ProjectGetPayload<{ select: typeof COLUMNS }>;

export type PlannedCreate = { row: number; slug: string; name: string; data: Record<string, unknown>; sets: string[] };
/** `version` is the one the plan read: the write happens only on that version (lib/import/import-job.ts). */
export type PlannedUpdate = {
  row: number;
  id: number;
  slug: string;
  code: string | null;
  name: string;
  version: number;
  changes: Record<string, unknown>;
  before: Record<string, unknown>;
  addSets: string[];
};
/** A row that changes nothing: its project must still be at `version` when the import is applied. */
export type PlannedKeep = { row: number; id: number; slug: string; version: number };
export type ImportPlan = {
  errors: ImportError[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  keeps: PlannedKeep[];
  unchanged: number;
};

const CHUNK = 500;

async function findExisting(db: Db, rows: ParsedRow[]): Promise<Existing[]> {
  const codes = [...new Set(rows.flatMap((r) => (r.values.code ? [r.values.code] : [])))];
  const slugs = [...new Set(rows.flatMap((r) => (r.values.slug ? [r.values.slug] : [])))];
  const found: Existing[] = [];
  for (let i = 0; i < Math.max(codes.length, slugs.length); i += CHUNK) {
    const where = { OR: [{ code: { in: codes.slice(i, i + CHUNK) } }, { slug: { in: slugs.slice(i, i + CHUNK) } }] };
    found.push(...(await db.project.findMany({ where, select: COLUMNS })));
  }
  return [...new Map(found.map((p) => [p.id, p])).values()];
}

/** Rows repeating an earlier row's code or slug are errors: one project, one row. */
function duplicateErrors(rows: ParsedRow[]): ImportError[] {
  const errors: ImportError[] = [];
  for (const key of ['code', 'slug'] as const) {
    const first = new Map<string, number>();
    for (const { row, values } of rows) {
      const value = values[key];
      if (!value) continue;
      if (first.has(value))
        errors.push({
          row,
          column: HEADER_OF[key],
          message: `${HEADER_OF[key]}“${value}”与第 ${first.get(value)} 行重复`,
        });
      else first.set(value, row);
    }
  }
  return errors;
}

/**
 * What importing these rows would do, checked against the database: nothing is written here.
 * Existing projects are matched by code, then by slug; blank cells never change stored values.
 */
export async function planImport(db: Db, input: ImportRow[]): Promise<ImportPlan> {
  const checked = input.map(validateRow);
  const rows = checked.map((c) => c.parsed);
  const duplicates = duplicateErrors(rows);
  const repeated = new Set(duplicates.map((e) => e.row));
  const errors = [...checked.flatMap((c) => c.errors), ...duplicates];
  const [existing, sets, slugs] = await Promise.all([
    findExisting(db, rows),
    db.set.findMany({ select: { id: true } }),
    db.project.findMany({ select: { slug: true } }),
  ]);
  const byCode = new Map(existing.flatMap((p) => (p.code ? [[p.code, p] as const] : [])));
  const bySlug = new Map(existing.map((p) => [p.slug, p]));
  const setIds = new Set(sets.map((s) => s.id));
  // A slug made from a name must not take a slug that another row of the file gives: the
  // given one wins, whatever the order of the rows (the apply would break the unique slug).
  const taken = new Set([...slugs.map((s) => s.slug), ...rows.flatMap((r) => (r.values.slug ? [r.values.slug] : []))]);
  const targetedBy = new Map<number, number>();
  const plan: ImportPlan = { errors, creates: [], updates: [], keeps: [], unchanged: 0 };
  const invalidRows = new Set(errors.map((e) => e.row));

  for (const { row, values } of rows) {
    // The confirmation is not a column of Project: it only answers the status-date rule.
    const { sets: wanted = [], code, slug, statusDateConfirmed, ...fields } = values;
    const rowErrors: ImportError[] = [];
    const error = (column: string, message: string) => rowErrors.push({ row, column, message });
    for (const set of wanted) if (!setIds.has(set)) error(HEADER_OF.sets, `项目集“${set}”不存在`);
    const matchCode = code ? byCode.get(code) : undefined;
    const matchSlug = slug ? bySlug.get(slug) : undefined;
    if (matchCode && slug && matchCode.slug !== slug)
      error(
        HEADER_OF.slug,
        `项目编码“${code}”属于网址标识为“${matchCode.slug}”的项目，与本行网址标识不一致（网址标识不能修改）`,
      );
    if (!matchCode && matchSlug?.code && code)
      error(HEADER_OF.code, `网址标识“${slug}”的项目已有编码“${matchSlug.code}”，与本行编码不一致`);
    const target = matchCode ?? matchSlug;
    // Two rows may reach one project by different keys (one by code, one by slug).
    const earlier = target && targetedBy.get(target.id);
    if (earlier && !repeated.has(row))
      error(
        matchCode ? HEADER_OF.code : HEADER_OF.slug,
        `与第 ${earlier} 行是同一个项目（${target.slug}），一个项目只能有一行`,
      );
    else if (target) targetedBy.set(target.id, row);

    if (target) {
      const given = Object.fromEntries(
        Object.entries({ ...fields, ...(code ? { code } : {}) }).filter(([, v]) => v !== undefined),
      );
      const changes = changedFields(target, given);
      const statusDate = statusDateRowError(row, target, { ...fields, statusDateConfirmed });
      if (statusDate) rowErrors.push(statusDate);
      const merged = { ...target, ...changes };
      for (const { field, message } of checkProjectRules(merged)) error(HEADER_OF[field], message);
      const stored = new Set(target.sets.map((s) => s.setId));
      const addSets = wanted.filter((s) => !stored.has(s));
      if (rowErrors.length === 0 && (Object.keys(changes).length > 0 || addSets.length > 0)) {
        const before = Object.fromEntries(
          Object.keys(changes).map((field) => [field, target[field as keyof Existing]]),
        );
        plan.updates.push({
          row,
          id: target.id,
          slug: target.slug,
          code: (merged.code as string | null) ?? null,
          name: String(merged.name),
          version: target.version,
          changes,
          before,
          addSets,
        });
      } else if (rowErrors.length === 0) {
        plan.keeps.push({ row, id: target.id, slug: target.slug, version: target.version });
        plan.unchanged += 1;
      }
    } else {
      if (!fields.name) error(HEADER_OF.name, '新项目必须填写项目名称');
      for (const { field, message } of checkProjectRules(fields)) error(HEADER_OF[field], message);
      if (rowErrors.length === 0 && fields.name) {
        const newSlug = slug ?? uniqueSlug(slugFromName(fields.name), taken);
        taken.add(newSlug);
        plan.creates.push({
          row,
          slug: newSlug,
          name: fields.name,
          data: { ...fields, code: code ?? null, slug: newSlug, knownAs: 'official' },
          sets: wanted,
        });
      }
    }
    if (rowErrors.length > 0 || invalidRows.has(row)) {
      plan.creates = plan.creates.filter((c) => c.row !== row);
      plan.updates = plan.updates.filter((u) => u.row !== row);
      plan.keeps = plan.keeps.filter((k) => k.row !== row);
    }
    plan.errors.push(...rowErrors);
  }
  plan.errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return plan;
}
