-- Figures get a basis (planned | reported | completed | derived), the source's words that say so,
-- and the source's own wording of a value the portal has read as a date (上半年 → 2023-06-30).
-- Nullable: a database loaded before this migration has no basis until the facts are loaded again
-- (the pages then show no basis rather than a guessed one).
-- ADD COLUMN keeps the table, so the other triggers stay; the audit triggers are recreated so that
-- the history records the new fields too.
ALTER TABLE "Figure" ADD COLUMN "basis" TEXT;
ALTER TABLE "Figure" ADD COLUMN "basisWords" TEXT;
ALTER TABLE "Figure" ADD COLUMN "wording" TEXT;

DROP TRIGGER "audit_Figure_insert";
CREATE TRIGGER "audit_Figure_insert" AFTER INSERT ON "Figure"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Figure: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'figure', CAST(NEW."key" AS TEXT), 'create', NULL, json_object('key', NEW."key", 'measure', NEW."measure", 'label', NEW."label", 'labelEn', NEW."labelEn", 'value', NEW."value", 'unit', NEW."unit", 'comparison', NEW."comparison", 'asOf', NEW."asOf", 'note', NEW."note", 'derivation', NEW."derivation", 'passageId', NEW."passageId", 'quote', NEW."quote", 'setId', NEW."setId", 'initiativeId', NEW."initiativeId", 'position', NEW."position", 'version', NEW."version", 'basis', NEW."basis", 'basisWords', NEW."basisWords", 'wording', NEW."wording"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Figure_update";
CREATE TRIGGER "audit_Figure_update" AFTER UPDATE ON "Figure"
WHEN json_object('key', OLD."key", 'measure', OLD."measure", 'label', OLD."label", 'labelEn', OLD."labelEn", 'value', OLD."value", 'unit', OLD."unit", 'comparison', OLD."comparison", 'asOf', OLD."asOf", 'note', OLD."note", 'derivation', OLD."derivation", 'passageId', OLD."passageId", 'quote', OLD."quote", 'setId', OLD."setId", 'initiativeId', OLD."initiativeId", 'position', OLD."position", 'version', OLD."version", 'basis', OLD."basis", 'basisWords', OLD."basisWords", 'wording', OLD."wording") IS NOT json_object('key', NEW."key", 'measure', NEW."measure", 'label', NEW."label", 'labelEn', NEW."labelEn", 'value', NEW."value", 'unit', NEW."unit", 'comparison', NEW."comparison", 'asOf', NEW."asOf", 'note', NEW."note", 'derivation', NEW."derivation", 'passageId', NEW."passageId", 'quote', NEW."quote", 'setId', NEW."setId", 'initiativeId', NEW."initiativeId", 'position', NEW."position", 'version', NEW."version", 'basis', NEW."basis", 'basisWords', NEW."basisWords", 'wording', NEW."wording")
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Figure: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'figure', CAST(NEW."key" AS TEXT), 'update', json_object('key', OLD."key", 'measure', OLD."measure", 'label', OLD."label", 'labelEn', OLD."labelEn", 'value', OLD."value", 'unit', OLD."unit", 'comparison', OLD."comparison", 'asOf', OLD."asOf", 'note', OLD."note", 'derivation', OLD."derivation", 'passageId', OLD."passageId", 'quote', OLD."quote", 'setId', OLD."setId", 'initiativeId', OLD."initiativeId", 'position', OLD."position", 'version', OLD."version", 'basis', OLD."basis", 'basisWords', OLD."basisWords", 'wording', OLD."wording"), json_object('key', NEW."key", 'measure', NEW."measure", 'label', NEW."label", 'labelEn', NEW."labelEn", 'value', NEW."value", 'unit', NEW."unit", 'comparison', NEW."comparison", 'asOf', NEW."asOf", 'note', NEW."note", 'derivation', NEW."derivation", 'passageId', NEW."passageId", 'quote', NEW."quote", 'setId', NEW."setId", 'initiativeId', NEW."initiativeId", 'position', NEW."position", 'version', NEW."version", 'basis', NEW."basis", 'basisWords', NEW."basisWords", 'wording', NEW."wording"), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;

DROP TRIGGER "audit_Figure_delete";
CREATE TRIGGER "audit_Figure_delete" AFTER DELETE ON "Figure"
BEGIN
    SELECT RAISE(ABORT, 'unaudited write to Figure: wrap it in withAudit()') WHERE NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1);
    INSERT INTO "Revision" ("entityType", "entityId", "action", "before", "after", "at", "actorRole", "actorId", "actorName", "reason", "sourceRef")
    SELECT 'figure', CAST(OLD."key" AS TEXT), 'delete', json_object('key', OLD."key", 'measure', OLD."measure", 'label', OLD."label", 'labelEn', OLD."labelEn", 'value', OLD."value", 'unit', OLD."unit", 'comparison', OLD."comparison", 'asOf', OLD."asOf", 'note', OLD."note", 'derivation', OLD."derivation", 'passageId', OLD."passageId", 'quote', OLD."quote", 'setId', OLD."setId", 'initiativeId', OLD."initiativeId", 'position', OLD."position", 'version', OLD."version", 'basis', OLD."basis", 'basisWords', OLD."basisWords", 'wording', OLD."wording"), NULL, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), "actorRole", "actorId", "actorName", "reason", "sourceRef"
    FROM "WriteContext" WHERE "id" = 1;
END;
