-- spiegel journal: every session with what `patterns` asks of it
-- beside it (issue 15): its case and date, whether someone from the system
-- took part (`other`) and whether a resistance reaction was met (`met`).
--
-- `session_fact` is derived, like `stall_fact` (schema 5), and never written
-- by spiegel itself: the triggers below keep it equal to `reflection` with
-- an `EXISTS` over `presence` and over `reflection_resistance` for each row,
-- `spiegel check` verifies that and `check --repair` rebuilds it. Counting
-- the sessions of a period by kind then reads one narrow index in order,
-- instead of probing `presence` and `reflection_resistance` for every
-- session, which at a million reflections meant a read at random for each.
-- It holds no text, and it is not in the undo log: undoing a change to the
-- reflections, presences or reactions brings it along. Written so that it
-- can run again over itself (as the scale test does from schema 3).

CREATE TABLE IF NOT EXISTS session_fact (
    reflection_id  INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL,
    session_on     TEXT NOT NULL,
    other          INTEGER NOT NULL CHECK (other IN (0, 1)),
    met            INTEGER NOT NULL CHECK (met IN (0, 1))
) STRICT;
-- A period's sessions by kind; a case's sessions by kind and date.
CREATE INDEX IF NOT EXISTS session_fact_by_date ON session_fact (session_on, other, met, case_id);
CREATE INDEX IF NOT EXISTS session_fact_by_case ON session_fact (case_id, other, session_on, met);

DELETE FROM session_fact;
INSERT INTO session_fact (reflection_id, case_id, session_on, other, met)
SELECT r.id, r.case_id, r.session_on,
       EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = r.id),
       EXISTS (SELECT 1 FROM reflection_resistance rr WHERE rr.reflection_id = r.id)
FROM reflection r;

DROP TRIGGER IF EXISTS session_fact_insert;
CREATE TRIGGER session_fact_insert AFTER INSERT ON reflection
BEGIN
    INSERT OR REPLACE INTO session_fact (reflection_id, case_id, session_on, other, met)
    VALUES (NEW.id, NEW.case_id, NEW.session_on,
            EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = NEW.id),
            EXISTS (SELECT 1 FROM reflection_resistance rr WHERE rr.reflection_id = NEW.id));
END;

DROP TRIGGER IF EXISTS session_fact_update;
CREATE TRIGGER session_fact_update AFTER UPDATE OF id, case_id, session_on ON reflection
BEGIN
    DELETE FROM session_fact WHERE reflection_id = OLD.id;
    INSERT OR REPLACE INTO session_fact (reflection_id, case_id, session_on, other, met)
    VALUES (NEW.id, NEW.case_id, NEW.session_on,
            EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = NEW.id),
            EXISTS (SELECT 1 FROM reflection_resistance rr WHERE rr.reflection_id = NEW.id));
END;

DROP TRIGGER IF EXISTS session_fact_delete;
CREATE TRIGGER session_fact_delete AFTER DELETE ON reflection
BEGIN
    DELETE FROM session_fact WHERE reflection_id = OLD.id;
END;

DROP TRIGGER IF EXISTS session_fact_presence_insert;
CREATE TRIGGER session_fact_presence_insert AFTER INSERT ON presence
BEGIN
    UPDATE session_fact SET other = 1 WHERE reflection_id = NEW.reflection_id;
END;

DROP TRIGGER IF EXISTS session_fact_presence_delete;
CREATE TRIGGER session_fact_presence_delete AFTER DELETE ON presence
BEGIN
    UPDATE session_fact
    SET other = EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = OLD.reflection_id)
    WHERE reflection_id = OLD.reflection_id;
END;

DROP TRIGGER IF EXISTS session_fact_presence_update;
CREATE TRIGGER session_fact_presence_update AFTER UPDATE ON presence
BEGIN
    UPDATE session_fact
    SET other = EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = session_fact.reflection_id)
    WHERE reflection_id IN (OLD.reflection_id, NEW.reflection_id);
END;

DROP TRIGGER IF EXISTS session_fact_resistance_insert;
CREATE TRIGGER session_fact_resistance_insert AFTER INSERT ON reflection_resistance
BEGIN
    UPDATE session_fact SET met = 1 WHERE reflection_id = NEW.reflection_id;
END;

DROP TRIGGER IF EXISTS session_fact_resistance_delete;
CREATE TRIGGER session_fact_resistance_delete AFTER DELETE ON reflection_resistance
BEGIN
    UPDATE session_fact
    SET met = EXISTS (SELECT 1 FROM reflection_resistance rr
                      WHERE rr.reflection_id = OLD.reflection_id)
    WHERE reflection_id = OLD.reflection_id;
END;

DROP TRIGGER IF EXISTS session_fact_resistance_update;
CREATE TRIGGER session_fact_resistance_update AFTER UPDATE ON reflection_resistance
BEGIN
    UPDATE session_fact
    SET met = EXISTS (SELECT 1 FROM reflection_resistance rr
                      WHERE rr.reflection_id = session_fact.reflection_id)
    WHERE reflection_id IN (OLD.reflection_id, NEW.reflection_id);
