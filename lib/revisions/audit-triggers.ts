import {
  AUDITED,
  type Audited,
  comparedColumns,
  CONTEXT,
  CONTEXT_COLUMNS,
  historyColumns,
  type Membership,
  membershipBodies,
  membershipSql,
  MEMBERSHIPS,
  REVISION_COLUMNS,
  unauditedMessage,
} from '@/lib/revisions/audit-model';

/**
 * The audit triggers on SQLite, rendered from lib/revisions/audit-model.ts (the PostgreSQL twin:
 * lib/revisions/audit-triggers-postgres.ts). Every write to an audited table records a Revision in
 * the same transaction; a write without the context that withAudit() puts in "WriteContext" is
 * refused (lib/revisions/with-audit.ts).
 *
 * After changing an audited model: `npm run db:triggers -- <migration name>` writes a migration
 * that recreates them all (with the search index's, lib/search/search-triggers.ts).
 * tests/integration/audit.test.ts fails while the database's triggers differ from these.
 */

const json = (row: 'OLD' | 'NEW', columns: string[]) =>
  `json_object(${columns.map((c) => `'${c}', ${row}."${c}"`).join(', ')})`;

const guard = (model: string) =>
  `    SELECT RAISE(ABORT, '${unauditedMessage(model)}') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);`;

const NOW = `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`;

/** The INSERT of a Revision from the write's context (and `from`, other rows it reads). */
function revision(entityType: string, entityId: string, action: string, before: string, after: string, from = CONTEXT) {
  return [
    `    INSERT INTO "Revision" (${REVISION_COLUMNS})`,
    `    SELECT '${entityType}', ${entityId}, '${action}', ${before}, ${after}, ${NOW}, ${CONTEXT_COLUMNS}`,
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
  const compared = comparedColumns(model);
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
function membershipTriggers(membership: Membership): Trigger[] {
  const { model, field } = membership;
  const { labelOf, creation } = membershipSql(membership);
  const side = (row: 'OLD' | 'NEW', member: boolean) =>
    `json_object('name', p."name", 'published', p."published", '${field}', ${member ? labelOf(row) : 'NULL'})`;
  const listed = [
    `    UPDATE "Revision" SET "after" = json_set("after", '$.${field}',`,
    `        coalesce(json_extract("after", '$.${field}') || '、', '') || ${labelOf('NEW')})`,
    `    WHERE "id" = ${creation};`,
  ].join('\n');
  const bodies = membershipBodies(membership, { side, listed, revision });
  return [trigger(model, 'insert', bodies.insert), trigger(model, 'delete', bodies.delete)];
}

/** Every audit trigger, as the database must hold it (sqlite_master keeps the text as created). */
export function auditTriggers(): Trigger[] {
  return [...AUDITED.flatMap(tableTriggers), ...MEMBERSHIPS.flatMap(membershipTriggers)];
}
