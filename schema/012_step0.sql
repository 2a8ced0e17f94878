-- spiegel journal: step 0 per person (issue 14).
--
-- Step 0 is a path per significant other, not a session's property: the
-- client names them (often only after several sessions: "there is always
-- one"), they are invited (by the client, or by the practitioner "in the
-- first place to help me"), by some medium, and they answer (yes, no with
-- a reaction, or not yet). The first session they take part in follows
-- from `presence`; it is not stored.
--
-- other.named_on: when the client named them; NULL for those recorded
-- before this migration (not known, and shown as such).
-- invitation: one row per invitation, several per person allowed; an
-- invitation waiting for an answer ('pending') can be answered later.
-- medium NULL = not recorded; resistance NULL = no reaction recorded; note
-- follows the rules of a note, '' = none.
--
-- `other` is rebuilt (as schema 7 rebuilt its tables) rather than given a
-- column by ALTER TABLE, so that this migration can run again over a
-- journal that has it (a journal set back to an older version runs every
-- later migration again); its undo triggers go with it and are made again
-- below, in schema 6's lossless form, with the new column. The migration
-- runner turns foreign keys off around this and checks them before it
-- commits. invitation gets its three undo triggers.

-- Triggers that read `other`: dropped while it is rebuilt (a rename checks
-- every trigger), made again below.
DROP TRIGGER IF EXISTS undo_invitation_insert;
DROP TRIGGER IF EXISTS undo_invitation_delete;
DROP TRIGGER IF EXISTS undo_invitation_update;

CREATE TABLE other_new (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('partner', 'friend', 'parent', 'child', 'sibling',
                                              'relative', 'neighbour', 'colleague', 'other')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    named_on    TEXT,
    UNIQUE (case_id, name_key)
) STRICT;
INSERT INTO other_new (id, uuid, case_id, name, name_key, role, created_at, updated_at)
SELECT id, uuid, case_id, name, name_key, role, created_at, updated_at FROM other;
DROP TABLE other;
ALTER TABLE other_new RENAME TO other;

CREATE TABLE IF NOT EXISTS invitation (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    other_id    INTEGER NOT NULL REFERENCES other(id) ON DELETE CASCADE,
    invited_on  TEXT NOT NULL,
    invited_by  TEXT NOT NULL CHECK (invited_by IN ('client', 'me')),
    medium      TEXT CHECK (medium IN ('in-person', 'video', 'phone', 'message')),
    answer      TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'pending')),
    resistance  TEXT REFERENCES resistance(code),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS invitation_by_other ON invitation (other_id, invited_on);

-- The undo log's triggers.

CREATE TRIGGER undo_other_insert AFTER INSERT ON other
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'other')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'other', 'insert', NEW.name,
            'DELETE FROM other WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_other_delete AFTER DELETE ON other
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'other', 'delete', OLD.name,
            'INSERT INTO other (id, uuid, case_id, name, name_key, role, created_at, updated_at, named_on) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || CASE typeof(OLD.name) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name) END || ', ' || CASE typeof(OLD.name_key) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name_key AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name_key) END || ', ' || CASE typeof(OLD.role) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.role AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.role) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || CASE typeof(OLD.named_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.named_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.named_on) END || ')');
END;

CREATE TRIGGER undo_other_update AFTER UPDATE ON other
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'other', 'update', NEW.name,
            'UPDATE other SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'case_id = ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || 'name = ' || CASE typeof(OLD.name) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name) END || ', ' || 'name_key = ' || CASE typeof(OLD.name_key) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name_key AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name_key) END || ', ' || 'role = ' || CASE typeof(OLD.role) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.role AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.role) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || 'named_on = ' || CASE typeof(OLD.named_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.named_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.named_on) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_invitation_insert AFTER INSERT ON invitation
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'invitation')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'invitation', 'insert', coalesce((SELECT name FROM other WHERE id = NEW.other_id), '?') || ', ' || NEW.invited_on,
            'DELETE FROM invitation WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_invitation_delete AFTER DELETE ON invitation
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'invitation', 'delete', coalesce((SELECT name FROM other WHERE id = OLD.other_id), '?') || ', ' || OLD.invited_on,
            'INSERT INTO invitation (id, uuid, other_id, invited_on, invited_by, medium, answer, resistance, note, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.other_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.other_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.other_id) END || ', ' || CASE typeof(OLD.invited_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.invited_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.invited_on) END || ', ' || CASE typeof(OLD.invited_by) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.invited_by AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.invited_by) END || ', ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || CASE typeof(OLD.answer) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answer AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answer) END || ', ' || CASE typeof(OLD.resistance) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.resistance AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.resistance) END || ', ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

CREATE TRIGGER undo_invitation_update AFTER UPDATE ON invitation
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'invitation', 'update', coalesce((SELECT name FROM other WHERE id = NEW.other_id), '?') || ', ' || NEW.invited_on,
            'UPDATE invitation SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'other_id = ' || CASE typeof(OLD.other_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.other_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.other_id) END || ', ' || 'invited_on = ' || CASE typeof(OLD.invited_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.invited_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.invited_on) END || ', ' || 'invited_by = ' || CASE typeof(OLD.invited_by) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.invited_by AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.invited_by) END || ', ' || 'medium = ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || 'answer = ' || CASE typeof(OLD.answer) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answer AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answer) END || ', ' || 'resistance = ' || CASE typeof(OLD.resistance) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.resistance AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.resistance) END || ', ' || 'note = ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

