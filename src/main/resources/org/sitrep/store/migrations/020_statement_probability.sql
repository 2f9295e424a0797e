-- The learned filter's probability that a reported statement is one at all (issue 15): below Quote.SURE_FROM it is
-- shown marked unsure and credited to no one. NULL for quoted words and rows stored before, read as not weighed.
ALTER TABLE quotes ADD COLUMN statement_probability REAL;
