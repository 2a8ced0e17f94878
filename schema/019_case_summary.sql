-- spiegel journal: the distinct cases counted per reason, step and kind
-- (issue 15), so that `patterns` and `prep` over the whole journal read a row
-- per case instead of every stall and every session.
--
-- `case_reason`: per reason and case, the sessions that give the reason (at
-- one step or more) and the first day one did. `case_reason_step`: per
-- reason, step and case, the stalls there. `case_kind`: per case and kind
-- (`other` as in `session_fact`), its sessions, those where a resistance
-- reaction was met, and its first and last day.
--
-- Derived, never written by spiegel itself, not in the undo log and not
-- synced: kept from `stall_fact` and `session_fact`, whose own triggers
-- follow every write. The invariant, which `spiegel check --full` verifies
-- and `check --repair` restores:
--   case_reason      = stall_fact per (reason_id, case_id): count(DISTINCT reflection_id), min(session_on)
--   case_reason_step = stall_fact per (reason_id, step, case_id): count(*)
--   case_kind        = session_fact per (case_id, other): count(*), sum(met), min and max(session_on)
-- with no row whose count is 0. A first or last day that a delete or an
-- update may have taken away is read again from the fact table's index,
-- bounded by the row's key. Written so that it can run again over itself.

CREATE TABLE IF NOT EXISTS case_reason (
    reason_id  INTEGER NOT NULL,
    case_id    INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    first_on   TEXT NOT NULL,
    PRIMARY KEY (reason_id, case_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS case_reason_step (
    reason_id  INTEGER NOT NULL,
    step       INTEGER NOT NULL,
    case_id    INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (reason_id, step, case_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS case_kind (
    case_id   INTEGER NOT NULL,
    other     INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    met       INTEGER NOT NULL,
    first_on  TEXT NOT NULL,
    last_on   TEXT NOT NULL,
    PRIMARY KEY (case_id, other)
) STRICT, WITHOUT ROWID;

-- Each filled in the order of an index, so without a sort.
DELETE FROM case_reason;
INSERT INTO case_reason (reason_id, case_id, n, first_on)
SELECT f.reason_id, f.case_id, count(DISTINCT f.reflection_id), min(f.session_on)
FROM stall_fact f GROUP BY f.reason_id, f.case_id;

DELETE FROM case_reason_step;
INSERT INTO case_reason_step (reason_id, step, case_id, n)
SELECT f.reason_id, f.step, f.case_id, count(*)
FROM stall_fact f GROUP BY f.step, f.case_id, f.reason_id;

DELETE FROM case_kind;
INSERT INTO case_kind (case_id, other, n, met, first_on, last_on)
SELECT k.case_id, k.other, count(*), sum(k.met), min(k.session_on), max(k.session_on)
FROM session_fact k GROUP BY k.case_id, k.other;

-- A stall: its (reason, case) counts the session once, whatever its steps.
DROP TRIGGER IF EXISTS stall_fact_case_insert;
CREATE TRIGGER stall_fact_case_insert AFTER INSERT ON stall_fact
BEGIN
    INSERT INTO case_reason (reason_id, case_id, n, first_on)
    VALUES (NEW.reason_id, NEW.case_id, 0, NEW.session_on)
    ON CONFLICT DO UPDATE SET first_on = min(first_on, excluded.first_on);
    UPDATE case_reason SET n = n + 1
    WHERE reason_id = NEW.reason_id AND case_id = NEW.case_id
      AND NOT EXISTS (SELECT 1 FROM stall_fact f
                      WHERE f.reflection_id = NEW.reflection_id
                        AND +f.reason_id = NEW.reason_id AND +f.case_id = NEW.case_id AND f.step <> NEW.step);
    INSERT INTO case_reason_step (reason_id, step, case_id, n)
    VALUES (NEW.reason_id, NEW.step, NEW.case_id, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

DROP TRIGGER IF EXISTS stall_fact_case_delete;
CREATE TRIGGER stall_fact_case_delete AFTER DELETE ON stall_fact
BEGIN
    UPDATE case_reason
    SET n = n - NOT EXISTS (SELECT 1 FROM stall_fact f
                            WHERE f.reflection_id = OLD.reflection_id
                              AND +f.reason_id = OLD.reason_id AND +f.case_id = OLD.case_id),
        first_on = coalesce((SELECT min(f.session_on) FROM stall_fact f
                             WHERE f.reason_id = OLD.reason_id AND f.case_id = OLD.case_id), '')
    WHERE reason_id = OLD.reason_id AND case_id = OLD.case_id;
    DELETE FROM case_reason WHERE reason_id = OLD.reason_id AND case_id = OLD.case_id AND n <= 0;
    UPDATE case_reason_step SET n = n - 1
    WHERE reason_id = OLD.reason_id AND step = OLD.step AND case_id = OLD.case_id;
    DELETE FROM case_reason_step
    WHERE reason_id = OLD.reason_id AND step = OLD.step AND case_id = OLD.case_id AND n <= 0;
END;

-- A session moved to another case or day (its stalls follow it one by one).
DROP TRIGGER IF EXISTS stall_fact_case_update;
CREATE TRIGGER stall_fact_case_update AFTER UPDATE ON stall_fact
BEGIN
    -- The old (reason, case) loses the session when no stall of it is left there.
    UPDATE case_reason
    SET n = n - (NOT EXISTS (SELECT 1 FROM stall_fact f
                             WHERE f.reflection_id = OLD.reflection_id
                               AND +f.reason_id = OLD.reason_id AND +f.case_id = OLD.case_id)
                 AND NOT (OLD.reason_id = NEW.reason_id AND OLD.case_id = NEW.case_id
                          AND OLD.reflection_id = NEW.reflection_id)),
        first_on = coalesce((SELECT min(f.session_on) FROM stall_fact f
                             WHERE f.reason_id = OLD.reason_id AND f.case_id = OLD.case_id), '')
    WHERE reason_id = OLD.reason_id AND case_id = OLD.case_id;
    DELETE FROM case_reason WHERE reason_id = OLD.reason_id AND case_id = OLD.case_id AND n <= 0;
    -- The new one gains it unless another stall of the session was there already.
    INSERT INTO case_reason (reason_id, case_id, n, first_on)
    VALUES (NEW.reason_id, NEW.case_id, 0, NEW.session_on)
    ON CONFLICT DO UPDATE SET first_on = min(first_on, excluded.first_on);
    UPDATE case_reason SET n = n + 1
    WHERE reason_id = NEW.reason_id AND case_id = NEW.case_id
      AND NOT (OLD.reason_id = NEW.reason_id AND OLD.case_id = NEW.case_id
               AND OLD.reflection_id = NEW.reflection_id)
      AND NOT EXISTS (SELECT 1 FROM stall_fact f
                      WHERE f.reflection_id = NEW.reflection_id
                        AND +f.reason_id = NEW.reason_id AND +f.case_id = NEW.case_id AND f.step <> NEW.step);
    UPDATE case_reason_step SET n = n - 1
    WHERE reason_id = OLD.reason_id AND step = OLD.step AND case_id = OLD.case_id;
    DELETE FROM case_reason_step
    WHERE reason_id = OLD.reason_id AND step = OLD.step AND case_id = OLD.case_id AND n <= 0;
    INSERT INTO case_reason_step (reason_id, step, case_id, n)
    VALUES (NEW.reason_id, NEW.step, NEW.case_id, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- A session: counts in its case and kind.
DROP TRIGGER IF EXISTS session_fact_case_insert;
CREATE TRIGGER session_fact_case_insert AFTER INSERT ON session_fact
BEGIN
    INSERT INTO case_kind (case_id, other, n, met, first_on, last_on)
    VALUES (NEW.case_id, NEW.other, 1, NEW.met, NEW.session_on, NEW.session_on)
    ON CONFLICT DO UPDATE SET n = n + 1, met = met + excluded.met,
        first_on = min(first_on, excluded.first_on), last_on = max(last_on, excluded.last_on);
END;

DROP TRIGGER IF EXISTS session_fact_case_delete;
CREATE TRIGGER session_fact_case_delete AFTER DELETE ON session_fact
BEGIN
    UPDATE case_kind
    SET n = n - 1, met = met - OLD.met,
        first_on = coalesce((SELECT min(k.session_on) FROM session_fact k
                             WHERE k.case_id = OLD.case_id AND k.other = OLD.other), ''),
        last_on = coalesce((SELECT max(k.session_on) FROM session_fact k
                            WHERE k.case_id = OLD.case_id AND k.other = OLD.other), '')
    WHERE case_id = OLD.case_id AND other = OLD.other;
    DELETE FROM case_kind WHERE case_id = OLD.case_id AND other = OLD.other AND n <= 0;
END;

DROP TRIGGER IF EXISTS session_fact_case_update;
CREATE TRIGGER session_fact_case_update AFTER UPDATE ON session_fact
BEGIN
    UPDATE case_kind
    SET n = n - 1, met = met - OLD.met,
        first_on = coalesce((SELECT min(k.session_on) FROM session_fact k
                             WHERE k.case_id = OLD.case_id AND k.other = OLD.other), ''),
        last_on = coalesce((SELECT max(k.session_on) FROM session_fact k
                            WHERE k.case_id = OLD.case_id AND k.other = OLD.other), '')
    WHERE case_id = OLD.case_id AND other = OLD.other;
    DELETE FROM case_kind WHERE case_id = OLD.case_id AND other = OLD.other AND n <= 0;
    INSERT INTO case_kind (case_id, other, n, met, first_on, last_on)
    VALUES (NEW.case_id, NEW.other, 1, NEW.met, NEW.session_on, NEW.session_on)
    ON CONFLICT DO UPDATE SET n = n + 1, met = met + excluded.met,
        first_on = min(first_on, excluded.first_on), last_on = max(last_on, excluded.last_on);
END;
