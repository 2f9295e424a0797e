-- Issue 19: a feed item is taken before it is read (so one that stops the process is not read at every restart) and
-- finished once it is stored or reported. One taken but never finished was being read when its process was killed:
-- the next poll reads it again, up to a limit of attempts, instead of losing it. Items taken before this are finished.
ALTER TABLE source_items ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE source_items ADD COLUMN finished INTEGER NOT NULL DEFAULT 1;
