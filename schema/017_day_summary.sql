-- spiegel journal: the sessions and the reasons given, counted per day
-- (issue 15), so that `patterns` and `prep` over a long period read a few
-- rows per day instead of every session and every stall of it.
--
-- `session_day`: per day, practitioner (`who`: the case's code, '' for
-- one's own) and kind (`other`, `met` as in `session_fact`), how many
-- sessions. `reason_day`: the same per reason, counting each session that
-- gives the reason once, whatever the steps it gives it at.
--
-- Both are derived and never written by spiegel itself. They are kept from
-- `session_fact` (a session's day, case and kind) and `stall_fact` (which
-- reasons a session gives), whose own triggers follow every write to the
-- reflections, stalls, presences and reactions; and from `"case"` for the
-- practitioner. The invariant, which `spiegel check` verifies and
-- `check --repair` restores:
--   session_day = session_fact ⋈ case, counted per (day, who, other, met);
--   reason_day  = the distinct (session, reason) pairs of stall_fact ⋈
--                 session_fact ⋈ case, counted per (day, reason, who, other, met);
-- with no row whose count is 0. Each trigger below moves one session's or
-- one pair's contribution: a pair counts on the day and kind its session
-- has in `session_fact`, so the order in which the fact tables' triggers
-- run does not matter. A session whose case is gone counts nowhere: a
-- case's contributions are taken away before the case is deleted (its
-- sessions go after it, by ON DELETE CASCADE).
-- Not in the undo log: undoing a change brings these along. Written so
-- that it can run again over itself.

