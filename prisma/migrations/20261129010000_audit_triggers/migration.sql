-- Audit triggers: every write to an audited table records a Revision, in the same transaction.
-- The writer states who and why in "WriteContext" (lib/revisions/with-audit.ts); a write without
-- it is refused, so no code path can change public data without leaving history.
-- Internal columns (Responsibility.phone/internalNote, Problem.resolutionNote) are not copied.
-- A later migration that rebuilds one of these tables must recreate its triggers
-- (tests/integration/audit.test.ts checks that all of them exist).

CREATE TABLE "WriteContext" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorRole" TEXT NOT NULL,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sourceRef" TEXT
);

CREATE TRIGGER "audit_Source_insert" AFTER INSERT ON "Source"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Source: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'source', CAST(NEW."id" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'title', NEW."title", 'originalTitle', NEW."originalTitle", 'publisher', NEW."publisher", 'author', NEW."author", 'editor', NEW."editor", 'publishedOn', NEW."publishedOn", 'url', NEW."url", 'mirrorUrl', NEW."mirrorUrl", 'mirrorDate', NEW."mirrorDate", 'language', NEW."language", 'reliability', NEW."reliability", 'reliabilityNote', NEW."reliabilityNote"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Source_update" AFTER UPDATE ON "Source"
WHEN json_object('id', OLD."id", 'title', OLD."title", 'originalTitle', OLD."originalTitle", 'publisher', OLD."publisher", 'author', OLD."author", 'editor', OLD."editor", 'publishedOn', OLD."publishedOn", 'url', OLD."url", 'mirrorUrl', OLD."mirrorUrl", 'mirrorDate', OLD."mirrorDate", 'language', OLD."language", 'reliability', OLD."reliability", 'reliabilityNote', OLD."reliabilityNote") IS NOT json_object('id', NEW."id", 'title', NEW."title", 'originalTitle', NEW."originalTitle", 'publisher', NEW."publisher", 'author', NEW."author", 'editor', NEW."editor", 'publishedOn', NEW."publishedOn", 'url', NEW."url", 'mirrorUrl', NEW."mirrorUrl", 'mirrorDate', NEW."mirrorDate", 'language', NEW."language", 'reliability', NEW."reliability", 'reliabilityNote', NEW."reliabilityNote")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Source: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'source', CAST(NEW."id" AS TEXT), 'update', json_object('id', OLD."id", 'title', OLD."title", 'originalTitle', OLD."originalTitle", 'publisher', OLD."publisher", 'author', OLD."author", 'editor', OLD."editor", 'publishedOn', OLD."publishedOn", 'url', OLD."url", 'mirrorUrl', OLD."mirrorUrl", 'mirrorDate', OLD."mirrorDate", 'language', OLD."language", 'reliability', OLD."reliability", 'reliabilityNote', OLD."reliabilityNote"), json_object('id', NEW."id", 'title', NEW."title", 'originalTitle', NEW."originalTitle", 'publisher', NEW."publisher", 'author', NEW."author", 'editor', NEW."editor", 'publishedOn', NEW."publishedOn", 'url', NEW."url", 'mirrorUrl', NEW."mirrorUrl", 'mirrorDate', NEW."mirrorDate", 'language', NEW."language", 'reliability', NEW."reliability", 'reliabilityNote', NEW."reliabilityNote"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Source_delete" AFTER DELETE ON "Source"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Source: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'source', CAST(OLD."id" AS TEXT), 'delete', json_object('id', OLD."id", 'title', OLD."title", 'originalTitle', OLD."originalTitle", 'publisher', OLD."publisher", 'author', OLD."author", 'editor', OLD."editor", 'publishedOn', OLD."publishedOn", 'url', OLD."url", 'mirrorUrl', OLD."mirrorUrl", 'mirrorDate', OLD."mirrorDate", 'language', OLD."language", 'reliability', OLD."reliability", 'reliabilityNote', OLD."reliabilityNote"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Enterprise_insert" AFTER INSERT ON "Enterprise"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Enterprise: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'enterprise', CAST(NEW."id" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'name', NEW."name"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Enterprise_update" AFTER UPDATE ON "Enterprise"
WHEN json_object('id', OLD."id", 'name', OLD."name") IS NOT json_object('id', NEW."id", 'name', NEW."name")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Enterprise: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'enterprise', CAST(NEW."id" AS TEXT), 'update', json_object('id', OLD."id", 'name', OLD."name"), json_object('id', NEW."id", 'name', NEW."name"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Enterprise_delete" AFTER DELETE ON "Enterprise"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Enterprise: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'enterprise', CAST(OLD."id" AS TEXT), 'delete', json_object('id', OLD."id", 'name', OLD."name"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Project_insert" AFTER INSERT ON "Project"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(NEW."slug" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Project_update" AFTER UPDATE ON "Project"
WHEN json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version") IS NOT json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(NEW."slug" AS TEXT), 'update', json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version"), json_object('id', NEW."id", 'slug', NEW."slug", 'code', NEW."code", 'name', NEW."name", 'enterpriseId', NEW."enterpriseId", 'description', NEW."description", 'sector', NEW."sector", 'industryChain', NEW."industryChain", 'level', NEW."level", 'kind', NEW."kind", 'status', NEW."status", 'statusDate', NEW."statusDate", 'totalInvestment', NEW."totalInvestment", 'annualPlanInvestment', NEW."annualPlanInvestment", 'completedInvestment', NEW."completedInvestment", 'progressPercent', NEW."progressPercent", 'startDate', NEW."startDate", 'plannedCompletionDate', NEW."plannedCompletionDate", 'location', NEW."location", 'knownAs', NEW."knownAs", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Project_delete" AFTER DELETE ON "Project"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Project: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'project', CAST(OLD."slug" AS TEXT), 'delete', json_object('id', OLD."id", 'slug', OLD."slug", 'code', OLD."code", 'name', OLD."name", 'enterpriseId', OLD."enterpriseId", 'description', OLD."description", 'sector', OLD."sector", 'industryChain', OLD."industryChain", 'level', OLD."level", 'kind', OLD."kind", 'status', OLD."status", 'statusDate', OLD."statusDate", 'totalInvestment', OLD."totalInvestment", 'annualPlanInvestment', OLD."annualPlanInvestment", 'completedInvestment', OLD."completedInvestment", 'progressPercent', OLD."progressPercent", 'startDate', OLD."startDate", 'plannedCompletionDate', OLD."plannedCompletionDate", 'location', OLD."location", 'knownAs', OLD."knownAs", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Set_insert" AFTER INSERT ON "Set"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Set: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'set', CAST(NEW."id" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'kind', NEW."kind", 'name', NEW."name", 'nameEn', NEW."nameEn", 'description', NEW."description", 'position', NEW."position", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Set_update" AFTER UPDATE ON "Set"
WHEN json_object('id', OLD."id", 'kind', OLD."kind", 'name', OLD."name", 'nameEn', OLD."nameEn", 'description', OLD."description", 'position', OLD."position", 'version', OLD."version") IS NOT json_object('id', NEW."id", 'kind', NEW."kind", 'name', NEW."name", 'nameEn', NEW."nameEn", 'description', NEW."description", 'position', NEW."position", 'version', NEW."version")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Set: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'set', CAST(NEW."id" AS TEXT), 'update', json_object('id', OLD."id", 'kind', OLD."kind", 'name', OLD."name", 'nameEn', OLD."nameEn", 'description', OLD."description", 'position', OLD."position", 'version', OLD."version"), json_object('id', NEW."id", 'kind', NEW."kind", 'name', NEW."name", 'nameEn', NEW."nameEn", 'description', NEW."description", 'position', NEW."position", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Set_delete" AFTER DELETE ON "Set"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Set: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'set', CAST(OLD."id" AS TEXT), 'delete', json_object('id', OLD."id", 'kind', OLD."kind", 'name', OLD."name", 'nameEn', OLD."nameEn", 'description', OLD."description", 'position', OLD."position", 'version', OLD."version"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Figure_insert" AFTER INSERT ON "Figure"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Figure: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'figure', CAST(NEW."key" AS TEXT), 'create', NULL, json_object('key', NEW."key", 'measure', NEW."measure", 'label', NEW."label", 'labelEn', NEW."labelEn", 'value', NEW."value", 'unit', NEW."unit", 'comparison', NEW."comparison", 'asOf', NEW."asOf", 'note', NEW."note", 'derivation', NEW."derivation", 'passageId', NEW."passageId", 'quote', NEW."quote", 'setId', NEW."setId", 'initiativeId', NEW."initiativeId", 'position', NEW."position", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Figure_update" AFTER UPDATE ON "Figure"
WHEN json_object('key', OLD."key", 'measure', OLD."measure", 'label', OLD."label", 'labelEn', OLD."labelEn", 'value', OLD."value", 'unit', OLD."unit", 'comparison', OLD."comparison", 'asOf', OLD."asOf", 'note', OLD."note", 'derivation', OLD."derivation", 'passageId', OLD."passageId", 'quote', OLD."quote", 'setId', OLD."setId", 'initiativeId', OLD."initiativeId", 'position', OLD."position", 'version', OLD."version") IS NOT json_object('key', NEW."key", 'measure', NEW."measure", 'label', NEW."label", 'labelEn', NEW."labelEn", 'value', NEW."value", 'unit', NEW."unit", 'comparison', NEW."comparison", 'asOf', NEW."asOf", 'note', NEW."note", 'derivation', NEW."derivation", 'passageId', NEW."passageId", 'quote', NEW."quote", 'setId', NEW."setId", 'initiativeId', NEW."initiativeId", 'position', NEW."position", 'version', NEW."version")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Figure: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'figure', CAST(NEW."key" AS TEXT), 'update', json_object('key', OLD."key", 'measure', OLD."measure", 'label', OLD."label", 'labelEn', OLD."labelEn", 'value', OLD."value", 'unit', OLD."unit", 'comparison', OLD."comparison", 'asOf', OLD."asOf", 'note', OLD."note", 'derivation', OLD."derivation", 'passageId', OLD."passageId", 'quote', OLD."quote", 'setId', OLD."setId", 'initiativeId', OLD."initiativeId", 'position', OLD."position", 'version', OLD."version"), json_object('key', NEW."key", 'measure', NEW."measure", 'label', NEW."label", 'labelEn', NEW."labelEn", 'value', NEW."value", 'unit', NEW."unit", 'comparison', NEW."comparison", 'asOf', NEW."asOf", 'note', NEW."note", 'derivation', NEW."derivation", 'passageId', NEW."passageId", 'quote', NEW."quote", 'setId', NEW."setId", 'initiativeId', NEW."initiativeId", 'position', NEW."position", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Figure_delete" AFTER DELETE ON "Figure"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Figure: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'figure', CAST(OLD."key" AS TEXT), 'delete', json_object('key', OLD."key", 'measure', OLD."measure", 'label', OLD."label", 'labelEn', OLD."labelEn", 'value', OLD."value", 'unit', OLD."unit", 'comparison', OLD."comparison", 'asOf', OLD."asOf", 'note', OLD."note", 'derivation', OLD."derivation", 'passageId', OLD."passageId", 'quote', OLD."quote", 'setId', OLD."setId", 'initiativeId', OLD."initiativeId", 'position', OLD."position", 'version', OLD."version"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Initiative_insert" AFTER INSERT ON "Initiative"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Initiative: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'initiative', CAST(NEW."id" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'kind', NEW."kind", 'parentId', NEW."parentId", 'position', NEW."position", 'name', NEW."name", 'nameEn', NEW."nameEn", 'summary', NEW."summary", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Initiative_update" AFTER UPDATE ON "Initiative"
WHEN json_object('id', OLD."id", 'kind', OLD."kind", 'parentId', OLD."parentId", 'position', OLD."position", 'name', OLD."name", 'nameEn', OLD."nameEn", 'summary', OLD."summary", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version") IS NOT json_object('id', NEW."id", 'kind', NEW."kind", 'parentId', NEW."parentId", 'position', NEW."position", 'name', NEW."name", 'nameEn', NEW."nameEn", 'summary', NEW."summary", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Initiative: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'initiative', CAST(NEW."id" AS TEXT), 'update', json_object('id', OLD."id", 'kind', OLD."kind", 'parentId', OLD."parentId", 'position', OLD."position", 'name', OLD."name", 'nameEn', OLD."nameEn", 'summary', OLD."summary", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version"), json_object('id', NEW."id", 'kind', NEW."kind", 'parentId', NEW."parentId", 'position', NEW."position", 'name', NEW."name", 'nameEn', NEW."nameEn", 'summary', NEW."summary", 'passageId', NEW."passageId", 'quote', NEW."quote", 'published', NEW."published", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Initiative_delete" AFTER DELETE ON "Initiative"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Initiative: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'initiative', CAST(OLD."id" AS TEXT), 'delete', json_object('id', OLD."id", 'kind', OLD."kind", 'parentId', OLD."parentId", 'position', OLD."position", 'name', OLD."name", 'nameEn', OLD."nameEn", 'summary', OLD."summary", 'passageId', OLD."passageId", 'quote', OLD."quote", 'published', OLD."published", 'version', OLD."version"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Milestone_insert" AFTER INSERT ON "Milestone"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Milestone: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'milestone', CAST(NEW."id" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'projectId', NEW."projectId", 'title', NEW."title", 'standard', NEW."standard", 'dueDate', NEW."dueDate", 'responsible', NEW."responsible", 'status', NEW."status", 'metOn', NEW."metOn", 'evidence', NEW."evidence", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Milestone_update" AFTER UPDATE ON "Milestone"
WHEN json_object('id', OLD."id", 'projectId', OLD."projectId", 'title', OLD."title", 'standard', OLD."standard", 'dueDate', OLD."dueDate", 'responsible', OLD."responsible", 'status', OLD."status", 'metOn', OLD."metOn", 'evidence', OLD."evidence", 'version', OLD."version") IS NOT json_object('id', NEW."id", 'projectId', NEW."projectId", 'title', NEW."title", 'standard', NEW."standard", 'dueDate', NEW."dueDate", 'responsible', NEW."responsible", 'status', NEW."status", 'metOn', NEW."metOn", 'evidence', NEW."evidence", 'version', NEW."version")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Milestone: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'milestone', CAST(NEW."id" AS TEXT), 'update', json_object('id', OLD."id", 'projectId', OLD."projectId", 'title', OLD."title", 'standard', OLD."standard", 'dueDate', OLD."dueDate", 'responsible', OLD."responsible", 'status', OLD."status", 'metOn', OLD."metOn", 'evidence', OLD."evidence", 'version', OLD."version"), json_object('id', NEW."id", 'projectId', NEW."projectId", 'title', NEW."title", 'standard', NEW."standard", 'dueDate', NEW."dueDate", 'responsible', NEW."responsible", 'status', NEW."status", 'metOn', NEW."metOn", 'evidence', NEW."evidence", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Milestone_delete" AFTER DELETE ON "Milestone"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Milestone: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'milestone', CAST(OLD."id" AS TEXT), 'delete', json_object('id', OLD."id", 'projectId', OLD."projectId", 'title', OLD."title", 'standard', OLD."standard", 'dueDate', OLD."dueDate", 'responsible', OLD."responsible", 'status', OLD."status", 'metOn', OLD."metOn", 'evidence', OLD."evidence", 'version', OLD."version"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Problem_insert" AFTER INSERT ON "Problem"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Problem: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'problem', CAST(NEW."id" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'projectId', NEW."projectId", 'description', NEW."description", 'level', NEW."level", 'expedited', NEW."expedited", 'status', NEW."status", 'raisedOn', NEW."raisedOn", 'resolvedOn', NEW."resolvedOn", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Problem_update" AFTER UPDATE ON "Problem"
WHEN json_object('id', OLD."id", 'projectId', OLD."projectId", 'description', OLD."description", 'level', OLD."level", 'expedited', OLD."expedited", 'status', OLD."status", 'raisedOn', OLD."raisedOn", 'resolvedOn', OLD."resolvedOn", 'version', OLD."version") IS NOT json_object('id', NEW."id", 'projectId', NEW."projectId", 'description', NEW."description", 'level', NEW."level", 'expedited', NEW."expedited", 'status', NEW."status", 'raisedOn', NEW."raisedOn", 'resolvedOn', NEW."resolvedOn", 'version', NEW."version")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Problem: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'problem', CAST(NEW."id" AS TEXT), 'update', json_object('id', OLD."id", 'projectId', OLD."projectId", 'description', OLD."description", 'level', OLD."level", 'expedited', OLD."expedited", 'status', OLD."status", 'raisedOn', OLD."raisedOn", 'resolvedOn', OLD."resolvedOn", 'version', OLD."version"), json_object('id', NEW."id", 'projectId', NEW."projectId", 'description', NEW."description", 'level', NEW."level", 'expedited', NEW."expedited", 'status', NEW."status", 'raisedOn', NEW."raisedOn", 'resolvedOn', NEW."resolvedOn", 'version', NEW."version"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Problem_delete" AFTER DELETE ON "Problem"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Problem: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'problem', CAST(OLD."id" AS TEXT), 'delete', json_object('id', OLD."id", 'projectId', OLD."projectId", 'description', OLD."description", 'level', OLD."level", 'expedited', OLD."expedited", 'status', OLD."status", 'raisedOn', OLD."raisedOn", 'resolvedOn', OLD."resolvedOn", 'version', OLD."version"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Responsibility_insert" AFTER INSERT ON "Responsibility"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Responsibility: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'responsibility', CAST(NEW."id" AS TEXT), 'create', NULL, json_object('id', NEW."id", 'projectId', NEW."projectId", 'role', NEW."role", 'personName', NEW."personName", 'post', NEW."post", 'unit', NEW."unit", 'districtLevel', NEW."districtLevel"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Responsibility_update" AFTER UPDATE ON "Responsibility"
WHEN json_object('id', OLD."id", 'projectId', OLD."projectId", 'role', OLD."role", 'personName', OLD."personName", 'post', OLD."post", 'unit', OLD."unit", 'districtLevel', OLD."districtLevel") IS NOT json_object('id', NEW."id", 'projectId', NEW."projectId", 'role', NEW."role", 'personName', NEW."personName", 'post', NEW."post", 'unit', NEW."unit", 'districtLevel', NEW."districtLevel")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Responsibility: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'responsibility', CAST(NEW."id" AS TEXT), 'update', json_object('id', OLD."id", 'projectId', OLD."projectId", 'role', OLD."role", 'personName', OLD."personName", 'post', OLD."post", 'unit', OLD."unit", 'districtLevel', OLD."districtLevel"), json_object('id', NEW."id", 'projectId', NEW."projectId", 'role', NEW."role", 'personName', NEW."personName", 'post', NEW."post", 'unit', NEW."unit", 'districtLevel', NEW."districtLevel"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

CREATE TRIGGER "audit_Responsibility_delete" AFTER DELETE ON "Responsibility"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Responsibility: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'responsibility', CAST(OLD."id" AS TEXT), 'delete', json_object('id', OLD."id", 'projectId', OLD."projectId", 'role', OLD."role", 'personName', OLD."personName", 'post', OLD."post", 'unit', OLD."unit", 'districtLevel', OLD."districtLevel"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;
