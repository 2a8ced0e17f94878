-- spiegel journal: the search index (issue 16.8), SQLite's FTS5 inside the
-- journal's own (possibly encrypted) file.
--
-- One row per text the practitioner wrote: a reflection's note and what
-- went well, a question for supervision and its answer, a meeting's note.
-- The index is derived, never written by spiegel itself: the triggers below
-- keep it equal to those texts through every write (add, edit, delete,
-- import, undo, `case forget`, the demo); `spiegel check` verifies it. It is
-- not in the undo log and not in the export.
--
-- A row's rowid says what and when it is, so that the newest come first
-- straight from the index (ORDER BY rowid DESC, no sorting) and a period is
-- a range of rowids:
--
--     date as YYYYMMDD << 32  |  id << 3  |  kind
--
-- where id is the reflection's (kinds 1-4) or the meeting's (kind 5), and
-- kind is 1 note, 2 what went well, 3 question, 4 answer, 5 meeting note.
--
-- Accents are ignored ('ouder' finds 'oúder'), for Dutch and English alike;
-- no stemming (Porter's is English only). 'secure-delete' removes a deleted
-- or changed text's words from the index at once, not at some later merge,
-- so that erased text leaves no trace in it.

CREATE VIRTUAL TABLE search USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    columnsize = 0
);
INSERT INTO search (search, rank) VALUES ('secure-delete', 1);

-- The journal's texts as they are now.
INSERT INTO search (rowid, body)
SELECT (CAST(replace(session_on, '-', '') AS INTEGER) << 32) | (id << 3) | 1, note
FROM reflection WHERE note <> '';
INSERT INTO search (rowid, body)
SELECT (CAST(replace(session_on, '-', '') AS INTEGER) << 32) | (id << 3) | 2, went_well
FROM reflection WHERE went_well <> '';
INSERT INTO search (rowid, body)
SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 3, q.text
FROM question q JOIN reflection r ON r.id = q.reflection_id WHERE q.text <> '';
INSERT INTO search (rowid, body)
SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 4, q.answer
FROM question q JOIN reflection r ON r.id = q.reflection_id WHERE coalesce(q.answer, '') <> '';
INSERT INTO search (rowid, body)
SELECT (CAST(replace(held_on, '-', '') AS INTEGER) << 32) | (id << 3) | 5, note
FROM meeting WHERE note <> '';

-- A reflection: its note and what went well, and its question and answer
-- (undo may bring a question back before its reflection).
CREATE TRIGGER search_reflection_insert AFTER INSERT ON reflection
BEGIN
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.session_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 1, NEW.note
    WHERE NEW.note <> '';
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.session_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 2, NEW.went_well
    WHERE NEW.went_well <> '';
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.session_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 3, q.text
    FROM question q WHERE q.reflection_id = NEW.id AND q.text <> '';
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.session_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 4, q.answer
    FROM question q WHERE q.reflection_id = NEW.id AND coalesce(q.answer, '') <> '';
END;

-- Its four kinds of text, whatever its question did before.
CREATE TRIGGER search_reflection_delete AFTER DELETE ON reflection
BEGIN
    DELETE FROM search
    WHERE rowid BETWEEN ((CAST(replace(OLD.session_on, '-', '') AS INTEGER) << 32) | (OLD.id << 3) | 1)
                    AND ((CAST(replace(OLD.session_on, '-', '') AS INTEGER) << 32) | (OLD.id << 3) | 4);
END;

-- A new text or a new date: out with the old rows, in with the new.
CREATE TRIGGER search_reflection_update AFTER UPDATE OF id, session_on, note, went_well ON reflection
WHEN OLD.id IS NOT NEW.id OR OLD.session_on IS NOT NEW.session_on
  OR OLD.note IS NOT NEW.note OR OLD.went_well IS NOT NEW.went_well
BEGIN
    DELETE FROM search
    WHERE rowid BETWEEN ((CAST(replace(OLD.session_on, '-', '') AS INTEGER) << 32) | (OLD.id << 3) | 1)
                    AND ((CAST(replace(OLD.session_on, '-', '') AS INTEGER) << 32) | (OLD.id << 3) | 4);
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.session_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 1, NEW.note
    WHERE NEW.note <> '';
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.session_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 2, NEW.went_well
    WHERE NEW.went_well <> '';
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.session_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 3, q.text
    FROM question q WHERE q.reflection_id = NEW.id AND q.text <> '';
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.session_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 4, q.answer
    FROM question q WHERE q.reflection_id = NEW.id AND coalesce(q.answer, '') <> '';
END;

-- A question and its answer, dated by their reflection (when it is there:
-- a reflection's own triggers cover the rest).
CREATE TRIGGER search_question_insert AFTER INSERT ON question
BEGIN
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 3, NEW.text
    FROM reflection r WHERE r.id = NEW.reflection_id AND NEW.text <> '';
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 4, NEW.answer
    FROM reflection r WHERE r.id = NEW.reflection_id AND coalesce(NEW.answer, '') <> '';
END;

CREATE TRIGGER search_question_delete AFTER DELETE ON question
BEGIN
    DELETE FROM search
    WHERE rowid IN (SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 3
                    FROM reflection r WHERE r.id = OLD.reflection_id
                    UNION ALL
                    SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 4
                    FROM reflection r WHERE r.id = OLD.reflection_id);
END;

CREATE TRIGGER search_question_update AFTER UPDATE OF reflection_id, text, answer ON question
WHEN OLD.reflection_id IS NOT NEW.reflection_id OR OLD.text IS NOT NEW.text
  OR OLD.answer IS NOT NEW.answer
BEGIN
    DELETE FROM search
    WHERE rowid IN (SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 3
                    FROM reflection r WHERE r.id = OLD.reflection_id
                    UNION ALL
                    SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 4
                    FROM reflection r WHERE r.id = OLD.reflection_id);
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 3, NEW.text
    FROM reflection r WHERE r.id = NEW.reflection_id AND NEW.text <> '';
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 4, NEW.answer
    FROM reflection r WHERE r.id = NEW.reflection_id AND coalesce(NEW.answer, '') <> '';
END;

-- A meeting's note.
CREATE TRIGGER search_meeting_insert AFTER INSERT ON meeting
BEGIN
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.held_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 5, NEW.note
    WHERE NEW.note <> '';
END;

CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting
BEGIN
    DELETE FROM search
    WHERE rowid = (CAST(replace(OLD.held_on, '-', '') AS INTEGER) << 32) | (OLD.id << 3) | 5;
END;

CREATE TRIGGER search_meeting_update AFTER UPDATE OF id, held_on, note ON meeting
WHEN OLD.id IS NOT NEW.id OR OLD.held_on IS NOT NEW.held_on OR OLD.note IS NOT NEW.note
BEGIN
    DELETE FROM search
    WHERE rowid = (CAST(replace(OLD.held_on, '-', '') AS INTEGER) << 32) | (OLD.id << 3) | 5;
    INSERT INTO search (rowid, body)
    SELECT (CAST(replace(NEW.held_on, '-', '') AS INTEGER) << 32) | (NEW.id << 3) | 5, NEW.note
    WHERE NEW.note <> '';
END;
