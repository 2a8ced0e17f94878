-- spiegel journal: the search index with prefix indexes (issue 16.8), so
-- that a short start of a word finds the newest texts at once.
--
-- Every word typed is searched as the start of words ('de' finds 'de',
-- 'deed', 'denken'). Without a prefix index FTS5 merges the lists of every
-- word that starts so, whole, before the newest few can be taken: 130 ms
-- and more for 'the' or 'de' at a million reflections. With the starts of
-- 2 and 3 letters indexed too, such a search reads one list, newest first,
-- and stops at the limit. Longer starts match few words and stay fast.
--
-- FTS5 cannot add a prefix index to a table: the index is made anew, as
-- schema 010 made it (its rowids, tokenizer and secure-delete), and filled
-- from the journal's texts. The triggers of 010 name the table and keep it
-- up to date as before. Dropped with secure_delete on, the old index's
-- pages are wiped. It can run again over a journal that has it.

DROP TABLE IF EXISTS search;

CREATE VIRTUAL TABLE search USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    columnsize = 0,
    prefix = '2 3'
);
INSERT INTO search (search, rank) VALUES ('secure-delete', 1);

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