END;

-- The undo log of an import (issue 15): one entry that reverses by UUID,
-- not one inverse statement per row. While an import runs, `undo_bulk`
-- holds, per table, the highest id the table had before it; a row inserted
-- above that id (or a link row of such a reflection) is not recorded row by
-- row. As the import commits, the UUIDs of those rows go into `undo_import`
-- under the import's batch, and one step of the undo log deletes the rows
-- with those UUIDs (their links go with their reflection, by ON DELETE
-- CASCADE). Whatever the import changed or deleted in rows that were there
-- before is still recorded row by row, and undone after that step. Only the
-- insert triggers change here: the update and delete triggers keep their
-- lossless form (schema 6, and the reflection's with `went_well`).
-- `undo_bulk` is empty outside an import's transaction; `undo_import`'s rows
-- go with their batch.

CREATE TABLE IF NOT EXISTS undo_bulk (
    tbl    TEXT PRIMARY KEY,
    floor  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- In the order the rows were added (by rowid), so that `undo` names the
-- first few without sorting them all.
CREATE TABLE IF NOT EXISTS undo_import (
    batch_id  INTEGER NOT NULL REFERENCES undo_batch(id) ON DELETE CASCADE,
    tbl       TEXT NOT NULL,
    uuid      TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS undo_import_by_batch ON undo_import (batch_id, tbl);

DROP TRIGGER IF EXISTS undo_reason_insert;
CREATE TRIGGER undo_reason_insert AFTER INSERT ON reason
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'reason')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reason', 'insert', NEW.code,
            'DELETE FROM reason WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER IF EXISTS undo_case_insert;
CREATE TRIGGER undo_case_insert AFTER INSERT ON "case"
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'case')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'case', 'insert', NEW.name,
            'DELETE FROM "case" WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER IF EXISTS undo_other_insert;
CREATE TRIGGER undo_other_insert AFTER INSERT ON other
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'other')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'other', 'insert', NEW.name,
            'DELETE FROM other WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER IF EXISTS undo_reflection_insert;
CREATE TRIGGER undo_reflection_insert AFTER INSERT ON reflection
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'reflection')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection', 'insert', NEW.id || ' (' || coalesce((SELECT name FROM "case" WHERE id = NEW.case_id), '?') || ', ' || NEW.session_on || ')',
            'DELETE FROM reflection WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER IF EXISTS undo_presence_insert;
CREATE TRIGGER undo_presence_insert AFTER INSERT ON presence
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.reflection_id > b.floor AND b.tbl = 'reflection')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'presence', 'insert', NULL,
            'DELETE FROM presence WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'other_id = ' || quote(NEW.other_id));
END;

DROP TRIGGER IF EXISTS undo_reflection_resistance_insert;
CREATE TRIGGER undo_reflection_resistance_insert AFTER INSERT ON reflection_resistance
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.reflection_id > b.floor AND b.tbl = 'reflection')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'reflection_resistance', 'insert', NULL,
            'DELETE FROM reflection_resistance WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'resistance = ' || quote(NEW.resistance));
END;

DROP TRIGGER IF EXISTS undo_stall_insert;
CREATE TRIGGER undo_stall_insert AFTER INSERT ON stall
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.reflection_id > b.floor AND b.tbl = 'reflection')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'stall', 'insert', NULL,
            'DELETE FROM stall WHERE ' || 'reflection_id = ' || quote(NEW.reflection_id) || ' AND ' || 'step = ' || quote(NEW.step) || ' AND ' || 'reason_id = ' || quote(NEW.reason_id));
END;

DROP TRIGGER IF EXISTS undo_question_insert;
CREATE TRIGGER undo_question_insert AFTER INSERT ON question
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'question')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'question', 'insert', NEW.reflection_id,
            'DELETE FROM question WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER IF EXISTS undo_meeting_insert;
CREATE TRIGGER undo_meeting_insert AFTER INSERT ON meeting
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'meeting')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'meeting', 'insert', NEW.held_on,
            'DELETE FROM meeting WHERE ' || 'id = ' || quote(NEW.id));
END;

DROP TRIGGER IF EXISTS undo_goal_insert;
CREATE TRIGGER undo_goal_insert AFTER INSERT ON goal
WHEN EXISTS (SELECT 1 FROM undo_batch WHERE open)
     AND NOT EXISTS (SELECT 1 FROM undo_bulk b WHERE NEW.id > b.floor AND b.tbl = 'goal')
BEGIN
    INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
    VALUES ((SELECT max(id) FROM undo_batch WHERE open), 'goal', 'insert', NEW.id,
            'DELETE FROM goal WHERE ' || 'id = ' || quote(NEW.id));
END;
