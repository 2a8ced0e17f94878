-- spiegel journal, schema 3: the undo log.
--
-- One mechanism for `spiegel undo`, whatever the command: every write
-- command opens a batch (undo_batch, open = 1) in its transaction; these
-- triggers record, for each row inserted, changed or deleted in a user
-- table, the SQL that reverses it; the command's commit closes the batch.
-- `spiegel undo` runs the last batch's inverse statements newest first and
-- removes the batch. Only the last 100 batches are kept, and `case forget`
-- clears the log, because it holds the text of deleted rows.
--
-- A later migration that adds a column to one of these tables must recreate
-- that table's three triggers (a unit test checks that every column is
-- covered). The catalogue tables `step` and `resistance` never change.

CREATE TABLE undo_batch (
    id          INTEGER PRIMARY KEY,
    open        INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1)),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX undo_batch_open ON undo_batch (id) WHERE open;

CREATE TABLE undo_step (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES undo_batch(id) ON DELETE CASCADE,
    tbl       TEXT NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    row_key   TEXT,           -- what the row is (a name, code or id), to say what was undone
    inverse   TEXT NOT NULL   -- the SQL statement that reverses the change
) STRICT;
CREATE INDEX undo_step_by_batch ON undo_step (batch_id);

CREATE TRIGGER undo_reason_insert AFTER INSERT ON reason
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reason', 'insert', NEW.code,
            'DELETE FROM reason WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_reason_delete AFTER DELETE ON reason
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reason', 'delete', OLD.code,
            'INSERT INTO reason (id, uuid, code, side, label_en, label_nl, usual_steps, builtin, retired, created_at, updated_at) VALUES (' || quote(OLD.id) || ', ' || quote(OLD.uuid) || ', ' || quote(OLD.code) || ', ' || quote(OLD.side) || ', ' || quote(OLD.label_en) || ', ' || quote(OLD.label_nl) || ', ' || quote(OLD.usual_steps) || ', ' || quote(OLD.builtin) || ', ' || quote(OLD.retired) || ', ' || quote(OLD.created_at) || ', ' || quote(OLD.updated_at) || ')');
END;

CREATE TRIGGER undo_reason_update AFTER UPDATE ON reason
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reason', 'update', NEW.code,
            'UPDATE reason SET ' || 'id = ' || quote(OLD.id) || ', ' || 'uuid = ' || quote(OLD.uuid) || ', ' || 'code = ' || quote(OLD.code) || ', ' || 'side = ' || quote(OLD.side) || ', ' || 'label_en = ' || quote(OLD.label_en) || ', ' || 'label_nl = ' || quote(OLD.label_nl) || ', ' || 'usual_steps = ' || quote(OLD.usual_steps) || ', ' || 'builtin = ' || quote(OLD.builtin) || ', ' || 'retired = ' || quote(OLD.retired) || ', ' || 'created_at = ' || quote(OLD.created_at) || ', ' || 'updated_at = ' || quote(OLD.updated_at) || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_case_insert AFTER INSERT ON "case"
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
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
            'INSERT INTO "case" (id, uuid, name, name_key, setting, cohabiting, opened_on, closed_on, outcome, created_at, updated_at) VALUES (' || quote(OLD.id) || ', ' || quote(OLD.uuid) || ', ' || quote(OLD.name) || ', ' || quote(OLD.name_key) || ', ' || quote(OLD.setting) || ', ' || quote(OLD.cohabiting) || ', ' || quote(OLD.opened_on) || ', ' || quote(OLD.closed_on) || ', ' || quote(OLD.outcome) || ', ' || quote(OLD.created_at) || ', ' || quote(OLD.updated_at) || ')');
END;

CREATE TRIGGER undo_case_update AFTER UPDATE ON "case"
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'case', 'update', NEW.name,
            'UPDATE "case" SET ' || 'id = ' || quote(OLD.id) || ', ' || 'uuid = ' || quote(OLD.uuid) || ', ' || 'name = ' || quote(OLD.name) || ', ' || 'name_key = ' || quote(OLD.name_key) || ', ' || 'setting = ' || quote(OLD.setting) || ', ' || 'cohabiting = ' || quote(OLD.cohabiting) || ', ' || 'opened_on = ' || quote(OLD.opened_on) || ', ' || 'closed_on = ' || quote(OLD.closed_on) || ', ' || 'outcome = ' || quote(OLD.outcome) || ', ' || 'created_at = ' || quote(OLD.created_at) || ', ' || 'updated_at = ' || quote(OLD.updated_at) || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_other_insert AFTER INSERT ON other
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
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
            'INSERT INTO other (id, uuid, case_id, name, name_key, role, created_at, updated_at) VALUES (' || quote(OLD.id) || ', ' || quote(OLD.uuid) || ', ' || quote(OLD.case_id) || ', ' || quote(OLD.name) || ', ' || quote(OLD.name_key) || ', ' || quote(OLD.role) || ', ' || quote(OLD.created_at) || ', ' || quote(OLD.updated_at) || ')');
