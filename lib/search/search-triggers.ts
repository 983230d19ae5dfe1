import { Prisma } from '@prisma/client';
import type { Trigger } from '@/lib/revisions/audit-triggers';
import { kindIdRange, type SearchKind } from '@/lib/search/kinds';

/**
 * The triggers that keep the search index ("search_doc", migration 20261129020000_search_index)
 * in step with the tables it is read from, generated from the declaration below, so that no one
 * writes them by hand and no column a view reads is left unwatched. Each kind's view
 * "search_src_<kind>" says what a row contributes; a write to the row upserts its document from
 * the view, or deletes it when the view no longer has it.
 *
 * `npm run db:triggers -- <migration name>` writes a migration that recreates them (with the audit
 * triggers). tests/integration/search-triggers.test.ts fails while the database's triggers differ
 * from these, or a view reads a column that no trigger watches.
 */

/** A table the view joins: a change of the columns it reads must reach the documents that read them. */
export type SearchJoin = {
  model: Prisma.ModelName;
  /** The source model's column that points at the joined row, and the joined column it holds. */
  foreignKey: string;
  references: string;
  /** Columns the view reads, refreshed by the trigger `search_<model>_<trigger>` when they change. */
  watched?: { columns: string[]; trigger: string };
  /** Columns the view reads that never change while the row keeps its id, so no trigger watches them. */
  fixed?: string[];
};

export type SearchSource = {
  kind: SearchKind;
  model: Prisma.ModelName;
  /** The model's column that the view gives as "ref" (search_doc.ref). */
  key: string;
  /**
   * A view column numbering the documents within the kind's id block, so that the id of a
   * document can be computed from its row (the project listing relies on it); without one a new
   * document takes the block's next free id.
   */
  numberedBy?: string;
  joins?: SearchJoin[];
};

export const SEARCH_SOURCES: SearchSource[] = [
  {
    kind: 'project',
    model: 'Project',
    key: 'slug',
    numberedBy: 'project_id',
    // A project's document carries its enterprise's name (found by 北辰 or beichen): follow renames.
    joins: [
      {
        model: 'Enterprise',
        foreignKey: 'enterpriseId',
        references: 'id',
        watched: { columns: ['name'], trigger: 'rename' },
      },
    ],
  },
  { kind: 'enterprise', model: 'Enterprise', key: 'id' },
  { kind: 'set', model: 'Set', key: 'id' },
  { kind: 'initiative', model: 'Initiative', key: 'id' },
  {
    kind: 'figure',
    model: 'Figure',
    key: 'key',
    // A passage's id is "<sourceId>#<anchor>" and its anchor is "p-<position>" (lib/loader/build-dataset.ts).
    joins: [{ model: 'Passage', foreignKey: 'passageId', references: 'id', fixed: ['sourceId', 'anchor', 'position'] }],
  },
  { kind: 'passage', model: 'Passage', key: 'id' },
];

/** The model's scalar columns, from Prisma's data model (DMMF). */
export function modelColumns(model: Prisma.ModelName): string[] {
  const found = Prisma.dmmf.datamodel.models.find((m) => m.name === model);
  if (!found) throw new Error(`search triggers: no model ${model} in the schema`);
  return found.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum').map((f) => f.name);
}

function column(model: Prisma.ModelName, name: string): string {
  if (!modelColumns(model).includes(name)) throw new Error(`search triggers: ${model} has no column ${name}`);
  return name;
}

const view = (kind: SearchKind) => `"search_src_${kind}"`;

/**
 * The trigger statements are plain SQL both engines read alike, but for comparing values that
 * may be NULL: SQLite's `IS` / `IS NOT`, PostgreSQL's `IS [NOT] DISTINCT FROM`.
 */
export type TriggerEngine = 'sqlite' | 'postgresql';
const same = (engine: TriggerEngine, a: string, b: string) =>
  engine === 'sqlite' ? `${a} IS ${b}` : `${a} IS NOT DISTINCT FROM ${b}`;
const differs = (engine: TriggerEngine, a: string, b: string) =>
  engine === 'sqlite' ? `${a} IS NOT ${b}` : `${a} IS DISTINCT FROM ${b}`;

const DOC_COLUMNS = '"id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin"';
// Pinyin cannot be computed in SQL: a document whose pinyin source changed gets NULL, and
// lib/search/pinyin.ts fills it in; a document without a pinyin source has none ('').
const NO_PINYIN = `CASE WHEN v."pinyin_source" IS NULL THEN '' END`;
const keptPinyin = (engine: TriggerEngine, source: string) =>
  `CASE WHEN ${same(engine, '"search_doc"."pinyin_source"', `${source}."pinyin_source"`)} THEN "search_doc"."pinyin" WHEN ${source}."pinyin_source" IS NULL THEN '' END`;

/** The id of a new document of `source`'s kind, read from its view row `v`. */
function documentId({ kind, numberedBy }: SearchSource): string {
  const { lo, hi } = kindIdRange(kind);
  if (numberedBy) return `${lo} + v."${numberedBy}"`;
  return `(SELECT coalesce(max("id"), ${lo}) + 1 FROM "search_doc" WHERE "id" > ${lo} AND "id" < ${hi})`;
}

