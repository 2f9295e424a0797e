-- Statements found in captions: caption is -1 for a statement in the article's text, else the caption's position,
-- and the statement's offsets (its words, its speaker's, its cue's) are into that text, as for dates (008) and place
-- names (007). Rows stored before were all read in the text.
ALTER TABLE quotes ADD COLUMN caption INTEGER NOT NULL DEFAULT -1;
