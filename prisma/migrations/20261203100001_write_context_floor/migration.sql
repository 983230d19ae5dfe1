-- The newest revision id when a write's transaction began, so that triggers can tell this write's
-- own revisions from earlier ones (lib/revisions/audit-triggers.ts: a project's sets joined in the
-- write that creates it are part of its creation, not a separate change).
ALTER TABLE "WriteContext" ADD COLUMN "revisionFloor" INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER "write_context_floor" AFTER INSERT ON "WriteContext"
BEGIN
    UPDATE "WriteContext" SET "revisionFloor" = (SELECT coalesce(max("id"), 0) FROM "Revision") WHERE "id" = NEW."id";
END;
