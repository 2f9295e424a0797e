-- Articles, their parts, and what the pipeline found in them. Facts of an article are replaced as a whole
-- (delete and insert in one transaction), so every fact table cascades from articles.
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    url          TEXT UNIQUE,
    text_hash    TEXT NOT NULL UNIQUE,
    origin       TEXT NOT NULL,
    title        TEXT NOT NULL,
    published    TEXT,
    outlet       TEXT,
    section      TEXT,
    language     TEXT,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published DESC);
CREATE INDEX articles_outlet ON articles (outlet);

-- Bylines, captions and paragraphs, in order.
CREATE TABLE article_parts (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('byline', 'caption', 'paragraph')),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, kind, position)
);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    begin_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE entities (
    id    TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    type  TEXT NOT NULL,
    kind  TEXT
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    begin_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, begin_at)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    begin_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT,
    PRIMARY KEY (article_id, begin_at)
);
