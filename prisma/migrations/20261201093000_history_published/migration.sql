-- Public history shows only what is published (issue 9, defect 1).
--
-- "Revision"."public" says whether a revision may be shown: on /changes, in the feeds, on detail
-- pages and as "数据更新于". It is kept here, by triggers, so that every writer (the workspace,
-- the import, the loader) is covered and the public reads stay index walks:
--   * a revision of a public type (lib/validations/changes.ts PUBLIC_ENTITY_TYPES) is public when
--     its entity was published after the change (projects and initiatives have "published"; the
--     other public types are always published). A deletion counts the state before it.
--   * unpublishing a project or initiative hides its whole history; published again, it shows
--     from the publishing revision on (the earlier revisions stay hidden).
-- Internal types (milestones, problems, responsibilities) are never public.

ALTER TABLE "Revision" ADD COLUMN "public" BOOLEAN NOT NULL DEFAULT false;

-- One entity's history: its public revisions in time order from the index, not every revision
-- of its type (the old index lacked "public", so SQLite preferred walking the type's index below).
DROP INDEX "Revision_entityType_entityId_idx";
CREATE INDEX "Revision_entityType_entityId_public_at_id_idx" ON "Revision"("entityType", "entityId", "public", "at", "id");
CREATE INDEX "Revision_public_at_id_idx" ON "Revision"("public", "at", "id");
CREATE INDEX "Revision_public_entityType_at_id_idx" ON "Revision"("public", "entityType", "at", "id");

CREATE TRIGGER "revision_public_insert" AFTER INSERT ON "Revision"
WHEN NEW."entityType" IN ('project', 'figure', 'set', 'initiative', 'source', 'enterprise')
    AND coalesce(json_extract(coalesce(NEW."after", NEW."before"), '$.published'), 1) = 1
BEGIN
    UPDATE "Revision" SET "public" = 1 WHERE "id" = NEW."id";
END;

CREATE TRIGGER "revision_unpublish" AFTER INSERT ON "Revision"
WHEN NEW."entityType" IN ('project', 'initiative')
    AND json_extract(NEW."before", '$.published') = 1 AND json_extract(NEW."after", '$.published') = 0
BEGIN
    UPDATE "Revision" SET "public" = 0 WHERE "entityType" = NEW."entityType" AND "entityId" = NEW."entityId" AND "public" = 1;
END;

-- The history written before this migration, by the same rules.
UPDATE "Revision" SET "public" = 1
WHERE "entityType" IN ('project', 'figure', 'set', 'initiative', 'source', 'enterprise')
    AND coalesce(json_extract(coalesce("after", "before"), '$.published'), 1) = 1
    AND NOT EXISTS (
        SELECT 1 FROM "Revision" AS "later"
        WHERE "later"."entityType" = "Revision"."entityType" AND "later"."entityId" = "Revision"."entityId" AND "later"."id" > "Revision"."id"
            AND json_extract("later"."before", '$.published') = 1 AND json_extract("later"."after", '$.published') = 0
    );