CREATE TABLE IF NOT EXISTS session_day (
    session_on  TEXT NOT NULL,
    who         TEXT NOT NULL,
    other       INTEGER NOT NULL,
    met         INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (session_on, who, other, met)
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS reason_day (
    session_on  TEXT NOT NULL,
    reason_id   INTEGER NOT NULL,
    who         TEXT NOT NULL,
    other       INTEGER NOT NULL,
    met         INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (session_on, reason_id, who, other, met)
) STRICT, WITHOUT ROWID;
-- One reason over a period (a goal's progress, a pattern's halves).
CREATE INDEX IF NOT EXISTS reason_day_by_reason ON reason_day (reason_id, session_on, who, other, met, n);

DELETE FROM session_day;
INSERT INTO session_day (session_on, who, other, met, n)
SELECT k.session_on, coalesce(c.practitioner, ''), k.other, k.met, count(*)
FROM session_fact k JOIN "case" c ON c.id = k.case_id
GROUP BY k.session_on, coalesce(c.practitioner, ''), k.other, k.met;

DELETE FROM reason_day;
INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
SELECT k.session_on, f.reason_id, coalesce(c.practitioner, ''), k.other, k.met,
       count(DISTINCT f.reflection_id)
FROM stall_fact f
JOIN session_fact k ON k.reflection_id = f.reflection_id
JOIN "case" c ON c.id = k.case_id
GROUP BY k.session_on, f.reason_id, coalesce(c.practitioner, ''), k.other, k.met;

-- A session: counts on its day and kind, with every reason it gives.
DROP TRIGGER IF EXISTS session_fact_day_insert;
CREATE TRIGGER session_fact_day_insert AFTER INSERT ON session_fact
BEGIN
    INSERT INTO session_day (session_on, who, other, met, n)
    SELECT NEW.session_on, coalesce(c.practitioner, ''), NEW.other, NEW.met, 1
    FROM "case" c WHERE c.id = NEW.case_id
    ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
    SELECT DISTINCT NEW.session_on, f.reason_id, coalesce(c.practitioner, ''), NEW.other, NEW.met, 1
    FROM stall_fact f JOIN "case" c ON c.id = NEW.case_id
    WHERE f.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

DROP TRIGGER IF EXISTS session_fact_day_delete;
CREATE TRIGGER session_fact_day_delete AFTER DELETE ON session_fact
BEGIN
    UPDATE session_day SET n = n - 1
    WHERE session_on = OLD.session_on AND other = OLD.other AND met = OLD.met
      AND who = (SELECT coalesce(c.practitioner, '') FROM "case" c WHERE c.id = OLD.case_id);
    UPDATE reason_day SET n = n - 1
    WHERE session_on = OLD.session_on AND other = OLD.other AND met = OLD.met
      AND who = (SELECT coalesce(c.practitioner, '') FROM "case" c WHERE c.id = OLD.case_id)
      AND reason_id IN (SELECT f.reason_id FROM stall_fact f WHERE f.reflection_id = OLD.reflection_id);
    DELETE FROM session_day WHERE session_on = OLD.session_on AND n <= 0;
    DELETE FROM reason_day WHERE session_on = OLD.session_on AND n <= 0;
END;

-- Another day, case or kind: out of the old cell, into the new.
DROP TRIGGER IF EXISTS session_fact_day_update;
CREATE TRIGGER session_fact_day_update AFTER UPDATE ON session_fact
BEGIN
    UPDATE session_day SET n = n - 1
    WHERE session_on = OLD.session_on AND other = OLD.other AND met = OLD.met
      AND who = (SELECT coalesce(c.practitioner, '') FROM "case" c WHERE c.id = OLD.case_id);
    UPDATE reason_day SET n = n - 1
    WHERE session_on = OLD.session_on AND other = OLD.other AND met = OLD.met
      AND who = (SELECT coalesce(c.practitioner, '') FROM "case" c WHERE c.id = OLD.case_id)
      AND reason_id IN (SELECT f.reason_id FROM stall_fact f WHERE f.reflection_id = OLD.reflection_id);
    INSERT INTO session_day (session_on, who, other, met, n)
    SELECT NEW.session_on, coalesce(c.practitioner, ''), NEW.other, NEW.met, 1
    FROM "case" c WHERE c.id = NEW.case_id
    ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
    SELECT DISTINCT NEW.session_on, f.reason_id, coalesce(c.practitioner, ''), NEW.other, NEW.met, 1
    FROM stall_fact f JOIN "case" c ON c.id = NEW.case_id
    WHERE f.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1;
    DELETE FROM session_day WHERE session_on = OLD.session_on AND n <= 0;
    DELETE FROM reason_day WHERE session_on = OLD.session_on AND n <= 0;
END;

-- A reason a session gives for the first time (at any step): one more on
-- the session's day and kind; given no more: one less.
DROP TRIGGER IF EXISTS stall_fact_day_insert;
CREATE TRIGGER stall_fact_day_insert AFTER INSERT ON stall_fact
WHEN NOT EXISTS (SELECT 1 FROM stall_fact f
                 WHERE f.reflection_id = NEW.reflection_id AND f.reason_id = NEW.reason_id
                   AND f.step <> NEW.step)
BEGIN
    INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
    SELECT k.session_on, NEW.reason_id, coalesce(c.practitioner, ''), k.other, k.met, 1
    FROM session_fact k JOIN "case" c ON c.id = k.case_id
    WHERE k.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

DROP TRIGGER IF EXISTS stall_fact_day_delete;
CREATE TRIGGER stall_fact_day_delete AFTER DELETE ON stall_fact
WHEN NOT EXISTS (SELECT 1 FROM stall_fact f
                 WHERE f.reflection_id = OLD.reflection_id AND f.reason_id = OLD.reason_id)
BEGIN
    UPDATE reason_day SET n = n - 1
    WHERE (session_on, reason_id, who, other, met) =
          (SELECT k.session_on, OLD.reason_id, coalesce(c.practitioner, ''), k.other, k.met
           FROM session_fact k JOIN "case" c ON c.id = k.case_id
           WHERE k.reflection_id = OLD.reflection_id);
    DELETE FROM reason_day
    WHERE session_on = (SELECT k.session_on FROM session_fact k WHERE k.reflection_id = OLD.reflection_id)
      AND n <= 0;
END;

-- Another session or reason (the stall triggers delete and insert instead,
-- and a new case or date changes nothing here): the old pair out, if it is
-- gone, and the new one in, if it is new.
DROP TRIGGER IF EXISTS stall_fact_day_update;
CREATE TRIGGER stall_fact_day_update AFTER UPDATE OF reflection_id, reason_id ON stall_fact
WHEN OLD.reflection_id <> NEW.reflection_id OR OLD.reason_id <> NEW.reason_id
BEGIN
    UPDATE reason_day SET n = n - 1
    WHERE NOT EXISTS (SELECT 1 FROM stall_fact f
                      WHERE f.reflection_id = OLD.reflection_id AND f.reason_id = OLD.reason_id)
      AND (session_on, reason_id, who, other, met) =
          (SELECT k.session_on, OLD.reason_id, coalesce(c.practitioner, ''), k.other, k.met
           FROM session_fact k JOIN "case" c ON c.id = k.case_id
           WHERE k.reflection_id = OLD.reflection_id);
    DELETE FROM reason_day
    WHERE session_on = (SELECT k.session_on FROM session_fact k WHERE k.reflection_id = OLD.reflection_id)
      AND n <= 0;
    INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
    SELECT k.session_on, NEW.reason_id, coalesce(c.practitioner, ''), k.other, k.met, 1
    FROM session_fact k JOIN "case" c ON c.id = k.case_id
    WHERE k.reflection_id = NEW.reflection_id
      AND NOT EXISTS (SELECT 1 FROM stall_fact f
                      WHERE f.reflection_id = NEW.reflection_id AND f.reason_id = NEW.reason_id
                        AND f.step <> NEW.step)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- A case deleted, or given to another practitioner: its sessions' and
-- pairs' contributions out first (under the practitioner they counted
-- for), and back in after a change.
DROP TRIGGER IF EXISTS session_fact_day_case_delete;
CREATE TRIGGER session_fact_day_case_delete BEFORE DELETE ON "case"
BEGIN
    INSERT INTO session_day (session_on, who, other, met, n)
    SELECT k.session_on, coalesce(OLD.practitioner, ''), k.other, k.met, -count(*)
    FROM session_fact k WHERE k.case_id = OLD.id
    GROUP BY k.session_on, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
    SELECT k.session_on, f.reason_id, coalesce(OLD.practitioner, ''), k.other, k.met,
           -count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    WHERE k.case_id = OLD.id
    GROUP BY k.session_on, f.reason_id, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    DELETE FROM session_day
    WHERE session_on IN (SELECT k.session_on FROM session_fact k WHERE k.case_id = OLD.id) AND n <= 0;
    DELETE FROM reason_day
    WHERE session_on IN (SELECT k.session_on FROM session_fact k WHERE k.case_id = OLD.id) AND n <= 0;
