-- How each statement's speaker was found (issue 15): the basis gives the speaker's confidence, and statements below
-- the shown threshold are marked unsure. Rows stored before keep NULL, read as a name next to the cue.
ALTER TABLE quotes ADD COLUMN speaker_basis TEXT;
