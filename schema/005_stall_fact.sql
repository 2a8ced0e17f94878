-- spiegel journal, schema 5: every stall with its session's case and date
-- beside it, for `patterns` and `prep`.
--
-- `stall_fact` is derived, never written by spiegel itself: the triggers
-- below keep it equal to `stall` joined with `reflection`, and
-- `spiegel check` verifies that (and `check --repair` rebuilds it). With the
-- case and the date in the same narrow rows, the patterns' counts read one
-- index in order instead of looking up a reflection for every stall. It
-- holds no text, and it is not in the undo log: undoing a change to the
-- stalls or reflections brings it along.

CREATE TABLE stall_fact (
    reflection_id  INTEGER NOT NULL,
    step           INTEGER NOT NULL,
    reason_id      INTEGER NOT NULL,
    case_id        INTEGER NOT NULL,
    session_on     TEXT NOT NULL,
    PRIMARY KEY (reflection_id, step, reason_id)
) STRICT, WITHOUT ROWID;
-- Per reason (and its cases, dates, steps) and per step (and its cases).
CREATE INDEX stall_fact_by_reason ON stall_fact (reason_id, case_id, session_on, step);
CREATE INDEX stall_fact_by_step ON stall_fact (step, case_id, reason_id, session_on);

INSERT INTO stall_fact (reflection_id, step, reason_id, case_id, session_on)
SELECT s.reflection_id, s.step, s.reason_id, r.case_id, r.session_on
FROM stall s JOIN reflection r ON r.id = s.reflection_id;

CREATE TRIGGER stall_fact_insert AFTER INSERT ON stall
BEGIN
    INSERT INTO stall_fact (reflection_id, step, reason_id, case_id, session_on)
    SELECT NEW.reflection_id, NEW.step, NEW.reason_id, r.case_id, r.session_on
    FROM reflection r WHERE r.id = NEW.reflection_id;
END;

CREATE TRIGGER stall_fact_delete AFTER DELETE ON stall
BEGIN
    DELETE FROM stall_fact
    WHERE reflection_id = OLD.reflection_id AND step = OLD.step AND reason_id = OLD.reason_id;
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
