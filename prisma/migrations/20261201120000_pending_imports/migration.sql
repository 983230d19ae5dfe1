-- Files checked by an import dry run, kept (by SHA-256 digest, per uploader, for an hour) until
-- the uploader applies them, so the apply step posts a digest instead of the file. Not audited:
-- working state like Session, not public data; the apply itself writes through withAudit().
-- CreateTable
CREATE TABLE "PendingImport" (
    "userId" INTEGER NOT NULL,
    "digest" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "digest"),
    CONSTRAINT "PendingImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PendingImport_expiresAt_idx" ON "PendingImport"("expiresAt");
