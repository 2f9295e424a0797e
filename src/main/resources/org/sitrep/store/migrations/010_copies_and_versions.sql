-- Exactly once, syndication and versions (issue 19). Portable SQL: plain tables and indexes, TEXT and INTEGER.
--
-- Every address an article was found at, by its normalised key (see UrlKey: host without www./amp., path, query
-- without tracking parameters; no scheme or fragment): the article's own, and those of the word-for-word copies other
-- outlets published, which are not stored again. Rows outlive the article row's delete-and-insert on every update, so
-- there is no foreign key; a save that merges two articles moves the merged one's rows to the survivor.
CREATE TABLE article_copies (
    url_key    TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    url        TEXT NOT NULL,
    outlet     TEXT,
    seen_at    TEXT NOT NULL
);
CREATE INDEX article_copies_article ON article_copies (article_id);

-- The body's fingerprint (SHA-256 of its normalised words; null when the body is too short to compare) and MinHash
-- sketch (64 hex values), and the sketch's band keys, through which near-duplicates are found.
CREATE TABLE article_fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    body_hash  TEXT,
    sketch     TEXT NOT NULL
);
CREATE INDEX article_fingerprints_body ON article_fingerprints (body_hash);

CREATE TABLE article_bands (
    band       TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);

-- Versions of one story: articles whose bodies are near-duplicates (one paragraph changed) share a story id, the id
-- of the first of them stored. Articles without a row have no other version.
CREATE TABLE story_versions (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   TEXT NOT NULL
);
CREATE INDEX story_versions_story ON story_versions (story_id);
