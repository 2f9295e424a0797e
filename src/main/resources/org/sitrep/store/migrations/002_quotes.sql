-- Statements: direct and partial quotes and reported speech, with the speaker as the text gives it and the entity
-- it was resolved to.
CREATE TABLE quotes (
    article_id           TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    begin_at             INTEGER NOT NULL,
    end_at               INTEGER NOT NULL,
    text                 TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'reported')),
    speaker_begin        INTEGER,
    speaker_end          INTEGER,
    speaker_text         TEXT,
    speaker_named_begin  INTEGER,
    speaker_named_end    INTEGER,
    speaker_named_text   TEXT,
    speaker_named_type   TEXT,
    speaker_entity_id    TEXT REFERENCES entities (id),
    speaker_role         TEXT,
    speaker_organisation TEXT,
    cue_begin            INTEGER,
    cue_end              INTEGER,
    cue                  TEXT,
    medium               TEXT,
    said_on              TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);
