-- A source file's columns that are not read as part of the article (issue 15: FA-KES's credibility label and its
-- coders' columns), in the file's order, shown beside the article. Portable SQL: TEXT and INTEGER only.
CREATE TABLE source_fields (
    article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
);
