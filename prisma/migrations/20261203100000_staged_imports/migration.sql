-- Imports applied in short transactions (issue 9, "long writes block readers"; lib/import/apply-import.ts).
--
-- An import's plan is kept here ("ImportJob", one "ImportJobRow" per project it creates or changes)
-- and applied a few hundred rows per transaction. The job is the import's undo log and its promise:
-- once "applying", it is finished by whichever process finds it (a crash is resumed, not left half
-- done), or undone if a row cannot be written ("undoing", then "undone").
-- Not audited: working state like PendingImport; the projects themselves are written through
-- withAudit() with the job's actor, reason and evidence.

CREATE TABLE "ImportJob" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "heartbeat" DATETIME NOT NULL,
    "revisionFloor" INTEGER NOT NULL,
    "actorRole" TEXT NOT NULL,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sourceRef" TEXT,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "ImportJob_status_idx" ON "ImportJob"("status");

CREATE TABLE "ImportJobRow" (
    "jobId" INTEGER NOT NULL,
    "row" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "code" TEXT,
    "projectId" INTEGER,
    "version" INTEGER,
    "data" TEXT NOT NULL,
    "before" TEXT,
    "addSets" TEXT NOT NULL,
    "applied" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("jobId", "row"),
    CONSTRAINT "ImportJobRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ImportJobRow_jobId_applied_row_idx" ON "ImportJobRow"("jobId", "applied", "row");
CREATE INDEX "ImportJobRow_slug_idx" ON "ImportJobRow"("slug");
CREATE INDEX "ImportJobRow_code_idx" ON "ImportJobRow"("code");

-- While a job is applying or undoing, the projects it writes (by slug) and the slugs and codes it
-- creates are reserved: any other writer is refused with this message, which the workspace shows
-- as "busy with an import, try again in a minute" (lib/revisions/with-audit.ts). So no official's
-- edit is lost or overwritten by the rest of the import, and an undo restores only the import's own
-- writes. The job's own writes carry the actor role 'import'; only one job is active at a time.
CREATE TRIGGER "import_reserves_project_insert" BEFORE INSERT ON "Project"
WHEN NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1 AND "actorRole" = 'import')
    AND EXISTS (
        SELECT 1 FROM "ImportJobRow" AS r JOIN "ImportJob" AS j ON j."id" = r."jobId"
        WHERE j."status" IN ('applying', 'undoing') AND (r."slug" = NEW."slug" OR r."code" = NEW."code")
    )
BEGIN
    SELECT RAISE(ABORT, 'import in progress: project reserved');
END;

CREATE TRIGGER "import_reserves_project_update" BEFORE UPDATE ON "Project"
WHEN NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1 AND "actorRole" = 'import')
    AND EXISTS (
        SELECT 1 FROM "ImportJobRow" AS r JOIN "ImportJob" AS j ON j."id" = r."jobId"
        WHERE j."status" IN ('applying', 'undoing') AND (r."slug" = OLD."slug" OR r."code" = NEW."code")
    )
BEGIN
    SELECT RAISE(ABORT, 'import in progress: project reserved');
END;

CREATE TRIGGER "import_reserves_project_delete" BEFORE DELETE ON "Project"
WHEN NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1 AND "actorRole" = 'import')
    AND EXISTS (
        SELECT 1 FROM "ImportJobRow" AS r JOIN "ImportJob" AS j ON j."id" = r."jobId"
        WHERE j."status" IN ('applying', 'undoing') AND r."slug" = OLD."slug"
    )
BEGIN
    SELECT RAISE(ABORT, 'import in progress: project reserved');
END;
