-- One search for everything (/search): a document per searchable row, two FTS5 indexes over them.
--
-- Base tables (Project, Enterprise, Set, Initiative, Figure, Passage)
--   → "search_src_<kind>" views: what each row contributes (title, body, pinyin source, extra)
--   → triggers "search_<Table>_<event>" upsert "search_doc" (one row per searchable item)
--   → triggers "search_doc_<event>" keep both FTS5 indexes in step with "search_doc":
--      "search_trigram": trigram tokenizer over title, body and pinyin (terms of 3+ characters);
--      "search_bigram": every overlapping 2-character piece of title and body as its own token, in
--        order (terms of 1–2 characters: an exact or prefix token look-up, never a scan; a longer
--        term in the same query is the phrase of its pieces, so one index answers the query).
-- Pinyin cannot be computed in SQL: when the text it comes from changes, the trigger sets
-- "pinyin" to NULL and lib/search/pinyin.ts (refreshSearchPinyin) fills it in.
-- Document ids are 1e9 apart per kind (lib/search/kinds.ts), so each result group is a rowid
-- range of the FTS index. `npm run search:rebuild` rebuilds everything from the base tables.
-- These tables are declared external in prisma.config.ts. A migration that rebuilds one of the
-- base tables drops its search triggers: recreate them (tests/integration/search-sync.test.ts).

CREATE TABLE "search_doc" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "extra" TEXT,
    "pinyin_source" TEXT,
    "pinyin" TEXT
);
CREATE UNIQUE INDEX "search_doc_kind_ref" ON "search_doc" ("kind", "ref");
CREATE INDEX "search_doc_pinyin_stale" ON "search_doc" ("id") WHERE "pinyin" IS NULL;

-- 1..20000: positions for cutting text into 2-character pieces inside triggers (no CTEs there).
-- Text beyond 20,000 characters is still found by 3+ character terms (trigram index).
CREATE TABLE "search_seq" ("n" INTEGER NOT NULL PRIMARY KEY);
INSERT INTO "search_seq" ("n")
WITH RECURSIVE "c" ("n") AS (SELECT 1 UNION ALL SELECT "n" + 1 FROM "c" WHERE "n" < 20000) SELECT "n" FROM "c";

CREATE VIRTUAL TABLE "search_trigram" USING fts5(
    "title", "body", "pinyin",
    content = 'search_doc', content_rowid = 'id', tokenize = 'trigram'
);

-- Punctuation and symbols are token characters, so "5%" or "1+" are 2-character tokens too.
-- prefix = '1': a one-character query ("0"*) reads one prefix doclist, not every piece after it.
CREATE VIRTUAL TABLE "search_bigram" USING fts5(
    "grams",
    content = '', contentless_delete = 1, prefix = '1',
    tokenize = "unicode61 categories 'L* M* N* P* S* Co'"
);

CREATE VIEW "search_src_project" AS
SELECT p."slug" AS "ref", p."name" AS "title",
       concat_ws(' ', p."description", p."industryChain", p."location", p."code", e."name") AS "body",
       NULL AS "extra", concat_ws(' ', p."name", e."name") AS "pinyin_source"
FROM "Project" p LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
WHERE p."published" = 1;

CREATE VIEW "search_src_enterprise" AS
SELECT e."id" AS "ref", e."name" AS "title", '' AS "body", NULL AS "extra", e."name" AS "pinyin_source"
FROM "Enterprise" e;

CREATE VIEW "search_src_set" AS
SELECT s."id" AS "ref", s."name" AS "title", concat_ws(' ', s."nameEn", s."description") AS "body",
       json_object('nameEn', s."nameEn") AS "extra", s."name" AS "pinyin_source"
FROM "Set" s;

CREATE VIEW "search_src_initiative" AS
SELECT i."id" AS "ref", i."name" AS "title", concat_ws(' ', i."nameEn", i."summary", i."quote") AS "body",
       json_object('nameEn', i."nameEn", 'kind', i."kind") AS "extra", i."name" AS "pinyin_source"
FROM "Initiative" i
WHERE i."published" = 1;

CREATE VIEW "search_src_figure" AS
SELECT f."key" AS "ref", f."label" AS "title", concat_ws(' ', f."labelEn", f."quote") AS "body",
       json_object('nameEn', f."labelEn", 'sourceId', pa."sourceId", 'anchor', pa."anchor", 'position', pa."position") AS "extra",
       NULL AS "pinyin_source"
FROM "Figure" f JOIN "Passage" pa ON pa."id" = f."passageId";