END;

DROP TRIGGER IF EXISTS session_fact_day_case_leave;
CREATE TRIGGER session_fact_day_case_leave BEFORE UPDATE OF practitioner ON "case"
WHEN OLD.practitioner IS NOT NEW.practitioner
BEGIN
    INSERT INTO session_day (session_on, who, other, met, n)
    SELECT k.session_on, coalesce(OLD.practitioner, ''), k.other, k.met, -count(*)
    FROM session_fact k WHERE k.case_id = OLD.id
    GROUP BY k.session_on, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
    SELECT k.session_on, f.reason_id, coalesce(OLD.practitioner, ''), k.other, k.met,
           -count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    WHERE k.case_id = OLD.id
    GROUP BY k.session_on, f.reason_id, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    DELETE FROM session_day
    WHERE session_on IN (SELECT k.session_on FROM session_fact k WHERE k.case_id = OLD.id) AND n <= 0;
    DELETE FROM reason_day
    WHERE session_on IN (SELECT k.session_on FROM session_fact k WHERE k.case_id = OLD.id) AND n <= 0;
END;

DROP TRIGGER IF EXISTS session_fact_day_case_join;
CREATE TRIGGER session_fact_day_case_join AFTER UPDATE OF practitioner ON "case"
WHEN OLD.practitioner IS NOT NEW.practitioner
BEGIN
    INSERT INTO session_day (session_on, who, other, met, n)
    SELECT k.session_on, coalesce(NEW.practitioner, ''), k.other, k.met, count(*)
    FROM session_fact k WHERE k.case_id = NEW.id
    GROUP BY k.session_on, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
    SELECT k.session_on, f.reason_id, coalesce(NEW.practitioner, ''), k.other, k.met,
           count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    WHERE k.case_id = NEW.id
    GROUP BY k.session_on, f.reason_id, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- `step_day`: per day, step, side of the reason, practitioner and kind, the
