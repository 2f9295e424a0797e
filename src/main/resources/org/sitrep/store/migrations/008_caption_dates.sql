-- Dates found in captions: caption is -1 for a date in the article's text, else the caption's position, and the
-- offsets are into that text, as for place names (007). A caption's date may begin where one of the text does, so
-- the caption is part of the key; SQLite cannot change a key in place, so the table is made again.
CREATE TABLE dates_by_caption (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    caption    INTEGER NOT NULL,
    begin_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT,
    PRIMARY KEY (article_id, caption, begin_at)
);
INSERT INTO dates_by_caption SELECT article_id, -1, begin_at, end_at, text, value FROM dates;
DROP TABLE dates;
ALTER TABLE dates_by_caption RENAME TO dates;
