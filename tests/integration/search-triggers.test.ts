import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Trigger } from '@/lib/revisions/audit-triggers';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { SEARCH_SOURCES, searchTriggers, type SearchSource } from '@/lib/search/search-triggers';
import { unwatchedColumns, viewColumns } from '../helpers/search-view-columns';

function stored(sql: string, ...params: string[]) {
  const database = new Database(process.env.DATABASE_URL!.slice('file:'.length), { readonly: true });
  const rows = database.prepare(sql).all(...params);
  database.close();
  return rows;
}

const viewSql = (kind: string) =>
  (stored("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", `search_src_${kind}`)[0] as { sql: string })
    .sql;

const project = SEARCH_SOURCES.find((s) => s.kind === 'project')!;

describe('search index triggers', () => {
  it('are exactly the ones generated from the declaration and the schema (npm run db:triggers)', () => {
    const triggers = stored(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%' AND tbl_name <> 'search_doc' ORDER BY name",
    ) as Trigger[];
    expect(triggers).toEqual(searchTriggers().sort((a, b) => (a.name < b.name ? -1 : 1)));
    expect(SEARCH_SOURCES.map((s) => s.kind)).toEqual([...SEARCH_KINDS]);
  });

  it('watch every column the views read', () => {
    for (const source of SEARCH_SOURCES)
      expect([source.kind, unwatchedColumns(source, viewSql(source.kind))]).toEqual([source.kind, []]);
    expect(viewColumns(viewSql('project')).get('Enterprise')).toEqual(new Set(['id', 'name']));
    expect(viewColumns(viewSql('figure')).get('Passage')).toEqual(new Set(['id', 'sourceId', 'anchor', 'position']));
  });

  it('catch a view that reads a joined column no trigger watches', () => {
    // The project view also indexing the enterprise's English name, without the declaration saying so.
    const widened = viewSql('project').replace('e."name") AS "body"', 'e."name", e."nameEn") AS "body"');
    expect(unwatchedColumns(project, widened)).toEqual(['Enterprise.nameEn']);
    // The declaration losing the enterprise rename: the trigger goes, and the view's read of the name is unwatched.
    const unwatched: SearchSource = { ...project, joins: [{ ...project.joins![0], watched: undefined }] };
    expect(unwatchedColumns(unwatched, viewSql('project'))).toEqual(['Enterprise.name']);
  });

  it('refuse a declared column that the schema does not have', () => {
    const typo: SearchSource = { ...project, key: 'slugg' };
    expect(() => searchTriggers([typo])).toThrow('search triggers: Project has no column slugg');
  });
});
