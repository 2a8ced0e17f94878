-- spiegel journal: the sessions counted per resistance reaction and case
-- (issue 15), so that the follow-up of each reaction in `patterns` and
-- `prep` over the whole journal reads a row per (reaction, case) instead of
-- every reaction met and its session.
--
-- `case_reaction`: per reaction and case, the sessions where it was met and
-- the first day it was.
--
-- Derived, never written by spiegel itself, not in the undo log and not
-- synced: kept from `reflection_resistance` and `session_fact` by the
-- triggers below (named `session_fact_*`, so that a bulk write sets them
-- aside with the other summaries' and fills the table again after). The
-- invariant, which `spiegel check --full` verifies and `check --repair`
-- restores:
--   case_reaction = reflection_resistance JOIN session_fact
--                   per (resistance, case_id): count(*), min(session_on)
-- with no row whose count is 0. A first day that a delete may have taken
-- away is read again from the case's sessions, bounded by its key.
--
-- A reflection deleted takes its reactions with it (`ON DELETE CASCADE`)
-- before its own `AFTER DELETE` triggers run, so each reaction is counted
-- off while its session is still in `session_fact`; a session moved to
-- another case or day leaves `session_fact` and comes back, and its
-- reactions with it. Written so that it can run again over itself.

CREATE TABLE IF NOT EXISTS case_reaction (
    resistance  TEXT NOT NULL,
    case_id     INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    first_on    TEXT NOT NULL,
    PRIMARY KEY (resistance, case_id)
) STRICT, WITHOUT ROWID;

DELETE FROM case_reaction;
INSERT INTO case_reaction (resistance, case_id, n, first_on)
SELECT rr.resistance, k.case_id, count(*), min(k.session_on)
FROM reflection_resistance rr CROSS JOIN session_fact k ON k.reflection_id = rr.reflection_id
GROUP BY rr.resistance, k.case_id;

-- A reaction met in a session.
DROP TRIGGER IF EXISTS session_fact_reaction_insert;
CREATE TRIGGER session_fact_reaction_insert AFTER INSERT ON reflection_resistance
BEGIN
    INSERT INTO case_reaction (resistance, case_id, n, first_on)
    SELECT NEW.resistance, k.case_id, 1, k.session_on
    FROM session_fact k WHERE k.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1, first_on = min(first_on, excluded.first_on);
END;

DROP TRIGGER IF EXISTS session_fact_reaction_delete;
CREATE TRIGGER session_fact_reaction_delete AFTER DELETE ON reflection_resistance
BEGIN
    UPDATE case_reaction
    SET n = n - 1,
        first_on = coalesce((SELECT min(k.session_on) FROM session_fact k
                             CROSS JOIN reflection_resistance rr
                                 ON rr.reflection_id = k.reflection_id AND rr.resistance = OLD.resistance
                             WHERE k.case_id = case_reaction.case_id), '')
    WHERE resistance = OLD.resistance
      AND case_id = (SELECT k.case_id FROM session_fact k WHERE k.reflection_id = OLD.reflection_id);
    DELETE FROM case_reaction
    WHERE resistance = OLD.resistance AND n <= 0
      AND case_id = (SELECT k.case_id FROM session_fact k WHERE k.reflection_id = OLD.reflection_id);
END;

DROP TRIGGER IF EXISTS session_fact_reaction_update;
CREATE TRIGGER session_fact_reaction_update AFTER UPDATE ON reflection_resistance
BEGIN
    UPDATE case_reaction
    SET n = n - 1,
        first_on = coalesce((SELECT min(k.session_on) FROM session_fact k
                             CROSS JOIN reflection_resistance rr
                                 ON rr.reflection_id = k.reflection_id AND rr.resistance = OLD.resistance
                             WHERE k.case_id = case_reaction.case_id), '')
    WHERE resistance = OLD.resistance
      AND case_id = (SELECT k.case_id FROM session_fact k WHERE k.reflection_id = OLD.reflection_id);
    DELETE FROM case_reaction
    WHERE resistance = OLD.resistance AND n <= 0
      AND case_id = (SELECT k.case_id FROM session_fact k WHERE k.reflection_id = OLD.reflection_id);
    INSERT INTO case_reaction (resistance, case_id, n, first_on)
    SELECT NEW.resistance, k.case_id, 1, k.session_on
    FROM session_fact k WHERE k.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1, first_on = min(first_on, excluded.first_on);
END;

-- A session comes into `session_fact` (new, or moved) with the reactions
-- already met in it, or leaves it with those still there.
DROP TRIGGER IF EXISTS session_fact_reaction_come;
CREATE TRIGGER session_fact_reaction_come AFTER INSERT ON session_fact
BEGIN
    INSERT INTO case_reaction (resistance, case_id, n, first_on)
    SELECT rr.resistance, NEW.case_id, 1, NEW.session_on
    FROM reflection_resistance rr WHERE rr.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1, first_on = min(first_on, excluded.first_on);
END;

DROP TRIGGER IF EXISTS session_fact_reaction_go;
CREATE TRIGGER session_fact_reaction_go AFTER DELETE ON session_fact
BEGIN
    UPDATE case_reaction
    SET n = n - 1,
        first_on = coalesce((SELECT min(k.session_on) FROM session_fact k
                             CROSS JOIN reflection_resistance rr
                                 ON rr.reflection_id = k.reflection_id
                                AND rr.resistance = case_reaction.resistance
                             WHERE k.case_id = OLD.case_id), '')
    WHERE case_id = OLD.case_id
      AND resistance IN (SELECT rr.resistance FROM reflection_resistance rr
                         WHERE rr.reflection_id = OLD.reflection_id);
    DELETE FROM case_reaction WHERE case_id = OLD.case_id AND n <= 0;
END;

DROP TRIGGER IF EXISTS session_fact_reaction_move;
CREATE TRIGGER session_fact_reaction_move AFTER UPDATE OF reflection_id, case_id, session_on ON session_fact
BEGIN
    UPDATE case_reaction
    SET n = n - 1,
        first_on = coalesce((SELECT min(k.session_on) FROM session_fact k
                             CROSS JOIN reflection_resistance rr
                                 ON rr.reflection_id = k.reflection_id
                                AND rr.resistance = case_reaction.resistance
                             WHERE k.case_id = OLD.case_id), '')
    WHERE case_id = OLD.case_id
      AND resistance IN (SELECT rr.resistance FROM reflection_resistance rr
                         WHERE rr.reflection_id = OLD.reflection_id);
    DELETE FROM case_reaction WHERE case_id = OLD.case_id AND n <= 0;
    INSERT INTO case_reaction (resistance, case_id, n, first_on)
    SELECT rr.resistance, NEW.case_id, 1, NEW.session_on
    FROM reflection_resistance rr WHERE rr.reflection_id = NEW.reflection_id
    ON CONFLICT DO UPDATE SET n = n + 1, first_on = min(first_on, excluded.first_on);
END;
