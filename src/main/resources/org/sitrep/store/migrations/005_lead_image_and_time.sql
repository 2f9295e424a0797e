-- The image an article leads with and its caption, as the page names them, and the moment of publication with its
-- offset (ISO-8601) when the page gives one (all null for text and CSV articles).
ALTER TABLE articles ADD COLUMN image_url TEXT;
ALTER TABLE articles ADD COLUMN image_caption TEXT;
ALTER TABLE articles ADD COLUMN published_at TEXT;
