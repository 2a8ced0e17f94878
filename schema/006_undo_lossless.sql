-- spiegel journal, schema 6: undo gives back every byte.
--
-- The inverse statements of schema 3 wrote text through quote(), which ends
-- a text at its first NUL byte: a note holding one came back cut short
-- after `delete` + `undo`. New text can no longer hold NUL (spiegel refuses
-- control characters at every door), but a journal may hold older text.
-- These triggers write each old value of type text as the hex of its bytes,
-- cast back to text (CAST(X'…' AS TEXT)), which keeps every byte; other
-- values as before. Only the delete and update triggers carry old values.
--
-- A later migration that recreates one of these triggers must keep this
-- form (a unit test checks every column of every delete and update trigger).

DROP TRIGGER undo_reason_delete;
CREATE TRIGGER undo_reason_delete AFTER DELETE ON reason
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reason', 'delete', OLD.code,
            'INSERT INTO reason (id, uuid, code, side, label_en, label_nl, usual_steps, builtin, retired, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.code) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.code AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.code) END || ', ' || CASE typeof(OLD.side) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.side AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.side) END || ', ' || CASE typeof(OLD.label_en) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.label_en AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.label_en) END || ', ' || CASE typeof(OLD.label_nl) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.label_nl AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.label_nl) END || ', ' || CASE typeof(OLD.usual_steps) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.usual_steps AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.usual_steps) END || ', ' || CASE typeof(OLD.builtin) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.builtin AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.builtin) END || ', ' || CASE typeof(OLD.retired) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.retired AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.retired) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

DROP TRIGGER undo_reason_update;
CREATE TRIGGER undo_reason_update AFTER UPDATE ON reason
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reason', 'update', NEW.code,
            'UPDATE reason SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'code = ' || CASE typeof(OLD.code) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.code AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.code) END || ', ' || 'side = ' || CASE typeof(OLD.side) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.side AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.side) END || ', ' || 'label_en = ' || CASE typeof(OLD.label_en) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.label_en AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.label_en) END || ', ' || 'label_nl = ' || CASE typeof(OLD.label_nl) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.label_nl AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.label_nl) END || ', ' || 'usual_steps = ' || CASE typeof(OLD.usual_steps) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.usual_steps AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.usual_steps) END || ', ' || 'builtin = ' || CASE typeof(OLD.builtin) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.builtin AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.builtin) END || ', ' || 'retired = ' || CASE typeof(OLD.retired) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.retired AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.retired) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER undo_case_delete;
CREATE TRIGGER undo_case_delete AFTER DELETE ON "case"
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'case', 'delete', OLD.name,
            'INSERT INTO "case" (id, uuid, name, name_key, setting, cohabiting, opened_on, closed_on, outcome, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.name) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name) END || ', ' || CASE typeof(OLD.name_key) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name_key AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name_key) END || ', ' || CASE typeof(OLD.setting) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.setting AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.setting) END || ', ' || CASE typeof(OLD.cohabiting) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.cohabiting AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.cohabiting) END || ', ' || CASE typeof(OLD.opened_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.opened_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.opened_on) END || ', ' || CASE typeof(OLD.closed_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.closed_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.closed_on) END || ', ' || CASE typeof(OLD.outcome) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.outcome AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.outcome) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

DROP TRIGGER undo_case_update;
CREATE TRIGGER undo_case_update AFTER UPDATE ON "case"
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'case', 'update', NEW.name,
            'UPDATE "case" SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'name = ' || CASE typeof(OLD.name) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name) END || ', ' || 'name_key = ' || CASE typeof(OLD.name_key) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name_key AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name_key) END || ', ' || 'setting = ' || CASE typeof(OLD.setting) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.setting AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.setting) END || ', ' || 'cohabiting = ' || CASE typeof(OLD.cohabiting) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.cohabiting AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.cohabiting) END || ', ' || 'opened_on = ' || CASE typeof(OLD.opened_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.opened_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.opened_on) END || ', ' || 'closed_on = ' || CASE typeof(OLD.closed_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.closed_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.closed_on) END || ', ' || 'outcome = ' || CASE typeof(OLD.outcome) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.outcome AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.outcome) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER undo_other_delete;
CREATE TRIGGER undo_other_delete AFTER DELETE ON other
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'other', 'delete', OLD.name,
            'INSERT INTO other (id, uuid, case_id, name, name_key, role, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || CASE typeof(OLD.name) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name) END || ', ' || CASE typeof(OLD.name_key) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name_key AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name_key) END || ', ' || CASE typeof(OLD.role) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.role AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.role) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

DROP TRIGGER undo_other_update;
CREATE TRIGGER undo_other_update AFTER UPDATE ON other
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'other', 'update', NEW.name,
            'UPDATE other SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'case_id = ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || 'name = ' || CASE typeof(OLD.name) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name) END || ', ' || 'name_key = ' || CASE typeof(OLD.name_key) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.name_key AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.name_key) END || ', ' || 'role = ' || CASE typeof(OLD.role) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.role AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.role) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER undo_reflection_delete;
CREATE TRIGGER undo_reflection_delete AFTER DELETE ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'delete', OLD.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = OLD.case_id), '?') || ', ' || OLD.session_on || ')',
            'INSERT INTO reflection (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || CASE typeof(OLD.session_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.session_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.session_on) END || ', ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || CASE typeof(OLD.completed) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.completed AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.completed) END || ', ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

