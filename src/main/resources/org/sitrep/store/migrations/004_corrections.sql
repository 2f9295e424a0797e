-- Analysts' corrections of entities, kept apart from what the pipeline extracted so that re-ingesting and
-- re-processing articles apply them again rather than undo them.
CREATE TABLE corrections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('merge', 'rename', 'retype', 'split')),
    entity_id  TEXT NOT NULL,
    target     TEXT,
    value      TEXT,
    created_at TEXT NOT NULL
);
