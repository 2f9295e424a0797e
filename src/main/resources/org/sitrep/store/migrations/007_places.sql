-- Places: the gazetteer places articles name, and where each article names them. A place's id is its GeoNames id,
-- or a negative id for the places of Sitrep's own supplement that GeoNames lacks.
CREATE TABLE places (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    lat           REAL NOT NULL,
    lon           REAL NOT NULL,
    feature_class TEXT NOT NULL,
    feature_code  TEXT NOT NULL,
    country       TEXT NOT NULL,
    admin1        TEXT NOT NULL,
    admin2        TEXT NOT NULL,
    population    INTEGER NOT NULL
);
CREATE INDEX places_country ON places (country);

-- caption is -1 for a name in the article's text, else the caption's position; offsets are into that text.
CREATE TABLE place_mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    caption    INTEGER NOT NULL,
    begin_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    place_id   INTEGER NOT NULL REFERENCES places (id),
    role       TEXT NOT NULL CHECK (role IN ('setting', 'analogy', 'origin')),
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, caption, begin_at)
);
CREATE INDEX place_mentions_place ON place_mentions (place_id);
