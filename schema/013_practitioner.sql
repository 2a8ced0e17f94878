-- spiegel journal: whose records they are, in a journal that pools a
-- peer-supervision group's (issue 17).
--
-- `export --anonymize --as P3` labels every record of a member's export with
-- a practitioner code; `import` keeps it. The member's own records have none
-- (NULL). A case belongs to one practitioner, and its others, reflections,
-- stalls and questions follow it; meetings and goals carry a code of their
-- own. The code: 1 to 8 capital letters or digits (src/journal/practitioner.rs
-- checks it for every door; the CHECKs here are the last guard).
--
-- Case names are unique per practitioner, no longer in the whole journal: a
-- pooled "C01" of P3 and the member's own "C01" stay apart without renaming.
-- SQLite cannot drop the column constraint `name_key UNIQUE`, so `case` is
-- rebuilt (as schema 7 and the step-0 schema rebuilt theirs): created anew,
-- the rows copied with their ids, the old table dropped, the new one renamed;
-- the uniqueness is then an index over (code or '', name key). The triggers
-- on reflection read `case` (the undo log names a session by its case):
-- dropped while it is rebuilt (a rename checks every trigger) and made again
-- as they were. The case's own undo triggers are made again with the new
-- column, in schema 6's lossless form; meeting and goal get the column by
-- ALTER TABLE and their delete and update triggers are made again with it.
-- Inverses logged before this migration name no code and restore NULL: the
-- records were the member's own then.
--
-- The migration runner turns foreign keys off around this and checks them
-- before it commits. It can run again over a journal that has it (a journal
-- set back to an older version runs every later migration again; schema 7
-- then rebuilds meeting and goal without the column first).

DROP TRIGGER IF EXISTS undo_reflection_insert;
DROP TRIGGER IF EXISTS undo_reflection_delete;
DROP TRIGGER IF EXISTS undo_reflection_update;

CREATE TABLE case_new (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL,               -- lower-cased name: unique per practitioner
    setting       TEXT,
    cohabiting    INTEGER CHECK (cohabiting IN (0, 1)),  -- lives with a lasting partner; NULL = not known
    opened_on     TEXT NOT NULL,
    closed_on     TEXT,
    outcome       TEXT CHECK (outcome IN ('system-involved', 'individual-only', 'dropped-out')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    practitioner  TEXT CHECK (practitioner IS NULL OR (length(practitioner) BETWEEN 1 AND 8
                                                      AND practitioner NOT GLOB '*[^A-Z0-9]*')),
    CHECK ((closed_on IS NULL) = (outcome IS NULL))
) STRICT;
INSERT INTO case_new (id, uuid, name, name_key, setting, cohabiting, opened_on, closed_on, outcome,
                      created_at, updated_at)
SELECT id, uuid, name, name_key, setting, cohabiting, opened_on, closed_on, outcome,
       created_at, updated_at FROM "case";
DROP TABLE "case";
ALTER TABLE case_new RENAME TO "case";
CREATE UNIQUE INDEX case_by_name ON "case" (coalesce(practitioner, ''), name_key);
CREATE INDEX case_by_practitioner ON "case" (practitioner);

ALTER TABLE meeting ADD COLUMN practitioner TEXT
    CHECK (practitioner IS NULL OR (length(practitioner) BETWEEN 1 AND 8
                                    AND practitioner NOT GLOB '*[^A-Z0-9]*'));
ALTER TABLE goal ADD COLUMN practitioner TEXT
    CHECK (practitioner IS NULL OR (length(practitioner) BETWEEN 1 AND 8
                                    AND practitioner NOT GLOB '*[^A-Z0-9]*'));

DROP TRIGGER IF EXISTS undo_meeting_delete;
DROP TRIGGER IF EXISTS undo_meeting_update;
DROP TRIGGER IF EXISTS undo_goal_delete;
DROP TRIGGER IF EXISTS undo_goal_update;

-- The reflection's undo triggers, as they were.

CREATE TRIGGER undo_reflection_insert AFTER INSERT ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'reflection')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'insert', NEW.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = NEW.case_id), '?') || ', ' || NEW.session_on || ')',
            'DELETE FROM reflection WHERE ' || 'id = ' || quote(NEW.id));
END;
CREATE TRIGGER undo_reflection_delete AFTER DELETE ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'delete', OLD.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = OLD.case_id), '?') || ', ' || OLD.session_on || ')',
            'INSERT INTO reflection (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at, went_well) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || CASE typeof(OLD.session_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.session_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.session_on) END || ', ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || CASE typeof(OLD.completed) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.completed AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.completed) END || ', ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || CASE typeof(OLD.went_well) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.went_well AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.went_well) END || ')');
