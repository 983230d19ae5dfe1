-- PostgreSQL only. On SQLite a writer that waits more than 2 s for another's write lock is refused
-- (Prisma's maxWait, P2028) and withAudit() answers DatabaseBusy: the form keeps the input and says
-- the database is busy. Here the wait is for the other writer's row 1 (lib/revisions/with-audit.ts):
-- bounded the same, for the rest of the transaction (55P03, which withAudit() maps the same way).
-- Before the insert, so that the wait for the row is bounded too.
CREATE FUNCTION "write_context_wait"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('lock_timeout', '2s', TRUE);
    RETURN NEW;
END;
$$;
CREATE TRIGGER "write_context_wait" BEFORE INSERT ON "WriteContext"
FOR EACH ROW EXECUTE FUNCTION "write_context_wait"();
