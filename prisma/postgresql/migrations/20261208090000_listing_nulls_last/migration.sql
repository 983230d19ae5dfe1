-- PostgreSQL only (no SQLite migration, not in the schema: tests/postgres/migrations-drift.test.ts
-- leaves out indexes named *_pg_idx). The listing puts unknown amounts and dates last in both
-- directions (lib/project-list/listing-sql.ts). SQLite sorts NULL below every value, so its DESC
-- index already ends with them; PostgreSQL sorts NULL above every value, so its DESC index starts
-- with them, and "largest / latest first" (DESC NULLS LAST) sorted every published project instead
-- of walking it (0.5 s at 1,000,000 projects). These two serve that direction; the reverse
-- (ASC NULLS LAST, id DESC) walks Project_list_investment_idx and Project_list_date_idx backwards.
-- Same columns as those: the filters are checked in the index, which is read alone.
CREATE INDEX "Project_list_investment_pg_idx" ON "Project"("published", "totalInvestment" DESC NULLS LAST, "id", "sector", "status", "level", "kind", "industryChain", "town");
CREATE INDEX "Project_list_date_pg_idx" ON "Project"("published", "startDate" DESC NULLS LAST, "id", "sector", "status", "level", "kind", "industryChain", "town");
