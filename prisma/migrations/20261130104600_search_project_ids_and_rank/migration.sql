-- Two changes to the search index of migration 20261129020000_search_index.
--
-- 1. A project's document id is 6000000000 + Project.id (the project block of
--    lib/search/kinds.ts plus the project's own id) instead of the next free number, so the
--    project listing (lib/project-list) filters by keyword with `p.id IN (SELECT rowid - 6000000000
--    FROM search_… WHERE … MATCH ?)`: no look-up per match, no list of ids sent as parameters.
--    The view gains "project_id"; the project triggers number new documents with it, and
--    lib/search/rebuild.ts does the same. Existing documents are renumbered below: first to
--    negative ids, so that no id is held twice midway, then to their final ids. The
--    "search_doc_update" trigger moves each one in both FTS indexes; pinyin is kept.
-- 2. An index on (kind, lower(title)), so that /search lists, within each kind, the documents
--    whose title equals the query or starts with it first, by a bounded range look-up
--    (lib/search/run-search.ts), before the other matches in index order.
--
-- No base table is redefined, so the triggers of the earlier migrations stay in place.

DROP VIEW "search_src_project";
CREATE VIEW "search_src_project" AS
SELECT p."id" AS "project_id", p."slug" AS "ref", p."name" AS "title",
       concat_ws(' ', p."description", p."industryChain", p."location", p."code", e."name") AS "body",
       NULL AS "extra", concat_ws(' ', p."name", e."name") AS "pinyin_source"
FROM "Project" p LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
WHERE p."published" = 1;

DROP TRIGGER "search_Project_insert";
CREATE TRIGGER "search_Project_insert" AFTER INSERT ON "Project"
BEGIN
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT 6000000000 + v."project_id",
           'project', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_project" v WHERE v."ref" = NEW."slug"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

DROP TRIGGER "search_Project_update";
CREATE TRIGGER "search_Project_update" AFTER UPDATE ON "Project"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'project' AND "ref" = OLD."slug" AND NOT EXISTS (SELECT 1 FROM "search_src_project" WHERE "ref" = OLD."slug");
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT 6000000000 + v."project_id",
           'project', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_project" v WHERE v."ref" = NEW."slug"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

UPDATE "search_doc" SET "id" = -"id" WHERE "kind" = 'project';
UPDATE "search_doc" SET "id" = 6000000000 + (SELECT p."id" FROM "Project" p WHERE p."slug" = "search_doc"."ref") WHERE "kind" = 'project';

CREATE INDEX "search_doc_title_rank" ON "search_doc" ("kind", lower("title"));