DROP TRIGGER undo_reflection_update;
CREATE TRIGGER undo_reflection_update AFTER UPDATE ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'update', NEW.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = NEW.case_id), '?') || ', ' || NEW.session_on || ')',
            'UPDATE reflection SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'case_id = ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || 'session_on = ' || CASE typeof(OLD.session_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.session_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.session_on) END || ', ' || 'medium = ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || 'completed = ' || CASE typeof(OLD.completed) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.completed AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.completed) END || ', ' || 'note = ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER undo_presence_delete;
CREATE TRIGGER undo_presence_delete AFTER DELETE ON presence
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'presence', 'delete', NULL,
            'INSERT INTO presence (reflection_id, other_id) VALUES (' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || CASE typeof(OLD.other_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.other_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.other_id) END || ')');
END;

DROP TRIGGER undo_presence_update;
CREATE TRIGGER undo_presence_update AFTER UPDATE ON presence
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'presence', 'update', NULL,
            'UPDATE presence SET ' || 'reflection_id = ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || 'other_id = ' || CASE typeof(OLD.other_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.other_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.other_id) END || ' WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'other_id = ' || quote(NEW.other_id));
END;

DROP TRIGGER undo_reflection_resistance_delete;
CREATE TRIGGER undo_reflection_resistance_delete AFTER DELETE ON reflection_resistance
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection_resistance', 'delete', NULL,
            'INSERT INTO reflection_resistance (reflection_id, resistance) VALUES (' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || CASE typeof(OLD.resistance) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.resistance AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.resistance) END || ')');
END;

DROP TRIGGER undo_reflection_resistance_update;
CREATE TRIGGER undo_reflection_resistance_update AFTER UPDATE ON reflection_resistance
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection_resistance', 'update', NULL,
            'UPDATE reflection_resistance SET ' || 'reflection_id = ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || 'resistance = ' || CASE typeof(OLD.resistance) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.resistance AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.resistance) END || ' WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'resistance = ' || quote(NEW.resistance));
END;

DROP TRIGGER undo_stall_delete;
CREATE TRIGGER undo_stall_delete AFTER DELETE ON stall
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'stall', 'delete', NULL,
            'INSERT INTO stall (reflection_id, step, reason_id) VALUES (' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || CASE typeof(OLD.step) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.step AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.step) END || ', ' || CASE typeof(OLD.reason_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reason_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reason_id) END || ')');
END;

DROP TRIGGER undo_stall_update;
CREATE TRIGGER undo_stall_update AFTER UPDATE ON stall
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'stall', 'update', NULL,
            'UPDATE stall SET ' || 'reflection_id = ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || 'step = ' || CASE typeof(OLD.step) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.step AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.step) END || ', ' || 'reason_id = ' || CASE typeof(OLD.reason_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reason_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reason_id) END || ' WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'step = ' || quote(NEW.step) || ' AND ' || 'reason_id = ' || quote(NEW.reason_id));
END;

DROP TRIGGER undo_question_delete;
CREATE TRIGGER undo_question_delete AFTER DELETE ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'delete', OLD.reflection_id,
            'INSERT INTO question (id, uuid, reflection_id, text, answer, answered_on, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || CASE typeof(OLD.answer) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answer AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answer) END || ', ' || CASE typeof(OLD.answered_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answered_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answered_on) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

DROP TRIGGER undo_question_update;
CREATE TRIGGER undo_question_update AFTER UPDATE ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'update', NEW.reflection_id,
            'UPDATE question SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'reflection_id = ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || 'text = ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || 'answer = ' || CASE typeof(OLD.answer) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answer AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answer) END || ', ' || 'answered_on = ' || CASE typeof(OLD.answered_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answered_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answered_on) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER undo_meeting_delete;
CREATE TRIGGER undo_meeting_delete AFTER DELETE ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'delete', OLD.held_on,
            'INSERT INTO meeting (id, uuid, held_on, kind, with_whom, note, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.held_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.held_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.held_on) END || ', ' || CASE typeof(OLD.kind) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.kind AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.kind) END || ', ' || CASE typeof(OLD.with_whom) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.with_whom AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.with_whom) END || ', ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

DROP TRIGGER undo_meeting_update;
CREATE TRIGGER undo_meeting_update AFTER UPDATE ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'update', NEW.held_on,
            'UPDATE meeting SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'held_on = ' || CASE typeof(OLD.held_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.held_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.held_on) END || ', ' || 'kind = ' || CASE typeof(OLD.kind) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.kind AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.kind) END || ', ' || 'with_whom = ' || CASE typeof(OLD.with_whom) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.with_whom AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.with_whom) END || ', ' || 'note = ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER undo_goal_delete;
CREATE TRIGGER undo_goal_delete AFTER DELETE ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'delete', OLD.id,
            'INSERT INTO goal (id, uuid, text, reason_id, since, done_on, created_at, updated_at) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || CASE typeof(OLD.reason_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reason_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reason_id) END || ', ' || CASE typeof(OLD.since) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.since AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.since) END || ', ' || CASE typeof(OLD.done_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.done_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.done_on) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ')');
END;

DROP TRIGGER undo_goal_update;
CREATE TRIGGER undo_goal_update AFTER UPDATE ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'update', NEW.id,
            'UPDATE goal SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'text = ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || 'reason_id = ' || CASE typeof(OLD.reason_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reason_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reason_id) END || ', ' || 'since = ' || CASE typeof(OLD.since) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.since AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.since) END || ', ' || 'done_on = ' || CASE typeof(OLD.done_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.done_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.done_on) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;
