-- Every instance of the portal listens on this channel (lib/cache/revision-watch.ts) and expires its
-- cached public pages when a write commits anywhere, instead of noticing it at its next poll.
-- PostgreSQL delivers a notification at commit, once per transaction for the same payload.
CREATE FUNCTION "portal_notify_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('portal_revision', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "revision_notify" AFTER INSERT ON "Revision"
  FOR EACH STATEMENT EXECUTE FUNCTION "portal_notify_revision"();
