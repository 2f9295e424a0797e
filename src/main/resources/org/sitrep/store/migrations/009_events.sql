-- Events: one row per incident as one sentence or caption of one article reports it, coded to ACLED's schema, with
-- the incident it reports. Reports of the same incident in several articles (or twice in one) share an incident id.
-- Incident ids come from a counter that never goes back, so an id once given is never given to another incident;
-- an incident is the set of events that hold its id, and ends when the last of them is deleted.
CREATE TABLE incident_sequence (
    last_value INTEGER NOT NULL
);
INSERT INTO incident_sequence VALUES (0);

-- Offsets are UTF-16 code units into the article's text, or into its caption number *_caption when that is >= 0
-- (-1: the text). Dates are ISO-8601, possibly partial ("2014-11-12", "2014-W46", "2014-11", "2014-SU", "2014",
-- "XXXX-11-12" when the text gives no year); date_first and date_last are the first and last day the date may be,
-- null when unknown. The place's name, coordinates, country and region are those of its row in places.
CREATE TABLE events (
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    event_type       TEXT NOT NULL,
    sub_type         TEXT NOT NULL,
    actor1           TEXT NOT NULL,
    actor1_entity    TEXT,
    actor2           TEXT,
    actor2_entity    TEXT,
    place_id         INTEGER REFERENCES places (id),
    place_caption    INTEGER,
    place_begin      INTEGER,
    place_end        INTEGER,
    place_text       TEXT,
    place_role       TEXT,
    place_confidence REAL,
    geo_precision    INTEGER NOT NULL,
    date             TEXT,
    date_precision   TEXT CHECK (date_precision IN ('day', 'week', 'month', 'season', 'year')),
    date_first       TEXT,
    date_last        TEXT,
    fatalities       INTEGER,
    evidence_caption INTEGER NOT NULL,
    evidence_begin   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    evidence_text    TEXT NOT NULL,
    hedged           INTEGER NOT NULL,
    claimed_by       TEXT,
    confidence       REAL NOT NULL,
    incident_id      INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX events_incident ON events (incident_id);
CREATE INDEX events_type_date ON events (event_type, date_precision, date_first);
CREATE INDEX events_sub_type ON events (sub_type, date_first);
CREATE INDEX events_date ON events (date_first, date_last);
CREATE INDEX events_place ON events (place_id);
CREATE INDEX events_actor1_entity ON events (actor1_entity);
CREATE INDEX events_actor2_entity ON events (actor2_entity);