-- sessions that stalled at the step for a reason of that side, each once
-- whatever the reasons; side '*': for a reason of any side. Kept the same
-- way from the distinct (session, step, side) and (session, step) of
-- stall_fact, on the day and kind of the session in session_fact. A
-- reason's side never changes.
CREATE TABLE IF NOT EXISTS step_day (
    session_on  TEXT NOT NULL,
    step        INTEGER NOT NULL,
    side        TEXT NOT NULL,
    who         TEXT NOT NULL,
    other       INTEGER NOT NULL,
    met         INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (session_on, step, side, who, other, met)
) STRICT, WITHOUT ROWID;

DELETE FROM step_day;
INSERT INTO step_day (session_on, step, side, who, other, met, n)
SELECT k.session_on, p.step, p.side, coalesce(c.practitioner, ''), k.other, k.met, count(*)
FROM (SELECT DISTINCT f.reflection_id, f.step, re.side FROM stall_fact f JOIN reason re ON re.id = f.reason_id
      UNION ALL
      SELECT DISTINCT f.reflection_id, f.step, '*' FROM stall_fact f) p
JOIN session_fact k ON k.reflection_id = p.reflection_id
JOIN "case" c ON c.id = k.case_id
GROUP BY k.session_on, p.step, p.side, coalesce(c.practitioner, ''), k.other, k.met;

DROP TRIGGER IF EXISTS session_fact_step_insert;
CREATE TRIGGER session_fact_step_insert AFTER INSERT ON session_fact
BEGIN
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT DISTINCT NEW.session_on, f.step, re.side, coalesce(c.practitioner, ''), NEW.other, NEW.met, 1
    FROM stall_fact f JOIN reason re ON re.id = f.reason_id JOIN "case" c ON c.id = NEW.case_id
    WHERE f.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT DISTINCT NEW.session_on, f.step, '*', coalesce(c.practitioner, ''), NEW.other, NEW.met, 1
    FROM stall_fact f JOIN "case" c ON c.id = NEW.case_id
    WHERE f.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

DROP TRIGGER IF EXISTS session_fact_step_delete;
CREATE TRIGGER session_fact_step_delete AFTER DELETE ON session_fact
BEGIN
    UPDATE step_day SET n = n - 1
    WHERE session_on = OLD.session_on AND other = OLD.other AND met = OLD.met
      AND who = (SELECT coalesce(c.practitioner, '') FROM "case" c WHERE c.id = OLD.case_id)
      AND (step, side) IN (SELECT f.step, re.side FROM stall_fact f JOIN reason re ON re.id = f.reason_id
                           WHERE f.reflection_id = OLD.reflection_id
                           UNION
                           SELECT f.step, '*' FROM stall_fact f WHERE f.reflection_id = OLD.reflection_id);
    DELETE FROM step_day WHERE session_on = OLD.session_on AND n <= 0;
END;

