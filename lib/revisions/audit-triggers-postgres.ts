import {
  AUDITED,
  type Audited,
  columnType,
  comparedColumns,
  CONTEXT,
  CONTEXT_COLUMNS,
  historyColumns,
  type Membership,
  membershipBodies,
  membershipSql,
  MEMBERSHIPS,
  REVISION_COLUMNS,
  type Row,
  unauditedMessage,
} from '@/lib/revisions/audit-model';

/**
 * The audit triggers on PostgreSQL: the same revisions as SQLite's (lib/revisions/audit-triggers.ts),
 * from the same model (lib/revisions/audit-model.ts), as one PL/pgSQL function per trigger, with
 * the trigger's name. Revision.before/after must be the very text SQLite writes, whichever engine
 * wrote a row (the history, the change feeds and db:copy compare and show that text), so the JSON
 * is assembled here rather than by json_build_object, which writes `{"a" : 1, "b" : true}` where
 * SQLite's json_object writes `{"a":1,"b":1}`; jsonb would also sort the keys.
 *
 * tests/postgres/audit-triggers.test.ts fails while the database's triggers differ from these.
 */

export type PostgresTrigger = {
  name: string;
  table: string;
  /** The function's source, between the dollar quotes (as pg_proc.prosrc holds it). */
  body: string;
  /** The CREATE TRIGGER statement that calls the function of the same name for each row. */
  definition: string;
};

/** A value as SQLite's json_object writes it: booleans as 1 and 0, times as the adapter's text. */
function jsonValue(type: string, value: string): string {
  switch (type) {
    case 'String':
      return `to_json(${value})::text`;
    case 'Int':
    case 'BigInt':
      return `${value}::text`;
    case 'Boolean':
      return `${value}::int::text`;
    case 'DateTime':
      return `to_json(to_char(${value}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"'))::text`;
    default:
      // Floats and decimals print differently on the two engines (1.0 and 1): decide before auditing one.
      throw new Error(`audit-triggers-postgres: no JSON text for a ${type} column like SQLite's`);
  }
}

/** `{"key":value,…}` in the given order, null for NULL, as one text expression. */
function jsonText(entries: { key: string; type: string; value: string }[]): string {
  const parts = entries.map(
    ({ key, type, value }, i) => `'${i === 0 ? '{' : ','}"${key}":' || coalesce(${jsonValue(type, value)}, 'null')`,
  );
  return `(${parts.join('\n        || ')} || '}')`;
}

const rowJson = (model: Audited, row: Row, columns: string[]) =>
  jsonText(columns.map((c) => ({ key: c, type: columnType(model.model, c), value: `${row}."${c}"` })));

const guard = (model: string) =>
  [
    `    IF NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1) THEN`,
    `        RAISE EXCEPTION '${unauditedMessage(model)}';`,
    `    END IF;`,
  ].join('\n');

// SQLite's strftime('%f') keeps milliseconds of the statement's time ('now' is fixed per statement).
const NOW = `date_trunc('milliseconds', statement_timestamp() AT TIME ZONE 'UTC')`;

function revision(entityType: string, entityId: string, action: string, before: string, after: string, from = CONTEXT) {
  return [
    `    INSERT INTO "Revision" (${REVISION_COLUMNS})`,
    `    SELECT '${entityType}', ${entityId}, '${action}', ${before}, ${after}, ${NOW}, ${CONTEXT_COLUMNS}`,
    `    FROM ${from};`,
  ].join('\n');
}

/** `audit_<model>_<event>`: after the event, for each row, refusing a write without context. */
function trigger(model: string, event: 'insert' | 'update' | 'delete', body: string, when = ''): PostgresTrigger {
  const name = `audit_${model}_${event}`;
  return {
    name,
    table: model,
    body: `\nBEGIN\n${guard(model)}\n${body}\n    RETURN NULL;\nEND;\n`,
    definition: `CREATE TRIGGER "${name}" AFTER ${event.toUpperCase()} ON "${model}"\nFOR EACH ROW ${when}EXECUTE FUNCTION "${name}"()`,
  };
}

function tableTriggers(model: Audited): PostgresTrigger[] {
  const columns = historyColumns(model);
  const row = (r: Row, list: string[]) => `(${list.map((c) => `${r}."${c}"`).join(', ')})`;
  // Column by column, as SQLite compares the two json_object texts (text compares by code point here).
  const compared = comparedColumns(model);
  const changed = `WHEN (${row('OLD', compared)} IS DISTINCT FROM ${row('NEW', compared)})\n`;
  const id = (r: Row) => `CAST(${r}."${model.idColumn}" AS TEXT)`;
  const json = (r: Row) => rowJson(model, r, columns);
  return [
    trigger(model.model, 'insert', revision(model.entityType, id('NEW'), 'create', 'NULL', json('NEW'))),
    trigger(model.model, 'update', revision(model.entityType, id('NEW'), 'update', json('OLD'), json('NEW')), changed),
    trigger(model.model, 'delete', revision(model.entityType, id('OLD'), 'delete', json('OLD'), 'NULL')),
  ];
}

/** As lib/revisions/audit-triggers.ts: joining or leaving is an update of the project. */
function membershipTriggers(membership: Membership): PostgresTrigger[] {
  const { model, field } = membership;
  const { labelOf, creation } = membershipSql(membership);
  const side = (r: Row, member: boolean) =>
    jsonText([
      { key: 'name', type: 'String', value: 'p."name"' },
      { key: 'published', type: 'Boolean', value: 'p."published"' },
      { key: field, type: 'String', value: member ? labelOf(r) : 'NULL::text' },
    ]);
  // SQLite's json_set appends the key to the creation's JSON, then replaces its value in place;
  // it stays the last key, so its old text is cut from the end and the new one appended.
  const listed = [
    `    UPDATE "Revision" SET "after" =`,
    `        left("after", -length(coalesce(',"${field}":' || to_json("after"::json ->> '${field}')::text, '') || '}'))`,
    `        || ',"${field}":' || to_json(coalesce(("after"::json ->> '${field}') || '、', '') || ${labelOf('NEW')})::text || '}'`,
    `    WHERE "id" = ${creation};`,
  ].join('\n');
  const bodies = membershipBodies(membership, { side, listed, revision });
  return [trigger(model, 'insert', bodies.insert), trigger(model, 'delete', bodies.delete)];
}

/** Every audit trigger, as the PostgreSQL database must hold it. */
export function postgresAuditTriggers(): PostgresTrigger[] {
  return [...AUDITED.flatMap(tableTriggers), ...MEMBERSHIPS.flatMap(membershipTriggers)];
}

/** The statements that (re)create `trigger` and its function in a migration. */
export function postgresTriggerSql(trigger: PostgresTrigger): string {
  return [
    `DROP TRIGGER IF EXISTS "${trigger.name}" ON "${trigger.table}";`,
    `CREATE OR REPLACE FUNCTION "${trigger.name}"() RETURNS trigger LANGUAGE plpgsql AS $$${trigger.body}$$;`,
    `${trigger.definition};`,
    '',
  ].join('\n');
}
