-- spiegel journal: the sessions where something went well, by date
-- (issue 15). `prep` shows the newest few of a period and counts them all;
-- without this index both read every reflection of the period, notes
-- included, to find the few with a `went_well` text (a million
-- reflections: the whole table). Only those few rows are in it. It holds
-- no text, and it is not in the undo log: SQLite keeps it with the table.

CREATE INDEX IF NOT EXISTS reflection_went_well ON reflection (session_on, id)
WHERE went_well <> '';
