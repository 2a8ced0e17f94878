-- spiegel journal, schema 7: ids once shown never point at another record.
--
-- Reflections, questions, meetings and goals are named by their id
-- (`spiegel show 6`, `questions answer 2`, `goal done 1`). Without
-- AUTOINCREMENT SQLite gives the next row max(id) + 1, so deleting the
-- newest reflection and adding another reused its id: a note, a shared
-- id or an old printout would then point at another session. SQLite cannot
-- add AUTOINCREMENT to a table, so each is rebuilt: created anew, the rows
-- copied with their ids, the old table dropped, the new one renamed; then
-- its indexes and triggers (the undo log's of schema 3, in the lossless
-- form of schema 6, and the stall summary's of schema 5) are made again. The migration runner
-- turns foreign keys off around this (dropping a table would otherwise
-- delete the rows that refer to it) and checks them before it commits.
--
-- sqlite_sequence starts at the highest id the table or the undo log has
-- ever held, so that ids deleted before this migration are not reused
-- either, as far as the journal still knows them. Undo keeps working: it
-- restores a deleted row with its own id, and the ids it removes stay used.

-- Triggers on other tables that read these tables: dropped while the
-- tables are rebuilt (a rename checks every trigger), made again below.
DROP TRIGGER stall_fact_insert;
DROP TRIGGER stall_fact_update;

-- reflection
CREATE TABLE reflection_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
    session_on  TEXT NOT NULL,
    medium      TEXT NOT NULL DEFAULT 'in-person' CHECK (medium IN ('in-person', 'video', 'phone')),
    completed   INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),  -- all seven steps done
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
INSERT INTO reflection_new (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at)
SELECT id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at FROM reflection;
DROP TABLE reflection;
ALTER TABLE reflection_new RENAME TO reflection;

-- question
CREATE TABLE question_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid           TEXT NOT NULL UNIQUE,
    reflection_id  INTEGER NOT NULL UNIQUE REFERENCES reflection(id) ON DELETE CASCADE,
    text           TEXT NOT NULL,
    answer         TEXT,
    answered_on    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
INSERT INTO question_new (id, uuid, reflection_id, text, answer, answered_on, created_at, updated_at)
SELECT id, uuid, reflection_id, text, answer, answered_on, created_at, updated_at FROM question;
DROP TABLE question;
ALTER TABLE question_new RENAME TO question;

-- meeting
CREATE TABLE meeting_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    held_on     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'peer')),
    with_whom   TEXT,                        -- the supervisor or group, free text
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
INSERT INTO meeting_new (id, uuid, held_on, kind, with_whom, note, created_at, updated_at)
SELECT id, uuid, held_on, kind, with_whom, note, created_at, updated_at FROM meeting;
DROP TABLE meeting;
ALTER TABLE meeting_new RENAME TO meeting;

-- goal
CREATE TABLE goal_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    text        TEXT NOT NULL,
    reason_id   INTEGER NOT NULL REFERENCES reason(id),
    since       TEXT NOT NULL,
    done_on     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
INSERT INTO goal_new (id, uuid, text, reason_id, since, done_on, created_at, updated_at)
SELECT id, uuid, text, reason_id, since, done_on, created_at, updated_at FROM goal;
DROP TABLE goal;
ALTER TABLE goal_new RENAME TO goal;

-- Their indexes (schema 1, 2 and 4), unchanged.
CREATE INDEX reflection_by_case ON reflection (case_id, session_on);
CREATE INDEX reflection_by_date ON reflection (session_on);
CREATE INDEX reflection_scope ON reflection (session_on, case_id);
CREATE INDEX question_open ON question (answered_on);
CREATE INDEX meeting_by_date ON meeting (held_on);
CREATE INDEX goal_by_reason ON goal (reason_id);

-- The undo log's triggers (schema 3), in schema 6's lossless form.

CREATE TRIGGER undo_reflection_insert AFTER INSERT ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
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
            'INSERT INTO reflection (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || CASE typeof(OLD.session_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.session_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.session_on) END || ', ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || CASE typeof(OLD.completed) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.completed AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.completed) END || ', ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

CREATE TRIGGER undo_reflection_update AFTER UPDATE ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'update', NEW.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = NEW.case_id), '?') || ', ' || NEW.session_on || ')',
            'UPDATE reflection SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'case_id = ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || 'session_on = ' || CASE typeof(OLD.session_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.session_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.session_on) END || ', ' || 'medium = ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || 'completed = ' || CASE typeof(OLD.completed) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.completed AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.completed) END || ', ' || 'note = ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_question_insert AFTER INSERT ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'insert', NEW.reflection_id,
            'DELETE FROM question WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_question_delete AFTER DELETE ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'delete', OLD.reflection_id,
            'INSERT INTO question (id, uuid, reflection_id, text, answer, answered_on, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || CASE typeof(OLD.answer) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answer AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answer) END || ', ' || CASE typeof(OLD.answered_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answered_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answered_on) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

