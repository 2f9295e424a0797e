-- A word index over the statements' text (issue 19), so that a statement search matches whole words and reads only
-- the statements that hold them instead of scanning every one. quote_keys gives each statement a whole-number key of
-- its own (an INTEGER PRIMARY KEY, which VACUUM never renumbers, unlike the implicit rowid of quotes) that the FTS5
-- table uses as its rowid. The FTS5 table keeps no copy of the text (contentless, rows deleted by key), folds case
-- and diacritics, and is kept in step with quotes by triggers, so every write of statements (a save, a re-ingest
-- that deletes the article and its statements by cascade, an import) keeps it right without the store's help.
CREATE TABLE quote_keys (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL,
    position    INTEGER NOT NULL,
    UNIQUE (article_id, position)
);
CREATE VIRTUAL TABLE quote_words USING fts5 (text, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO quote_keys (article_id, position) SELECT article_id, position FROM quotes ORDER BY article_id, position;
INSERT INTO quote_words (rowid, text) SELECT k.id, q.text FROM quote_keys k
    JOIN quotes q ON q.article_id = k.article_id AND q.position = k.position;
CREATE TRIGGER quote_words_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_keys (article_id, position) VALUES (new.article_id, new.position);
    INSERT INTO quote_words (rowid, text) VALUES (last_insert_rowid(), new.text);
END;
CREATE TRIGGER quote_words_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quote_words WHERE rowid = (SELECT id FROM quote_keys WHERE article_id = old.article_id AND position = old.position);
    DELETE FROM quote_keys WHERE article_id = old.article_id AND position = old.position;
END;
CREATE TRIGGER quote_words_update AFTER UPDATE OF text, article_id, position ON quotes BEGIN
    UPDATE quote_keys SET article_id = new.article_id, position = new.position
        WHERE article_id = old.article_id AND position = old.position;
    DELETE FROM quote_words WHERE rowid = (SELECT id FROM quote_keys WHERE article_id = new.article_id AND position = new.position);
    INSERT INTO quote_words (rowid, text)
        SELECT id, new.text FROM quote_keys WHERE article_id = new.article_id AND position = new.position;
END;
