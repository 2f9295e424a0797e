-- 014 for PostgreSQL, whose descending order puts NULL first unless told: the lists put undated articles last.
CREATE INDEX articles_newest ON articles (published DESC NULLS LAST, ingested_at DESC, id);
