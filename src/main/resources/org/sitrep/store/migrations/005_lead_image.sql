-- The image an article leads with and its caption, as the page names them (null for text and CSV articles).
ALTER TABLE articles ADD COLUMN image_url TEXT;
ALTER TABLE articles ADD COLUMN image_caption TEXT;
