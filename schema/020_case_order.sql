-- spiegel journal: the cases in the orders they are listed in (issue 15).
-- `case list` lists one's own cases by name, then each member's; an export
-- writes them in the order they were made. Without these indexes SQLite
-- sorts every case first, and `case list` works out each case's count of
-- sessions and last session before it prints the first (33 000 cases:
-- 130 ms); read in an index's order, each row is ready as it is read. They
-- hold no text but the name's key, and they are not in the undo log:
-- SQLite keeps them with the table.

CREATE INDEX IF NOT EXISTS case_in_list_order
    ON "case" (practitioner IS NOT NULL, practitioner, name_key);
CREATE INDEX IF NOT EXISTS case_in_made_order ON "case" (created_at, uuid);
