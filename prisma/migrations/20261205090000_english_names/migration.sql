-- English renderings of the names the sources give (issue 10, item 11): a project's and an
-- enterprise's "nameEn", the portal's own translation (data/translations/names-en.json, loaded by
-- lib/loader; officials may edit it). Nullable: a name without a translation shows in Chinese only.
-- Initiatives already have "nameEn" (migration 20261129000000_init).
-- ADD COLUMN keeps the tables and their other triggers; the audit triggers are recreated so that
-- the history records the new field, and the search views so that English queries find the names.
ALTER TABLE "Project" ADD COLUMN "nameEn" TEXT;
ALTER TABLE "Enterprise" ADD COLUMN "nameEn" TEXT;

DROP TRIGGER "audit_Project_insert";
CREATE TRIGGER "audit_Project_insert" AFTER INSERT ON "Project"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(NEW."slug" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'nameEn', NEW."nameEn", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Project_update";
CREATE TRIGGER "audit_Project_update" AFTER UPDATE ON "Project"
WHEN json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'nameEn', OLD."nameEn", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version") IS NOT json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'nameEn', NEW."nameEn", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(NEW."slug" AS TEXT), 'update', json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'nameEn', OLD."nameEn", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version"), json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'nameEn', NEW."nameEn", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Project_delete";
CREATE TRIGGER "audit_Project_delete" AFTER DELETE ON "Project"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(OLD."slug" AS TEXT), 'delete', json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'nameEn', OLD."nameEn", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Enterprise_insert";
CREATE TRIGGER "audit_Enterprise_insert" AFTER INSERT ON "Enterprise"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Enterprise: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'enterprise', CAST(NEW."id" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'name', NEW."name", 'nameEn', NEW."nameEn"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Enterprise_update";
CREATE TRIGGER "audit_Enterprise_update" AFTER UPDATE ON "Enterprise"
WHEN json_object('id', OLD."id", 'name', OLD."name", 'nameEn', OLD."nameEn") IS NOT json_object('id', NEW."id", 'name', NEW."name", 'nameEn', NEW."nameEn")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Enterprise: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'enterprise', CAST(NEW."id" AS TEXT), 'update', json_object('id', OLD."id", 'name', OLD."name", 'nameEn', OLD."nameEn"), json_object('id', NEW."id", 'name', NEW."name", 'nameEn', NEW."nameEn"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Enterprise_delete";
CREATE TRIGGER "audit_Enterprise_delete" AFTER DELETE ON "Enterprise"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Enterprise: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'enterprise', CAST(OLD."id" AS TEXT), 'delete', json_object('id', OLD."id", 'name', OLD."name", 'nameEn', OLD."nameEn"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

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