DROP TRIGGER IF EXISTS session_fact_step_update;
CREATE TRIGGER session_fact_step_update AFTER UPDATE ON session_fact
BEGIN
    UPDATE step_day SET n = n - 1
    WHERE session_on = OLD.session_on AND other = OLD.other AND met = OLD.met
      AND who = (SELECT coalesce(c.practitioner, '') FROM "case" c WHERE c.id = OLD.case_id)
      AND (step, side) IN (SELECT f.step, re.side FROM stall_fact f JOIN reason re ON re.id = f.reason_id
                           WHERE f.reflection_id = OLD.reflection_id
                           UNION
                           SELECT f.step, '*' FROM stall_fact f WHERE f.reflection_id = OLD.reflection_id);
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT DISTINCT NEW.session_on, f.step, re.side, coalesce(c.practitioner, ''), NEW.other, NEW.met, 1
    FROM stall_fact f JOIN reason re ON re.id = f.reason_id JOIN "case" c ON c.id = NEW.case_id
    WHERE f.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT DISTINCT NEW.session_on, f.step, '*', coalesce(c.practitioner, ''), NEW.other, NEW.met, 1
    FROM stall_fact f JOIN "case" c ON c.id = NEW.case_id
    WHERE f.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1;
    DELETE FROM step_day WHERE session_on = OLD.session_on AND n <= 0;
END;

-- A stall: its (step, side) and (step, '*') pairs, where they are new to
-- the session; gone: those no other stall of the session still gives.
DROP TRIGGER IF EXISTS stall_fact_step_insert;
CREATE TRIGGER stall_fact_step_insert AFTER INSERT ON stall_fact
BEGIN
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT k.session_on, NEW.step, p.side, coalesce(c.practitioner, ''), k.other, k.met, 1
    FROM session_fact k JOIN "case" c ON c.id = k.case_id
    JOIN (SELECT re.side FROM reason re WHERE re.id = NEW.reason_id UNION ALL SELECT '*') p
    WHERE k.reflection_id = NEW.reflection_id
      AND NOT EXISTS (SELECT 1 FROM stall_fact f JOIN reason re ON re.id = f.reason_id
                      WHERE f.reflection_id = NEW.reflection_id AND f.step = NEW.step
                        AND f.reason_id <> NEW.reason_id AND p.side IN (re.side, '*'))
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

DROP TRIGGER IF EXISTS stall_fact_step_delete;
CREATE TRIGGER stall_fact_step_delete AFTER DELETE ON stall_fact
BEGIN
    UPDATE step_day SET n = n - 1
    WHERE (session_on, who, other, met) =
          (SELECT k.session_on, coalesce(c.practitioner, ''), k.other, k.met
           FROM session_fact k JOIN "case" c ON c.id = k.case_id
           WHERE k.reflection_id = OLD.reflection_id)
      AND step = OLD.step
      AND side IN (SELECT re.side FROM reason re WHERE re.id = OLD.reason_id UNION ALL SELECT '*')
      AND NOT EXISTS (SELECT 1 FROM stall_fact f JOIN reason re ON re.id = f.reason_id
                      WHERE f.reflection_id = OLD.reflection_id AND f.step = OLD.step
                        AND step_day.side IN (re.side, '*'));
    DELETE FROM step_day
    WHERE session_on = (SELECT k.session_on FROM session_fact k WHERE k.reflection_id = OLD.reflection_id)
      AND n <= 0;
END;

