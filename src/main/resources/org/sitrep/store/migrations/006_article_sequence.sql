-- Every save of an article, every replaced article's removal, and every correction that changes what the search
-- index holds of an article takes the next number from one counter that never goes back (deletions included). The
-- search index records the highest number it holds, so opening a data directory after a crash re-indexes only the
-- articles numbered above it and removes the replaced ones numbered above it. Existing articles are numbered in the
-- order they were first stored.
ALTER TABLE articles ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET seq = rowid;
CREATE INDEX articles_seq ON articles (seq);

CREATE TABLE article_sequence (
    last_value INTEGER NOT NULL
);
INSERT INTO article_sequence SELECT COALESCE(MAX(seq), 0) FROM articles;

-- Articles removed because a later save replaced them under another id, with the number of that save.
CREATE TABLE removed_articles (
    id  TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE INDEX removed_articles_seq ON removed_articles (seq);
