-- English renderings of the names the sources give (issue 10, item 11): a project's and an
-- enterprise's "nameEn", the portal's own translation (data/translations/names-en.json, loaded by
-- lib/loader; officials may edit it). Nullable: a name without a translation shows in Chinese only.
-- Initiatives already have "nameEn" (migration 20261129000000_init).
-- ADD COLUMN keeps the tables and their triggers; the search views are recreated so that English
-- queries find the names, and the audit triggers from the schema by the generated migration
-- 20261205090001_audit_triggers_generated, so that the history records the new field.
ALTER TABLE "Project" ADD COLUMN "nameEn" TEXT;
ALTER TABLE "Enterprise" ADD COLUMN "nameEn" TEXT;

-- The body starts with the English name (lib/search/present-hit.ts cuts it off for Chinese
-- readers and shows only it to English ones), as the set, initiative and figure views do.
DROP VIEW "search_src_project";
CREATE VIEW "search_src_project" AS
SELECT p."id" AS "project_id", p."slug" AS "ref", p."name" AS "title",
       concat_ws(' ', p."nameEn", p."description", p."industryChain", p."location", p."code", e."name") AS "body",
       json_object('nameEn', p."nameEn") AS "extra", concat_ws(' ', p."name", e."name") AS "pinyin_source"
FROM "Project" p LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
WHERE p."published" = 1;

DROP VIEW "search_src_enterprise";
CREATE VIEW "search_src_enterprise" AS
SELECT e."id" AS "ref", e."name" AS "title", coalesce(e."nameEn", '') AS "body",
       json_object('nameEn', e."nameEn") AS "extra", e."name" AS "pinyin_source"
FROM "Enterprise" e;

-- Documents as the new views write them (the translations themselves arrive with the next load,
-- through the update triggers).
UPDATE "search_doc" SET
    "body" = (SELECT v."body" FROM "search_src_project" v WHERE v."ref" = "search_doc"."ref"),
    "extra" = (SELECT v."extra" FROM "search_src_project" v WHERE v."ref" = "search_doc"."ref")
WHERE "kind" = 'project' AND EXISTS (SELECT 1 FROM "search_src_project" v WHERE v."ref" = "search_doc"."ref");
UPDATE "search_doc" SET
    "body" = (SELECT v."body" FROM "search_src_enterprise" v WHERE v."ref" = "search_doc"."ref"),
    "extra" = (SELECT v."extra" FROM "search_src_enterprise" v WHERE v."ref" = "search_doc"."ref")
WHERE "kind" = 'enterprise' AND EXISTS (SELECT 1 FROM "search_src_enterprise" v WHERE v."ref" = "search_doc"."ref");
