import { Prisma } from '@prisma/client';

/**
 * The audit triggers, generated from the Prisma schema so that a new column is in the history
 * without anyone writing SQL, and no column is left out by mistake (Figure.operation once was).
 * Every write to an audited table records a Revision in the same transaction; a write without
 * the context that withAudit() puts in "WriteContext" is refused (lib/revisions/with-audit.ts).
 *
 * After changing an audited model: `npm run db:triggers -- <migration name>` writes a migration
 * that recreates them all (with the search index's, lib/search/search-triggers.ts).
 * tests/integration/audit.test.ts fails while the database's triggers differ from these.
 */

type Audited = {
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
const MEMBERSHIPS = [
  { model: 'SetMembership', field: 'set', table: 'Set', key: 'setId', label: 'name' },
  { model: 'InitiativeProject', field: 'initiative', table: 'Initiative', key: 'initiativeId', label: 'name' },
] as const;

// Kept by Prisma or the database, not by people: a change of them alone is no change.
const BOOKKEEPING = new Set(['createdAt', 'updatedAt']);
// Moves with every write (optimistic locking), so a write that changed nothing else, such as
// one that only changed the project's sets, would record an empty change; it is copied, not compared.
const UNCOMPARED = new Set(['version']);

/** The columns of `model` that its revisions copy, in the schema's order. */
export function historyColumns(model: Audited): string[] {
  const fields = Prisma.dmmf.datamodel.models.find((m) => m.name === model.model)!.fields;
  return fields
    .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
    .map((field) => field.name)
    .filter((name) => !BOOKKEEPING.has(name) && !model.privateColumns?.includes(name));
}

const json = (row: 'OLD' | 'NEW', columns: string[]) =>
  `json_object(${columns.map((c) => `'${c}', ${row}."${c}"`).join(', ')})`;

const guard = (model: string) =>
  `    SELECT RAISE(ABORT, 'unaudited write to ${model}: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);`;

const REVISION_COLUMNS =
  '"entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef"';
const NOW = `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`;

const CONTEXT = '"WriteContext" WHERE "id" = 1';

/** The INSERT of a Revision from the write's context (and `from`, other rows it reads). */
function revision(entityType: string, entityId: string, action: string, before: string, after: string, from = CONTEXT) {
  return [
    `    INSERT INTO "Revision" (${REVISION_COLUMNS})`,
    `    SELECT '${entityType}', ${entityId}, '${action}', ${before}, ${after}, ${NOW}, "actorRole", "actorId", "actorName", "reason", "sourceRef"`,
    `    FROM ${from};`,
  ].join('\n');
}

export type Trigger = { name: string; sql: string };

/** One trigger of the audit: `audit_<model>_<event>`, after the event, refusing a write without context. */
function trigger(model: string, event: 'insert' | 'update' | 'delete', body: string, when = ''): Trigger {
  const name = `audit_${model}_${event}`;
  return {
    name,
    sql: `CREATE TRIGGER "${name}" AFTER ${event.toUpperCase()} ON "${model}"\n${when}BEGIN\n${guard(model)}\n${body}\nEND`,
  };
}

function tableTriggers(model: Audited): Trigger[] {
  const columns = historyColumns(model);
  const compared = columns.filter((c) => !UNCOMPARED.has(c));
  const id = (row: 'OLD' | 'NEW') => `CAST(${row}."${model.idColumn}" AS TEXT)`;
  const changed = `WHEN ${json('OLD', compared)} IS NOT ${json('NEW', compared)}\n`;
  return [
    trigger(model.model, 'insert', revision(model.entityType, id('NEW'), 'create', 'NULL', json('NEW', columns))),
    trigger(
      model.model,
      'update',
      revision(model.entityType, id('NEW'), 'update', json('OLD', columns), json('NEW', columns)),
      changed,
    ),
    trigger(model.model, 'delete', revision(model.entityType, id('OLD'), 'delete', json('OLD', columns), 'NULL')),
  ];
}

/**
 * Joining or leaving a set or an initiative is an update of the project, with the project's name
 * (for the history's heading) and "published" (which decides whether the public sees it: see
 * migration 20261201093000_history_published) on both sides. Sets joined in the write that
 * creates the project are listed in its creation instead (WriteContext.revisionFloor marks the
 * write's own revisions). Not recorded when the project itself is being deleted: its own
 * revision says so.
 */
function membershipTriggers({ model, field, table, key, label }: (typeof MEMBERSHIPS)[number]): Trigger[] {
  const labelOf = (row: 'OLD' | 'NEW') =>
    `coalesce((SELECT "${label}" FROM "${table}" WHERE "id" = ${row}."${key}"), ${row}."${key}")`;
  const side = (row: 'OLD' | 'NEW', member: boolean) =>
    `json_object('name', p."name", 'published', p."published", '${field}', ${member ? labelOf(row) : 'NULL'})`;
  const project = (row: 'OLD' | 'NEW') =>
    `"WriteContext", "Project" AS p WHERE "WriteContext"."id" = 1 AND p."id" = ${row}."projectId"`;
  const creation = `(SELECT r."id" FROM "Revision" AS r, "WriteContext" AS w, "Project" AS p
        WHERE w."id" = 1 AND r."id" > w."revisionFloor" AND p."id" = NEW."projectId"
          AND r."entityType" = 'project' AND r."entityId" = p."slug" AND r."action" = 'create')`;
  const joined = revision(
    'project',
    'p."slug"',
    'update',
    side('NEW', false),
    side('NEW', true),
    `${project('NEW')}
      AND NOT EXISTS ${creation}`,
  );
  const listed = [
    `    UPDATE "Revision" SET "after" = json_set("after", '$.${field}',`,
    `        coalesce(json_extract("after", '$.${field}') || '、', '') || ${labelOf('NEW')})`,
    `    WHERE "id" = ${creation};`,
  ].join('\n');
  const left = revision('project', 'p."slug"', 'update', side('OLD', true), side('OLD', false), project('OLD'));
  return [trigger(model, 'insert', `${listed}\n${joined}`), trigger(model, 'delete', left)];
}

/** Every audit trigger, as the database must hold it (sqlite_master keeps the text as created). */
export function auditTriggers(): Trigger[] {
  return [...AUDITED.flatMap(tableTriggers), ...MEMBERSHIPS.flatMap(membershipTriggers)];
}
