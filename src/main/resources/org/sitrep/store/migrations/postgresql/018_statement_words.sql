-- 018 for PostgreSQL: the word index over the statements' text is a GIN index of its 'simple' text search vector
-- (lower case, no stemming, no stop words: whole words as written), which PostgreSQL keeps in step by itself. The
-- statement search asks for exactly this expression, so the index answers it. Unlike SQLite's, it does not fold
-- diacritics (that would need the unaccent extension, which a shared server may not have).
CREATE INDEX quotes_words ON quotes USING GIN (to_tsvector('simple', text));
