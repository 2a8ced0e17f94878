-- spiegel journal: a question for supervision marked for the peer-supervision
-- group (issue 17). `spiegel add CASE --ask TEXT --for-group` asks it of the
-- group; `prep --group` lists the open ones, one's own and the members'
-- pooled ones by their code, and an anonymized export (a member's for the
-- group) carries them. 0: for one's own supervision, as every question
-- asked before this migration.
--
-- The undo log's delete and update triggers on question are made again with
-- the new column, in schema 6's lossless form, so that undoing a delete or
-- an edit gives the mark back. Inverses logged before this migration name
-- no mark and restore the default, 0: the column did not exist then.

ALTER TABLE question ADD COLUMN for_group INTEGER NOT NULL DEFAULT 0 CHECK (for_group IN (0, 1));

DROP TRIGGER IF EXISTS undo_question_delete;
CREATE TRIGGER undo_question_delete AFTER DELETE ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'delete', OLD.reflection_id,
            'INSERT INTO question (id, uuid, reflection_id, text, answer, answered_on, created_at, updated_at, for_group) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || CASE typeof(OLD.answer) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answer AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answer) END || ', ' || CASE typeof(OLD.answered_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answered_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answered_on) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || CASE typeof(OLD.for_group) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.for_group AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.for_group) END || ')');
END;

DROP TRIGGER IF EXISTS undo_question_update;
CREATE TRIGGER undo_question_update AFTER UPDATE ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'update', NEW.reflection_id,
            'UPDATE question SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'reflection_id = ' || CASE typeof(OLD.reflection_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.reflection_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.reflection_id) END || ', ' || 'text = ' || CASE typeof(OLD.text) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.text AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.text) END || ', ' || 'answer = ' || CASE typeof(OLD.answer) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answer AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answer) END || ', ' || 'answered_on = ' || CASE typeof(OLD.answered_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.answered_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.answered_on) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || 'for_group = ' || CASE typeof(OLD.for_group) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.for_group AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.for_group) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;