-- Another session, step or reason: as a delete of the old stall and an
-- insert of the new (spiegel's own triggers do that instead).
DROP TRIGGER IF EXISTS stall_fact_step_update;
CREATE TRIGGER stall_fact_step_update AFTER UPDATE OF reflection_id, step, reason_id ON stall_fact
WHEN OLD.reflection_id <> NEW.reflection_id OR OLD.step <> NEW.step OR OLD.reason_id <> NEW.reason_id
BEGIN
    UPDATE step_day SET n = n - 1
    WHERE (session_on, who, other, met) =
          (SELECT k.session_on, coalesce(c.practitioner, ''), k.other, k.met
           FROM session_fact k JOIN "case" c ON c.id = k.case_id
           WHERE k.reflection_id = OLD.reflection_id)
      AND step = OLD.step
      AND side IN (SELECT re.side FROM reason re WHERE re.id = OLD.reason_id UNION ALL SELECT '*')
      AND NOT EXISTS (SELECT 1 FROM stall_fact f JOIN reason re ON re.id = f.reason_id
                      WHERE f.reflection_id = OLD.reflection_id AND f.step = OLD.step
                        AND step_day.side IN (re.side, '*'));
    DELETE FROM step_day
    WHERE session_on = (SELECT k.session_on FROM session_fact k WHERE k.reflection_id = OLD.reflection_id)
      AND n <= 0;
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT k.session_on, NEW.step, p.side, coalesce(c.practitioner, ''), k.other, k.met, 1
    FROM session_fact k JOIN "case" c ON c.id = k.case_id
    JOIN (SELECT re.side FROM reason re WHERE re.id = NEW.reason_id UNION ALL SELECT '*') p
    WHERE k.reflection_id = NEW.reflection_id
      AND NOT EXISTS (SELECT 1 FROM stall_fact f JOIN reason re ON re.id = f.reason_id
                      WHERE f.reflection_id = NEW.reflection_id AND f.step = NEW.step
                        AND (f.reason_id <> NEW.reason_id) AND p.side IN (re.side, '*'))
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

DROP TRIGGER IF EXISTS session_fact_step_case_delete;
CREATE TRIGGER session_fact_step_case_delete BEFORE DELETE ON "case"
BEGIN
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT k.session_on, f.step, re.side, coalesce(OLD.practitioner, ''), k.other, k.met, -count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    JOIN reason re ON re.id = f.reason_id
    WHERE k.case_id = OLD.id
    GROUP BY k.session_on, f.step, re.side, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT k.session_on, f.step, '*', coalesce(OLD.practitioner, ''), k.other, k.met, -count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    WHERE k.case_id = OLD.id
    GROUP BY k.session_on, f.step, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    DELETE FROM step_day
    WHERE session_on IN (SELECT k.session_on FROM session_fact k WHERE k.case_id = OLD.id) AND n <= 0;
END;

DROP TRIGGER IF EXISTS session_fact_step_case_leave;
CREATE TRIGGER session_fact_step_case_leave BEFORE UPDATE OF practitioner ON "case"
WHEN OLD.practitioner IS NOT NEW.practitioner
BEGIN
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT k.session_on, f.step, re.side, coalesce(OLD.practitioner, ''), k.other, k.met, -count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    JOIN reason re ON re.id = f.reason_id
    WHERE k.case_id = OLD.id
    GROUP BY k.session_on, f.step, re.side, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT k.session_on, f.step, '*', coalesce(OLD.practitioner, ''), k.other, k.met, -count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    WHERE k.case_id = OLD.id
    GROUP BY k.session_on, f.step, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    DELETE FROM step_day
    WHERE session_on IN (SELECT k.session_on FROM session_fact k WHERE k.case_id = OLD.id) AND n <= 0;
END;

DROP TRIGGER IF EXISTS session_fact_step_case_join;
CREATE TRIGGER session_fact_step_case_join AFTER UPDATE OF practitioner ON "case"
WHEN OLD.practitioner IS NOT NEW.practitioner
BEGIN
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT k.session_on, f.step, re.side, coalesce(NEW.practitioner, ''), k.other, k.met, count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    JOIN reason re ON re.id = f.reason_id
    WHERE k.case_id = NEW.id
    GROUP BY k.session_on, f.step, re.side, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO step_day (session_on, step, side, who, other, met, n)
    SELECT k.session_on, f.step, '*', coalesce(NEW.practitioner, ''), k.other, k.met, count(DISTINCT f.reflection_id)
    FROM session_fact k JOIN stall_fact f ON f.reflection_id = k.reflection_id
    WHERE k.case_id = NEW.id
    GROUP BY k.session_on, f.step, k.other, k.met
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
