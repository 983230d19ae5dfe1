-- Search on PostgreSQL, measured at 1,000,000 projects (issue 12 §7).
--
-- "folded": title, body and pinyin as the trigram index reads them, in lower case, kept with the
-- row. Terms of 3+ characters were matched with ILIKE against the expression, so every candidate
-- of the index was joined and lower-cased again at every search: for a term found in 5,000
-- documents, 12 of a statement's 19 ms. lib/search/match-sql.ts now matches `"folded" LIKE
-- lower(term)`, which is what ILIKE did, against the stored text (4.5 ms).
ALTER TABLE "search_doc"
    ADD COLUMN "folded" TEXT GENERATED ALWAYS AS (lower("title" || ' ' || "body" || ' ' || coalesce("pinyin", ''))) STORED;
DROP INDEX "search_doc_trigram";
CREATE INDEX "search_doc_trigram" ON "search_doc" USING GIN ("folded" gin_trgm_ops) WITH (fastupdate = off);

-- The same three indexes over every document but the projects' (their block starts at id
-- 6,000,000,000: lib/search/kinds.ts). The other kinds are what a district publishes and its
-- enterprises, a few hundred documents, counted together in one pass (lib/search/kind-counts.ts).
-- Read through the whole index, that pass followed each term's list through a million project
-- entries to reach them: 6–10 ms for a common term, against well under 1 ms here.
CREATE INDEX "search_doc_trigram_other" ON "search_doc" USING GIN ("folded" gin_trgm_ops) WITH (fastupdate = off)
    WHERE "id" < 6000000000;
CREATE INDEX "search_doc_grams_other" ON "search_doc" USING GIN ("grams") WITH (fastupdate = off)
    WHERE "id" < 6000000000;
CREATE INDEX "search_doc_firsts_other" ON "search_doc" USING GIN ("firsts") WITH (fastupdate = off)
    WHERE "id" < 6000000000;