END;
CREATE TRIGGER undo_reflection_update AFTER UPDATE ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'update', NEW.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = NEW.case_id), '?') || ', ' || NEW.session_on || ')',
            'UPDATE reflection SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'case_id = ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || 'session_on = ' || CASE typeof(OLD.session_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.session_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.session_on) END || ', ' || 'medium = ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || 'completed = ' || CASE typeof(OLD.completed) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.completed AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.completed) END || ', ' || 'note = ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || 'went_well = ' || CASE typeof(OLD.went_well) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.went_well AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.went_well) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

-- The undo log's triggers with the code.

CREATE TRIGGER undo_case_insert AFTER INSERT ON "case"
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'case')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'case', 'insert', NEW.name,
            'DELETE FROM "case" WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_case_delete AFTER DELETE ON "case"
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'case', 'delete', OLD.name,
            'INSERT INTO "case" (id, uuid, name, name_key, setting, cohabiting, opened_on, closed_on, outcome, created_at, updated_at, practitioner) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.name) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name) END || ', ' || CASE typeof(OLD.name_key) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name_key AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name_key) END || ', ' || CASE typeof(OLD.setting) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.setting AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.setting) END || ', ' || CASE typeof(OLD.cohabiting) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.cohabiting AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.cohabiting) END || ', ' || CASE typeof(OLD.opened_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.opened_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.opened_on) END || ', ' || CASE typeof(OLD.closed_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.closed_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.closed_on) END || ', ' || CASE typeof(OLD.outcome) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.outcome AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.outcome) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || CASE typeof(OLD.practitioner) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.practitioner AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.practitioner) END || ')');
END;

CREATE TRIGGER undo_case_update AFTER UPDATE ON "case"
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'case', 'update', NEW.name,
            'UPDATE "case" SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'name = ' || CASE typeof(OLD.name) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name) END || ', ' || 'name_key = ' || CASE typeof(OLD.name_key) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name_key AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name_key) END || ', ' || 'setting = ' || CASE typeof(OLD.setting) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.setting AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.setting) END || ', ' || 'cohabiting = ' || CASE typeof(OLD.cohabiting) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.cohabiting AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.cohabiting) END || ', ' || 'opened_on = ' || CASE typeof(OLD.opened_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.opened_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.opened_on) END || ', ' || 'closed_on = ' || CASE typeof(OLD.closed_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.closed_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.closed_on) END || ', ' || 'outcome = ' || CASE typeof(OLD.outcome) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.outcome AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.outcome) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || 'practitioner = ' || CASE typeof(OLD.practitioner) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.practitioner AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.practitioner) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_meeting_delete AFTER DELETE ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'delete', OLD.held_on,
            'INSERT INTO meeting (id, uuid, held_on, kind, with_whom, note, created_at, updated_at, practitioner) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.held_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.held_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.held_on) END || ', ' || CASE typeof(OLD.kind) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.kind AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.kind) END || ', ' || CASE typeof(OLD.with_whom) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.with_whom AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.with_whom) END || ', ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || CASE typeof(OLD.practitioner) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.practitioner AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.practitioner) END || ')');
END;

CREATE TRIGGER undo_meeting_update AFTER UPDATE ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'update', NEW.held_on,
            'UPDATE meeting SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'held_on = ' || CASE typeof(OLD.held_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.held_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.held_on) END || ', ' || 'kind = ' || CASE typeof(OLD.kind) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.kind AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.kind) END || ', ' || 'with_whom = ' || CASE typeof(OLD.with_whom) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.with_whom AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.with_whom) END || ', ' || 'note = ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || 'practitioner = ' || CASE typeof(OLD.practitioner) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.practitioner AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.practitioner) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_goal_delete AFTER DELETE ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'delete', OLD.id,
            'INSERT INTO goal (id, uuid, text, reason_id, since, done_on, created_at, updated_at, practitioner) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || CASE typeof(OLD.reason_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reason_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reason_id) END || ', ' || CASE typeof(OLD.since) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.since AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.since) END || ', ' || CASE typeof(OLD.done_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.done_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.done_on) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || CASE typeof(OLD.practitioner) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.practitioner AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.practitioner) END || ')');
END;

CREATE TRIGGER undo_goal_update AFTER UPDATE ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'update', NEW.id,
            'UPDATE goal SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'text = ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || 'reason_id = ' || CASE typeof(OLD.reason_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reason_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reason_id) END || ', ' || 'since = ' || CASE typeof(OLD.since) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.since AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.since) END || ', ' || 'done_on = ' || CASE typeof(OLD.done_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.done_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.done_on) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || 'practitioner = ' || CASE typeof(OLD.practitioner) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.practitioner AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.practitioner) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

