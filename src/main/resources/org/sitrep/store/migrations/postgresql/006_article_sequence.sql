-- 006 for PostgreSQL. The shared script numbers the articles already stored by SQLite's rowid, which PostgreSQL
-- lacks; a PostgreSQL database is new when this runs (no Sitrep before this one stored articles in PostgreSQL), so
-- there is nothing to number and the rest is the same.
ALTER TABLE articles ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_seq ON articles (seq);

CREATE TABLE article_sequence (
    last_value INTEGER NOT NULL
);
INSERT INTO article_sequence SELECT COALESCE(MAX(seq), 0) FROM articles;

CREATE TABLE removed_articles (
    id  TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE INDEX removed_articles_seq ON removed_articles (seq);