CREATE VIEW "search_src_passage" AS
SELECT pa."id" AS "ref", '' AS "title", pa."text" AS "body",
       json_object('sourceId', pa."sourceId", 'anchor', pa."anchor", 'position', pa."position") AS "extra",
       NULL AS "pinyin_source"
FROM "Passage" pa;

-- search_doc → FTS indexes.
CREATE TRIGGER "search_doc_insert" AFTER INSERT ON "search_doc"
BEGIN
    INSERT INTO "search_trigram" ("rowid", "title", "body", "pinyin") VALUES (NEW."id", NEW."title", NEW."body", NEW."pinyin");
    INSERT INTO "search_bigram" ("rowid", "grams")
    SELECT NEW."id", group_concat(substr(t."s", q."n", 2), ' ' ORDER BY q."n")
    FROM (SELECT NEW."title" || ' ' || NEW."body" || ' ' AS "s") AS t JOIN "search_seq" q ON q."n" < length(t."s");
END;

CREATE TRIGGER "search_doc_delete" AFTER DELETE ON "search_doc"
BEGIN
    INSERT INTO "search_trigram" ("search_trigram", "rowid", "title", "body", "pinyin") VALUES ('delete', OLD."id", OLD."title", OLD."body", OLD."pinyin");
    DELETE FROM "search_bigram" WHERE "rowid" = OLD."id";
END;

CREATE TRIGGER "search_doc_update" AFTER UPDATE ON "search_doc"
WHEN OLD."id" IS NOT NEW."id" OR OLD."title" IS NOT NEW."title" OR OLD."body" IS NOT NEW."body" OR OLD."pinyin" IS NOT NEW."pinyin"
BEGIN
    INSERT INTO "search_trigram" ("search_trigram", "rowid", "title", "body", "pinyin") VALUES ('delete', OLD."id", OLD."title", OLD."body", OLD."pinyin");
    INSERT INTO "search_trigram" ("rowid", "title", "body", "pinyin") VALUES (NEW."id", NEW."title", NEW."body", NEW."pinyin");
    DELETE FROM "search_bigram" WHERE "rowid" = OLD."id";
    INSERT INTO "search_bigram" ("rowid", "grams")
    SELECT NEW."id", group_concat(substr(t."s", q."n", 2), ' ' ORDER BY q."n")
    FROM (SELECT NEW."title" || ' ' || NEW."body" || ' ' AS "s") AS t JOIN "search_seq" q ON q."n" < length(t."s");
END;

-- Base tables → search_doc (id blocks as in lib/search/kinds.ts: set 1e9, initiative 2e9, figure 3e9,
-- passage 4e9, enterprise 5e9, project 6e9).

CREATE TRIGGER "search_Project_insert" AFTER INSERT ON "Project"
BEGIN
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 6000000000) + 1 FROM "search_doc" WHERE "id" > 6000000000 AND "id" < 7000000000),
           'project', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_project" v WHERE v."ref" = NEW."slug"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Project_update" AFTER UPDATE ON "Project"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'project' AND "ref" = OLD."slug" AND NOT EXISTS (SELECT 1 FROM "search_src_project" WHERE "ref" = OLD."slug");
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 6000000000) + 1 FROM "search_doc" WHERE "id" > 6000000000 AND "id" < 7000000000),
           'project', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_project" v WHERE v."ref" = NEW."slug"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Project_delete" AFTER DELETE ON "Project"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'project' AND "ref" = OLD."slug";
END;

CREATE TRIGGER "search_Enterprise_insert" AFTER INSERT ON "Enterprise"
BEGIN
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 5000000000) + 1 FROM "search_doc" WHERE "id" > 5000000000 AND "id" < 6000000000),
           'enterprise', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_enterprise" v WHERE v."ref" = NEW."id"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Enterprise_update" AFTER UPDATE ON "Enterprise"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'enterprise' AND "ref" = OLD."id" AND NOT EXISTS (SELECT 1 FROM "search_src_enterprise" WHERE "ref" = OLD."id");
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 5000000000) + 1 FROM "search_doc" WHERE "id" > 5000000000 AND "id" < 6000000000),
           'enterprise', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_enterprise" v WHERE v."ref" = NEW."id"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Enterprise_delete" AFTER DELETE ON "Enterprise"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'enterprise' AND "ref" = OLD."id";
END;

