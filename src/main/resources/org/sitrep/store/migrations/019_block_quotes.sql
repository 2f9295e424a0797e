-- The paragraphs a page set as block quotations (a report's paragraphs quoted whole, an embedded post), so that an
-- article read back shows them set apart as its page did. Paragraph numbers index the article's paragraphs.
CREATE TABLE block_quotes (
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    first_paragraph INTEGER NOT NULL,
    last_paragraph  INTEGER NOT NULL,
    PRIMARY KEY (article_id, first_paragraph)
);