END;

CREATE TRIGGER undo_other_update AFTER UPDATE ON other
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'other', 'update', NEW.name,
            'UPDATE other SET ' || 'id = ' || quote(OLD.id) || ', ' || 'uuid = ' || quote(OLD.uuid) || ', ' || 'case_id = ' || quote(OLD.case_id) || ', ' || 'name = ' || quote(OLD.name) || ', ' || 'name_key = ' || quote(OLD.name_key) || ', ' || 'role = ' || quote(OLD.role) || ', ' || 'created_at = ' || quote(OLD.created_at) || ', ' || 'updated_at = ' || quote(OLD.updated_at) || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

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
            'INSERT INTO reflection (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at) VALUES (' || quote(OLD.id) || ', ' || quote(OLD.uuid) || ', ' || quote(OLD.case_id) || ', ' || quote(OLD.session_on) || ', ' || quote(OLD.medium) || ', ' || quote(OLD.completed) || ', ' || quote(OLD.note) || ', ' || quote(OLD.created_at) || ', ' || quote(OLD.updated_at) || ')');
END;

CREATE TRIGGER undo_reflection_update AFTER UPDATE ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'update', NEW.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = NEW.case_id), '?') || ', ' || NEW.session_on || ')',
            'UPDATE reflection SET ' || 'id = ' || quote(OLD.id) || ', ' || 'uuid = ' || quote(OLD.uuid) || ', ' || 'case_id = ' || quote(OLD.case_id) || ', ' || 'session_on = ' || quote(OLD.session_on) || ', ' || 'medium = ' || quote(OLD.medium) || ', ' || 'completed = ' || quote(OLD.completed) || ', ' || 'note = ' || quote(OLD.note) || ', ' || 'created_at = ' || quote(OLD.created_at) || ', ' || 'updated_at = ' || quote(OLD.updated_at) || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

CREATE TRIGGER undo_presence_insert AFTER INSERT ON presence
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'presence', 'insert', NULL,
            'DELETE FROM presence WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'other_id = ' || quote(NEW.other_id));
END;

CREATE TRIGGER undo_presence_delete AFTER DELETE ON presence
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'presence', 'delete', NULL,
            'INSERT INTO presence (reflection_id, other_id) VALUES (' || quote(OLD.reflection_id) || ', ' || quote(OLD.other_id) || ')');
END;

CREATE TRIGGER undo_presence_update AFTER UPDATE ON presence
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'presence', 'update', NULL,
            'UPDATE presence SET ' || 'reflection_id = ' || quote(OLD.reflection_id) || ', ' || 'other_id = ' || quote(OLD.other_id) || ' WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'other_id = ' || quote(NEW.other_id));
END;

CREATE TRIGGER undo_reflection_resistance_insert AFTER INSERT ON reflection_resistance
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection_resistance', 'insert', NULL,
            'DELETE FROM reflection_resistance WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'resistance = ' || quote(NEW.resistance));
END;

CREATE TRIGGER undo_reflection_resistance_delete AFTER DELETE ON reflection_resistance
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection_resistance', 'delete', NULL,
            'INSERT INTO reflection_resistance (reflection_id, resistance) VALUES (' || quote(OLD.reflection_id) || ', ' || quote(OLD.resistance) || ')');
END;

CREATE TRIGGER undo_reflection_resistance_update AFTER UPDATE ON reflection_resistance
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection_resistance', 'update', NULL,
            'UPDATE reflection_resistance SET ' || 'reflection_id = ' || quote(OLD.reflection_id) || ', ' || 'resistance = ' || quote(OLD.resistance) || ' WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'resistance = ' || quote(NEW.resistance));
END;

