-- Feeds and sitemaps that are polled for new articles, and the items already taken from each.
CREATE TABLE sources (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    url            TEXT NOT NULL UNIQUE,
    name           TEXT,
    every_seconds  INTEGER NOT NULL,
    last_polled_at TEXT,
    last_status    TEXT,
    created_at     TEXT NOT NULL
);

CREATE TABLE source_items (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    url       TEXT NOT NULL,
    seen_at   TEXT NOT NULL,
    PRIMARY KEY (source_id, url)
);
