-- DropIndex
DROP INDEX "Project_industryChain_idx";

-- CreateIndex
CREATE INDEX "Project_industryChain_published_name_idx" ON "Project"("industryChain", "published", "name");

-- CreateIndex
CREATE INDEX "Project_list_name_idx" ON "Project"("published", "name", "id", "sector", "status", "level", "kind", "industryChain");

-- CreateIndex
CREATE INDEX "Project_list_investment_idx" ON "Project"("published", "totalInvestment" DESC, "id", "sector", "status", "level", "kind", "industryChain");

-- CreateIndex
CREATE INDEX "Project_list_date_idx" ON "Project"("published", "startDate" DESC, "id", "sector", "status", "level", "kind", "industryChain");

-- CreateIndex
CREATE INDEX "Project_published_idx" ON "Project"("published");

-- CreateIndex
CREATE INDEX "SetMembership_projectId_idx" ON "SetMembership"("projectId");
