-- A place may be named as whose someone or something is, by its adjective ("Russian forces", "a Chechen fighter"):
-- role 'affiliation', not where anything happened.
-- SQLite cannot change a CHECK in place, so the table is made again.
CREATE TABLE place_mentions_by_role (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    caption    INTEGER NOT NULL,
    begin_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    place_id   INTEGER NOT NULL REFERENCES places (id),
    role       TEXT NOT NULL CHECK (role IN ('setting', 'analogy', 'origin', 'affiliation')),
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, caption, begin_at)
);
INSERT INTO place_mentions_by_role SELECT article_id, caption, begin_at, end_at, text, place_id, role, confidence FROM place_mentions;
DROP TABLE place_mentions;
ALTER TABLE place_mentions_by_role RENAME TO place_mentions;
CREATE INDEX place_mentions_place ON place_mentions (place_id);