CREATE TRIGGER "search_Set_insert" AFTER INSERT ON "Set"
BEGIN
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 1000000000) + 1 FROM "search_doc" WHERE "id" > 1000000000 AND "id" < 2000000000),
           'set', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_set" v WHERE v."ref" = NEW."id"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Set_update" AFTER UPDATE ON "Set"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'set' AND "ref" = OLD."id" AND NOT EXISTS (SELECT 1 FROM "search_src_set" WHERE "ref" = OLD."id");
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 1000000000) + 1 FROM "search_doc" WHERE "id" > 1000000000 AND "id" < 2000000000),
           'set', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_set" v WHERE v."ref" = NEW."id"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Set_delete" AFTER DELETE ON "Set"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'set' AND "ref" = OLD."id";
END;

CREATE TRIGGER "search_Initiative_insert" AFTER INSERT ON "Initiative"
BEGIN
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 2000000000) + 1 FROM "search_doc" WHERE "id" > 2000000000 AND "id" < 3000000000),
           'initiative', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_initiative" v WHERE v."ref" = NEW."id"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Initiative_update" AFTER UPDATE ON "Initiative"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'initiative' AND "ref" = OLD."id" AND NOT EXISTS (SELECT 1 FROM "search_src_initiative" WHERE "ref" = OLD."id");
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 2000000000) + 1 FROM "search_doc" WHERE "id" > 2000000000 AND "id" < 3000000000),
           'initiative', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_initiative" v WHERE v."ref" = NEW."id"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Initiative_delete" AFTER DELETE ON "Initiative"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'initiative' AND "ref" = OLD."id";
END;

CREATE TRIGGER "search_Figure_insert" AFTER INSERT ON "Figure"
BEGIN
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 3000000000) + 1 FROM "search_doc" WHERE "id" > 3000000000 AND "id" < 4000000000),
           'figure', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_figure" v WHERE v."ref" = NEW."key"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Figure_update" AFTER UPDATE ON "Figure"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'figure' AND "ref" = OLD."key" AND NOT EXISTS (SELECT 1 FROM "search_src_figure" WHERE "ref" = OLD."key");
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 3000000000) + 1 FROM "search_doc" WHERE "id" > 3000000000 AND "id" < 4000000000),
           'figure', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_figure" v WHERE v."ref" = NEW."key"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Figure_delete" AFTER DELETE ON "Figure"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'figure' AND "ref" = OLD."key";
END;

CREATE TRIGGER "search_Passage_insert" AFTER INSERT ON "Passage"
BEGIN
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 4000000000) + 1 FROM "search_doc" WHERE "id" > 4000000000 AND "id" < 5000000000),
           'passage', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_passage" v WHERE v."ref" = NEW."id"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Passage_update" AFTER UPDATE ON "Passage"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'passage' AND "ref" = OLD."id" AND NOT EXISTS (SELECT 1 FROM "search_src_passage" WHERE "ref" = OLD."id");
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT (SELECT coalesce(max("id"), 4000000000) + 1 FROM "search_doc" WHERE "id" > 4000000000 AND "id" < 5000000000),
           'passage', v."ref", v."title", v."body", v."extra", v."pinyin_source", CASE WHEN v."pinyin_source" IS NULL THEN '' END
    FROM "search_src_passage" v WHERE v."ref" = NEW."id"
    ON CONFLICT ("kind", "ref") DO UPDATE SET
        "title" = excluded."title", "body" = excluded."body", "extra" = excluded."extra", "pinyin_source" = excluded."pinyin_source",
        "pinyin" = CASE WHEN "search_doc"."pinyin_source" IS excluded."pinyin_source" THEN "search_doc"."pinyin" WHEN excluded."pinyin_source" IS NULL THEN '' END;
END;

CREATE TRIGGER "search_Passage_delete" AFTER DELETE ON "Passage"
BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'passage' AND "ref" = OLD."id";
END;

-- A project's document carries its enterprise's name (found by 北辰 or beichen): follow renames.
CREATE TRIGGER "search_Enterprise_rename" AFTER UPDATE OF "name" ON "Enterprise"
WHEN OLD."name" IS NOT NEW."name"
BEGIN
    UPDATE "search_doc" SET
        "body" = (SELECT v."body" FROM "search_src_project" v WHERE v."ref" = "search_doc"."ref"),
        "pinyin" = NULL,
        "pinyin_source" = (SELECT v."pinyin_source" FROM "search_src_project" v WHERE v."ref" = "search_doc"."ref")
    WHERE "kind" = 'project' AND "ref" IN (SELECT "slug" FROM "Project" WHERE "enterpriseId" = NEW."id" AND "published" = 1);
END;
