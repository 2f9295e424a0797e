-- 016 for PostgreSQL, whose descending order puts NULL first unless told: the lists put undated events last.
ALTER TABLE events ADD COLUMN first_day TEXT;
ALTER TABLE events ADD COLUMN last_day TEXT;
UPDATE events SET first_day = COALESCE(date_first, (SELECT a.published FROM articles a WHERE a.id = events.article_id)),
                  last_day = COALESCE(date_last, (SELECT a.published FROM articles a WHERE a.id = events.article_id));
CREATE INDEX events_newest ON events (first_day DESC NULLS LAST, article_id, ordinal);
CREATE INDEX events_latest ON events (last_day DESC NULLS LAST, incident_id DESC);
