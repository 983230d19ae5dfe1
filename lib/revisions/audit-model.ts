import { Prisma } from '@prisma/client';

/**
 * What the audit records, read from the Prisma schema so that a new column is in the history
 * without anyone writing SQL, and no column is left out by mistake (Figure.operation once was).
 * Engine-neutral: lib/revisions/audit-triggers.ts renders it as SQLite triggers,
 * lib/revisions/audit-triggers-postgres.ts as PL/pgSQL, so both engines record the same revisions.
 */

export type Audited = {
  model: Prisma.ModelName;
  /** Revision.entityType, and the column whose value is Revision.entityId. */
  entityType: string;
  idColumn: string;
  /** Columns never copied into the history: internal to the workspace, or the source's raw text. */
  privateColumns?: string[];
};

export const AUDITED: Audited[] = [
  { model: 'Source', entityType: 'source', idColumn: 'id', privateColumns: ['fileName', 'rawText', 'cleanText'] },
  { model: 'Enterprise', entityType: 'enterprise', idColumn: 'id' },
  { model: 'Project', entityType: 'project', idColumn: 'slug' },
  { model: 'Set', entityType: 'set', idColumn: 'id' },
  { model: 'Initiative', entityType: 'initiative', idColumn: 'id' },
  { model: 'Milestone', entityType: 'milestone', idColumn: 'id' },
  { model: 'Problem', entityType: 'problem', idColumn: 'id', privateColumns: ['resolutionNote'] },
  { model: 'Responsibility', entityType: 'responsibility', idColumn: 'id', privateColumns: ['phone', 'internalNote'] },
  { model: 'Figure', entityType: 'figure', idColumn: 'key' },
];

/** A project's place in a set or an initiative: recorded as a change of the project. */
export const MEMBERSHIPS = [
  { model: 'SetMembership', field: 'set', table: 'Set', key: 'setId', label: 'name' },
  { model: 'InitiativeProject', field: 'initiative', table: 'Initiative', key: 'initiativeId', label: 'name' },
] as const;

export type Membership = (typeof MEMBERSHIPS)[number];

export type Row = 'OLD' | 'NEW';

/**
 * The SQL of a membership trigger that both engines read alike: the set's (or initiative's) name,
 * the rows a joining or leaving revision is read from, and the id of the revision that creates
 * the project in this same write, if any (WriteContext.revisionFloor marks the write's own).
 */
export function membershipSql({ table, key, label }: Membership) {
  const project = (row: Row) =>
    `"WriteContext", "Project" AS p WHERE "WriteContext"."id" = 1 AND p."id" = ${row}."projectId"`;
  const creation = `(SELECT r."id" FROM "Revision" AS r, "WriteContext" AS w, "Project" AS p
        WHERE w."id" = 1 AND r."id" > w."revisionFloor" AND p."id" = NEW."projectId"
          AND r."entityType" = 'project' AND r."entityId" = p."slug" AND r."action" = 'create')`;
  return {
    labelOf: (row: Row) =>
      `coalesce((SELECT "${label}" FROM "${table}" WHERE "id" = ${row}."${key}"), ${row}."${key}")`,
    creation,
    joinedFrom: `${project('NEW')}
      AND NOT EXISTS ${creation}`,
    leftFrom: project('OLD'),
  };
}

/** An engine's INSERT of a Revision from the write's context and `from`. */
export type RevisionSql = (
  entityType: string,
  entityId: string,
  action: string,
  before: string,
  after: string,
  from: string,
) => string;

/**
 * The bodies of a membership's insert and delete triggers, from an engine's words for the
 * project's side of the change (its name, "published" and, when a member, the set's name), for
 * the addition of the set's name to the project's creation, and for a revision.
 */
export function membershipBodies(
  membership: Membership,
  engine: { side: (row: Row, member: boolean) => string; listed: string; revision: RevisionSql },
): { insert: string; delete: string } {
  const { joinedFrom, leftFrom } = membershipSql(membership);
  const change = (row: Row, joining: boolean, from: string) =>
    engine.revision('project', 'p."slug"', 'update', engine.side(row, !joining), engine.side(row, joining), from);
  return { insert: `${engine.listed}\n${change('NEW', true, joinedFrom)}`, delete: change('OLD', false, leftFrom) };
}

// Kept by Prisma or the database, not by people: a change of them alone is no change.
const BOOKKEEPING = new Set(['createdAt', 'updatedAt']);
// Moves with every write (optimistic locking), so a write that changed nothing else, such as
// one that only changed the project's sets, would record an empty change; it is copied, not compared.
const UNCOMPARED = new Set(['version']);

const fieldsOf = (model: Prisma.ModelName) => Prisma.dmmf.datamodel.models.find((m) => m.name === model)!.fields;

/** The columns of `model` that its revisions copy, in the schema's order. */
export function historyColumns(model: Audited): string[] {
  return fieldsOf(model.model)
    .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
    .map((field) => field.name)
    .filter((name) => !BOOKKEEPING.has(name) && !model.privateColumns?.includes(name));
}

/** The history columns whose change is a change: an update that changes none of them records nothing. */
export function comparedColumns(model: Audited): string[] {
  return historyColumns(model).filter((column) => !UNCOMPARED.has(column));
}

/** The Prisma type of `column` (String, Int, Boolean…), which decides how a revision writes its value. */
export function columnType(model: Prisma.ModelName, column: string): string {
  const field = fieldsOf(model).find((f) => f.name === column)!;
  return field.kind === 'enum' ? 'String' : field.type;
}

/** The words of the refusal of a write made without withAudit's context, the same on both engines. */
export const unauditedMessage = (model: string) => `unaudited write to ${model}: wrap it in withAudit()`;

export const REVISION_COLUMNS =
  '"entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef"';

/** The copy of the write's context into a Revision, after the entity's own values. */
export const CONTEXT_COLUMNS = '"actorRole", "actorId", "actorName", "reason", "sourceRef"';

export const CONTEXT = '"WriteContext" WHERE "id" = 1';
