-- spiegel journal, schema 8: what went well in a session.
--
-- A reflection recorded only where a session stalled; a practitioner also
-- wants to keep what worked ("mirrored at step 7 and asked how irritating it
-- would be…"), to bring to supervision and to read before the next session
-- (issue 13). The text follows the rules of a note; '' means none.
--
-- The undo log's triggers on reflection are made again with the new column,
-- in schema 6's lossless form, so that undoing a delete or an edit gives it
-- back byte for byte. Inverses logged before this migration name no
-- went_well and restore the default, ''; the column did not exist then.

ALTER TABLE reflection ADD COLUMN went_well TEXT NOT NULL DEFAULT '';

DROP TRIGGER undo_reflection_delete;
CREATE TRIGGER undo_reflection_delete AFTER DELETE ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'delete', OLD.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = OLD.case_id), '?') || ', ' || OLD.session_on || ')',
            'INSERT INTO reflection (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at, went_well) VALUES (' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || CASE typeof(OLD.session_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.session_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.session_on) END || ', ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || CASE typeof(OLD.completed) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.completed AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.completed) END || ', ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || CASE typeof(OLD.went_well) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.went_well AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.went_well) END || ')');
END;


DROP TRIGGER undo_reflection_update;
CREATE TRIGGER undo_reflection_update AFTER UPDATE ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'update', NEW.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = NEW.case_id), '?') || ', ' || NEW.session_on || ')',
            'UPDATE reflection SET ' || 'id = ' || CASE typeof(OLD.id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.id) END || ', ' || 'uuid = ' || CASE typeof(OLD.uuid) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.uuid AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.uuid) END || ', ' || 'case_id = ' || CASE typeof(OLD.case_id) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.case_id AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.case_id) END || ', ' || 'session_on = ' || CASE typeof(OLD.session_on) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.session_on AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.session_on) END || ', ' || 'medium = ' || CASE typeof(OLD.medium) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.medium AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.medium) END || ', ' || 'completed = ' || CASE typeof(OLD.completed) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.completed AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.completed) END || ', ' || 'note = ' || CASE typeof(OLD.note) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.note AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.note) END || ', ' || 'created_at = ' || CASE typeof(OLD.created_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.created_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.created_at) END || ', ' || 'updated_at = ' || CASE typeof(OLD.updated_at) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.updated_at AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.updated_at) END || ', ' || 'went_well = ' || CASE typeof(OLD.went_well) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.went_well AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.went_well) END || ' WHERE ' || 'id = ' || quote(NEW.id));
END;