/** Writes the document of the row whose key is `ref`, as the view gives it (nothing when it gives none). */
function upsert(engine: TriggerEngine, source: SearchSource, ref: string): string {
  return [
    `    INSERT INTO "search_doc" (${DOC_COLUMNS})`,
    `    SELECT ${documentId(source)},`,
    `           '${source.kind}', v."ref", v."title", v."body", v."extra", v."pinyin_source", ${NO_PINYIN}`,
    `    FROM ${view(source.kind)} v WHERE v."ref" = ${ref}`,
    `    ON CONFLICT ("kind", "ref") DO UPDATE SET`,
    `        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",`,
    `        "pinyin" = ${keptPinyin(engine, 'excluded')};`,
  ].join('\n');
}

function removal(source: SearchSource, ref: string, unlessListed: boolean): string {
  const unless = unlessListed ? ` AND NOT EXISTS (SELECT 1 FROM ${view(source.kind)} WHERE "ref" = ${ref})` : '';
  return `    DELETE FROM "search_doc" WHERE "kind" = '${source.kind}' AND "ref" = ${ref}${unless};`;
}

/** A trigger as declared, before it is written in one engine's words. */
type SearchTrigger = {
  name: string;
  table: Prisma.ModelName;
  event: 'INSERT' | 'UPDATE' | 'DELETE';
  /** `UPDATE OF` these (quoted) columns only, and only when one of them changed. */
  columns?: string[];
  body: (engine: TriggerEngine) => string[];
};

/** `search_<model>_insert/update/delete`: the row's own document follows every write of it. */
function sourceTriggers(source: SearchSource): SearchTrigger[] {
  const { model } = source;
  const ref = (row: 'OLD' | 'NEW') => `${row}."${column(model, source.key)}"`;
  return [
    { name: `search_${model}_insert`, table: model, event: 'INSERT', body: (e) => [upsert(e, source, ref('NEW'))] },
    {
      name: `search_${model}_update`,
      table: model,
      event: 'UPDATE',
      body: (e) => [removal(source, ref('OLD'), true), upsert(e, source, ref('NEW'))],
    },
    { name: `search_${model}_delete`, table: model, event: 'DELETE', body: () => [removal(source, ref('OLD'), false)] },
  ];
}

/** A change of a joined row's watched columns refreshes the documents of the rows that point at it. */
function joinTriggers(source: SearchSource): SearchTrigger[] {
  return (source.joins ?? []).flatMap(({ model, foreignKey, references, watched }) => {
    if (!watched) return [];
    const rows = `SELECT "${source.key}" FROM "${source.model}" WHERE "${column(source.model, foreignKey)}" = NEW."${column(model, references)}"`;
    return [
      {
        name: `search_${model}_${watched.trigger}`,
        table: model,
        event: 'UPDATE' as const,
        columns: watched.columns.map((c) => `"${column(model, c)}"`),
        body: (engine: TriggerEngine) => [
          `    UPDATE "search_doc" SET ("title", "body", "extra", "pinyin_source", "pinyin") = (`,
          `        SELECT v."title", v."body", v."extra", v."pinyin_source", ${keptPinyin(engine, 'v')}`,
          `        FROM ${view(source.kind)} v WHERE v."ref" = "search_doc"."ref")`,
          `    WHERE "kind" = '${source.kind}' AND "ref" IN (${rows});`,
        ],
      },
    ];
  });
}

const declared = (sources: SearchSource[]) => [...sources.flatMap(sourceTriggers), ...sources.flatMap(joinTriggers)];

const changedSql = (engine: TriggerEngine, columns: string[]) =>
  columns.map((c) => differs(engine, `OLD.${c}`, `NEW.${c}`)).join(' OR ');

/** Every trigger of the search index on the tables it reads, as the SQLite database must hold it. */
export function searchTriggers(sources = SEARCH_SOURCES): Trigger[] {
  return declared(sources).map(({ name, table, event, columns, body }) => {
    const on = columns
      ? `UPDATE OF ${columns.join(', ')} ON "${table}"\nWHEN ${changedSql('sqlite', columns)}`
      : `${event} ON "${table}"`;
    return { name, sql: `CREATE TRIGGER "${name}" AFTER ${on}\nBEGIN\n${body('sqlite').join('\n')}\nEND` };
  });
}

/** A PostgreSQL trigger: its function (same name) and the trigger that runs it for each row. */
export type PostgresTrigger = { name: string; table: string; function: string; trigger: string };

/** The same triggers for PostgreSQL: a PL/pgSQL function per trigger, run after each row's write. */
export function searchTriggersPostgres(sources = SEARCH_SOURCES): PostgresTrigger[] {
  return declared(sources).map(({ name, table, event, columns, body }) => {
    const on = columns
      ? `UPDATE OF ${columns.join(', ')} ON "${table}"\n    FOR EACH ROW WHEN (${changedSql('postgresql', columns)})`
      : `${event} ON "${table}"\n    FOR EACH ROW`;
    return {
      name,
      table,
      function: [
        `CREATE OR REPLACE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$`,
        'BEGIN',
        ...body('postgresql'),
        '    RETURN NULL;',
        'END',
        '$$',
      ].join('\n'),
      trigger: `CREATE OR REPLACE TRIGGER "${name}" AFTER ${on} EXECUTE FUNCTION "${name}"()`,
    };
  });
}