CREATE TRIGGER undo_question_update AFTER UPDATE ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'update', NEW.reflection_id,
            'UPDATE question SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'reflection_id = ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || 'text = ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || 'answer = ' || CASE typeof(OLD.answer) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answer AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answer) END || ', ' || 'answered_on = ' || CASE typeof(OLD.answered_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answered_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answered_on) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_meeting_insert AFTER INSERT ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'insert', NEW.held_on,
            'DELETE FROM meeting WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_meeting_delete AFTER DELETE ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'delete', OLD.held_on,
            'INSERT INTO meeting (id, uuid, held_on, kind, with_whom, note, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.held_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.held_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.held_on) END || ', ' || CASE typeof(OLD.kind) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.kind AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.kind) END || ', ' || CASE typeof(OLD.with_whom) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.with_whom AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.with_whom) END || ', ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

CREATE TRIGGER undo_meeting_update AFTER UPDATE ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'update', NEW.held_on,
            'UPDATE meeting SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'held_on = ' || CASE typeof(OLD.held_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.held_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.held_on) END || ', ' || 'kind = ' || CASE typeof(OLD.kind) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.kind AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.kind) END || ', ' || 'with_whom = ' || CASE typeof(OLD.with_whom) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.with_whom AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.with_whom) END || ', ' || 'note = ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_goal_insert AFTER INSERT ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'insert', NEW.id,
            'DELETE FROM goal WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_goal_delete AFTER DELETE ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'delete', OLD.id,
            'INSERT INTO goal (id, uuid, text, reason_id, since, done_on, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || CASE typeof(OLD.reason_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reason_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reason_id) END || ', ' || CASE typeof(OLD.since) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.since AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.since) END || ', ' || CASE typeof(OLD.done_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.done_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.done_on) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

CREATE TRIGGER undo_goal_update AFTER UPDATE ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'update', NEW.id,
            'UPDATE goal SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'text = ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || 'reason_id = ' || CASE typeof(OLD.reason_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reason_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reason_id) END || ', ' || 'since = ' || CASE typeof(OLD.since) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.since AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.since) END || ', ' || 'done_on = ' || CASE typeof(OLD.done_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.done_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.done_on) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

-- The stall summary's triggers (schema 5), unchanged.

CREATE TRIGGER stall_fact_insert AFTER INSERT ON stall
BEGIN
    INSERT INTO stall_fact (reflection_id, step, reason_id, case_id, session_on)
    SELECT NEW.reflection_id, NEW.step, NEW.reason_id, r.case_id, r.session_on
    FROM reflection r WHERE r.id = NEW.reflection_id;
END;

CREATE TRIGGER stall_fact_update AFTER UPDATE ON stall
BEGIN
    DELETE FROM stall_fact
    WHERE reflection_id = OLD.reflection_id AND step = OLD.step AND reason_id = OLD.reason_id;
    INSERT INTO stall_fact (reflection_id, step, reason_id, case_id, session_on)
    SELECT NEW.reflection_id, NEW.step, NEW.reason_id, r.case_id, r.session_on
    FROM reflection r WHERE r.id = NEW.reflection_id;
END;

CREATE TRIGGER stall_fact_reflection_update AFTER UPDATE OF case_id, session_on ON reflection
BEGIN
    UPDATE stall_fact SET case_id = NEW.case_id, session_on = NEW.session_on
    WHERE reflection_id = NEW.id;
END;

-- ON DELETE CASCADE already fires the delete trigger above for every stall
-- of a deleted reflection; this one holds even with foreign keys off.
CREATE TRIGGER stall_fact_reflection_delete AFTER DELETE ON reflection
BEGIN
    DELETE FROM stall_fact WHERE reflection_id = OLD.id;
END;

-- Where each table's ids go on: after the highest id it holds or the undo
-- log names (an insert's inverse is "DELETE … WHERE id = N", an update's
-- "UPDATE … SET id = N, …", a delete's "INSERT … VALUES (N, …").
DELETE FROM sqlite_sequence WHERE name IN ('reflection', 'question', 'meeting', 'goal');
INSERT INTO sqlite_sequence (name, seq)
SELECT tbl, max(id) FROM (
    SELECT 'reflection' AS tbl, id FROM reflection
    UNION ALL SELECT 'question', id FROM question
    UNION ALL SELECT 'meeting', id FROM meeting
    UNION ALL SELECT 'goal', id FROM goal
    UNION ALL
    SELECT tbl, CAST(CASE op
                    WHEN 'delete' THEN substr(inverse, instr(inverse, 'VALUES (') + 8)
                    ELSE substr(inverse, instr(inverse, 'id = ') + 5)
                END AS INTEGER)
    FROM undo_step
    WHERE tbl IN ('reflection', 'question', 'meeting', 'goal')
)
GROUP BY tbl;

-- Earlier versions let a session lie before its case opened (a case added
-- today, then a session of last week) or after it closed; from now on both
-- are refused, by the commands and by import. So that such a journal stays
-- valid and its own export can be imported again, a case opens no later
-- than its first session and closes no earlier than its latest one. The
-- sessions, the only dates a user typed for them, stay as they are.
UPDATE "case"
SET opened_on = (SELECT min(session_on) FROM reflection WHERE case_id = "case".id)
WHERE opened_on > (SELECT min(session_on) FROM reflection WHERE case_id = "case".id);
UPDATE "case"
SET closed_on = (SELECT max(session_on) FROM reflection WHERE case_id = "case".id)
WHERE closed_on < (SELECT max(session_on) FROM reflection WHERE case_id = "case".id);
