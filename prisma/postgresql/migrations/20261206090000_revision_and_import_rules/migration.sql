-- The write rules that SQLite keeps in hand-written triggers, with the same names and behaviour
-- (the audit triggers themselves are generated: `npm run db:triggers`, lib/revisions/audit-triggers-postgres.ts).
-- PostgreSQL allows no subquery in a trigger's WHEN, so such conditions are tested in the function.

-- SQLite: 20261201093000_history_published. A revision is public when its entity is a public kind
-- and, where it has "published", is published; unpublishing hides the entity's earlier revisions.
CREATE FUNCTION "revision_public_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Revision" SET "public" = TRUE WHERE "id" = NEW."id";
    RETURN NULL;
END;
$$;
CREATE TRIGGER "revision_public_insert" AFTER INSERT ON "Revision"
FOR EACH ROW WHEN (NEW."entityType" IN ('project', 'figure', 'set', 'initiative', 'source', 'enterprise')
    AND coalesce(coalesce(NEW."after", NEW."before")::json ->> 'published', '1') = '1')
EXECUTE FUNCTION "revision_public_insert"();

CREATE FUNCTION "revision_unpublish"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Revision" SET "public" = FALSE
    WHERE "entityType" = NEW."entityType" AND "entityId" = NEW."entityId" AND "public" = TRUE;
    RETURN NULL;
END;
$$;
CREATE TRIGGER "revision_unpublish" AFTER INSERT ON "Revision"
FOR EACH ROW WHEN (NEW."entityType" IN ('project', 'initiative')
    AND NEW."before"::json ->> 'published' = '1' AND NEW."after"::json ->> 'published' = '0')
EXECUTE FUNCTION "revision_unpublish"();

-- SQLite: 20261203100000_staged_imports. While an import is being applied or undone, the projects
-- it names (by slug or code) are written by the import alone; anyone else's write is refused
-- with these words, which withAudit() turns into DatabaseBusy.
CREATE FUNCTION "import_reserves_project"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM "WriteContext" WHERE "id" = 1 AND "actorRole" = 'import')
        AND EXISTS (
            SELECT 1 FROM "ImportJobRow" AS r JOIN "ImportJob" AS j ON j."id" = r."jobId"
            WHERE j."status" IN ('applying', 'undoing')
                AND (r."slug" = (CASE WHEN TG_OP = 'INSERT' THEN NEW."slug" ELSE OLD."slug" END)
                    OR (TG_OP <> 'DELETE' AND r."code" = NEW."code"))
        ) THEN
        RAISE EXCEPTION 'import in progress: project reserved';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER "import_reserves_project_insert" BEFORE INSERT ON "Project"
FOR EACH ROW EXECUTE FUNCTION "import_reserves_project"();
CREATE TRIGGER "import_reserves_project_update" BEFORE UPDATE ON "Project"
FOR EACH ROW EXECUTE FUNCTION "import_reserves_project"();
CREATE TRIGGER "import_reserves_project_delete" BEFORE DELETE ON "Project"
FOR EACH ROW EXECUTE FUNCTION "import_reserves_project"();

-- SQLite: 20261203100001_write_context_floor. The newest revision id when the write began. After
-- the insert, not before: a second writer's insert of row 1 waits for the first writer's commit
-- (lib/revisions/with-audit.ts), and the floor must be read after that wait.
CREATE FUNCTION "write_context_floor"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "WriteContext" SET "revisionFloor" = (SELECT coalesce(max("id"), 0) FROM "Revision") WHERE "id" = NEW."id";
    RETURN NULL;
END;
$$;
CREATE TRIGGER "write_context_floor" AFTER INSERT ON "WriteContext"
FOR EACH ROW EXECUTE FUNCTION "write_context_floor"();