CREATE TRIGGER undo_stall_insert AFTER INSERT ON stall
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'stall', 'insert', NULL,
            'DELETE FROM stall WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'step = ' || quote(NEW.step) || ' AND ' || 'reason_id = ' || quote(NEW.reason_id));
END;

CREATE TRIGGER undo_stall_delete AFTER DELETE ON stall
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'stall', 'delete', NULL,
            'INSERT INTO stall (reflection_id, step, reason_id) VALUES (' || quote(OLD.reflection_id) || ', ' || quote(OLD.step) || ', ' || quote(OLD.reason_id) || ')');
END;

CREATE TRIGGER undo_stall_update AFTER UPDATE ON stall
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'stall', 'update', NULL,
            'UPDATE stall SET ' || 'reflection_id = ' || quote(OLD.reflection_id) || ', ' || 'step = ' || quote(OLD.step) || ', ' || 'reason_id = ' || quote(OLD.reason_id) || ' WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'step = ' || quote(NEW.step) || ' AND ' || 'reason_id = ' || quote(NEW.reason_id));
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
            'INSERT INTO question (id, uuid, reflection_id, text, answer, answered_on, created_at, updated_at) VALUES (' || quote(OLD.id) || ', ' || quote(OLD.uuid) || ', ' || quote(OLD.reflection_id) || ', ' || quote(OLD.text) || ', ' || quote(OLD.answer) || ', ' || quote(OLD.answered_on) || ', ' || quote(OLD.created_at) || ', ' || quote(OLD.updated_at) || ')');
END;

CREATE TRIGGER undo_question_update AFTER UPDATE ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'update', NEW.reflection_id,
            'UPDATE question SET ' || 'id = ' || quote(OLD.id) || ', ' || 'uuid = ' || quote(OLD.uuid) || ', ' || 'reflection_id = ' || quote(OLD.reflection_id) || ', ' || 'text = ' || quote(OLD.text) || ', ' || 'answer = ' || quote(OLD.answer) || ', ' || 'answered_on = ' || quote(OLD.answered_on) || ', ' || 'created_at = ' || quote(OLD.created_at) || ', ' || 'updated_at = ' || quote(OLD.updated_at) || ' WHERE ' || 'id = ' || quote(NEW.id));
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
            'INSERT INTO meeting (id, uuid, held_on, kind, with_whom, note, created_at, updated_at) VALUES (' || quote(OLD.id) || ', ' || quote(OLD.uuid) || ', ' || quote(OLD.held_on) || ', ' || quote(OLD.kind) || ', ' || quote(OLD.with_whom) || ', ' || quote(OLD.note) || ', ' || quote(OLD.created_at) || ', ' || quote(OLD.updated_at) || ')');
END;

CREATE TRIGGER undo_meeting_update AFTER UPDATE ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'update', NEW.held_on,
            'UPDATE meeting SET ' || 'id = ' || quote(OLD.id) || ', ' || 'uuid = ' || quote(OLD.uuid) || ', ' || 'held_on = ' || quote(OLD.held_on) || ', ' || 'kind = ' || quote(OLD.kind) || ', ' || 'with_whom = ' || quote(OLD.with_whom) || ', ' || 'note = ' || quote(OLD.note) || ', ' || 'created_at = ' || quote(OLD.created_at) || ', ' || 'updated_at = ' || quote(OLD.updated_at) || ' WHERE ' || 'id = ' || quote(NEW.id));
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
            'INSERT INTO goal (id, uuid, text, reason_id, since, done_on, created_at, updated_at) VALUES (' || quote(OLD.id) || ', ' || quote(OLD.uuid) || ', ' || quote(OLD.text) || ', ' || quote(OLD.reason_id) || ', ' || quote(OLD.since) || ', ' || quote(OLD.done_on) || ', ' || quote(OLD.created_at) || ', ' || quote(OLD.updated_at) || ')');
END;

CREATE TRIGGER undo_goal_update AFTER UPDATE ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'update', NEW.id,
            'UPDATE goal SET ' || 'id = ' || quote(OLD.id) || ', ' || 'uuid = ' || quote(OLD.uuid) || ', ' || 'text = ' || quote(OLD.text) || ', ' || 'reason_id = ' || quote(OLD.reason_id) || ', ' || 'since = ' || quote(OLD.since) || ', ' || 'done_on = ' || quote(OLD.done_on) || ', ' || 'created_at = ' || quote(OLD.created_at) || ', ' || 'updated_at = ' || quote(OLD.updated_at) || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

