//! Erased text out of the search index's page directory too.
//!
//! FTS5's secure-delete takes a deleted text's words out of the index's
//! pages at once, but the page directory (`search_idx`) names each page by
//! as much of its first word as differs from the word before, and keeps
//! that name when the word goes (until the index is rewritten). So the
//! texts a transaction erases are noted — by temporary triggers, in a
//! temporary table: in memory (`temp_store = MEMORY`), gone with the
//! connection — and before it commits their words are looked up in the
//! directory. Where one still names a page and no word left in the index
//! starts that way, the index is rewritten whole, as `case forget` does.
//! That is rare (a word must start a page, and be the only one of its
//! kind), and the look-up itself costs a few index probes per word.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::{OptionalExtension, params};

use super::Tx;

/// Beyond this many bytes of erased text (an undone import), looking the
/// words up would cost more than rewriting the index.
const LOOK_UP_AT_MOST: i64 = 4 << 20;

/// The bytes that start a term of the index in the page directory: `0` for
/// the words themselves, `1` and `2` for the starts of 2 and 3 letters (the
/// prefix indexes).
const INDEXES: &[u8] = b"012";

/// Notes every text an UPDATE or DELETE takes out of the index. The
/// tokenizer is the index's own (`schema/010_search.sql`), so that the
/// words are the index's words.
const WATCH: &str = "
CREATE TEMP TABLE IF NOT EXISTS search_erased (body TEXT NOT NULL);
CREATE TEMP TRIGGER IF NOT EXISTS search_erased_reflection_delete
AFTER DELETE ON reflection
BEGIN
    INSERT INTO search_erased (body) VALUES (OLD.note), (OLD.went_well);
END;
CREATE TEMP TRIGGER IF NOT EXISTS search_erased_reflection_update
AFTER UPDATE OF note, went_well ON reflection
WHEN OLD.note IS NOT NEW.note OR OLD.went_well IS NOT NEW.went_well
BEGIN
    INSERT INTO search_erased (body) SELECT OLD.note WHERE OLD.note IS NOT NEW.note
    UNION ALL SELECT OLD.went_well WHERE OLD.went_well IS NOT NEW.went_well;
END;
CREATE TEMP TRIGGER IF NOT EXISTS search_erased_question_delete
AFTER DELETE ON question
BEGIN
    INSERT INTO search_erased (body) VALUES (OLD.text), (coalesce(OLD.answer, ''));
END;
CREATE TEMP TRIGGER IF NOT EXISTS search_erased_question_update
AFTER UPDATE OF text, answer ON question
WHEN OLD.text IS NOT NEW.text OR OLD.answer IS NOT NEW.answer
BEGIN
    INSERT INTO search_erased (body) VALUES (OLD.text), (coalesce(OLD.answer, ''));
END;
CREATE TEMP TRIGGER IF NOT EXISTS search_erased_meeting_delete
AFTER DELETE ON meeting
BEGIN
    INSERT INTO search_erased (body) VALUES (OLD.note);
END;
CREATE TEMP TRIGGER IF NOT EXISTS search_erased_meeting_update
AFTER UPDATE OF note ON meeting WHEN OLD.note IS NOT NEW.note
BEGIN
    INSERT INTO search_erased (body) VALUES (OLD.note);
END;
CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_erased_words USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    content = '',
    columnsize = 0
);
CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_erased_terms
    USING fts5vocab(temp, search_erased_words, row);
CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search, row);
";

/// The triggers of [`WATCH`] that note erased texts.
const TRIGGERS: &[&str] = &[
    "search_erased_reflection_delete",
    "search_erased_reflection_update",
    "search_erased_question_delete",
    "search_erased_question_update",
    "search_erased_meeting_delete",
    "search_erased_meeting_update",
];

impl Tx<'_> {
    /// Starts noting what this write transaction erases (a read one erases
    /// nothing, so a command that only reads sets nothing up). Made once
    /// per connection: temporary, gone with it.
    pub(super) fn watch_erasures(&self) -> Result<()> {
        self.tx.execute_batch(WATCH)?;
        Ok(())
    }

    /// Stops noting erasures for the rest of this transaction, for work
    /// that rewrites the index itself afterwards ([`Tx::compact_search`]):
    /// an undone import would otherwise copy every text it takes back into
    /// memory only to drop them. The next write transaction notes again.
    pub(super) fn unwatch_erasures(&self) -> Result<()> {
        for trigger in TRIGGERS {
            self.tx
                .execute_batch(&format!("DROP TRIGGER IF EXISTS temp.{trigger}"))?;
        }
        Ok(())
    }

    /// Whether this connection notes its erasures (a bare connection in a
    /// unit test does not).
    fn watched(&self) -> Result<bool> {
        Ok(self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'search_erased')",
            [],
            |r| r.get(0),
        )?)
    }

    /// Before a commit: rewrites the index if a word this transaction
    /// erased still names one of its pages.
    pub(super) fn wipe_erased_words(&self) -> Result<()> {
        if !self.watched()? {
            return Ok(());
        }
        let erased: i64 = self.tx.query_row(
            "SELECT coalesce(sum(length(CAST(body AS BLOB))), 0) FROM temp.search_erased",
            [],
            |r| r.get(0),
        )?;
        if erased == 0 {
            return Ok(());
        }
        if erased > LOOK_UP_AT_MOST || self.erased_word_names_a_page()? {
            // Forgets the erased texts too.
            return self.compact_search();
        }
        self.forget_erased()
    }

    /// Empties the note of erased texts (after the index is rewritten, or
    /// found clean).
    pub(super) fn forget_erased(&self) -> Result<()> {
        if self.watched()? {
            self.tx.execute_batch(
                "DELETE FROM temp.search_erased;
                 INSERT INTO temp.search_erased_words (search_erased_words) VALUES ('delete-all');",
            )?;
        }
        Ok(())
    }

    /// Whether a start of an erased word names a page of the index while
    /// no word in the index starts that way.
    fn erased_word_names_a_page(&self) -> Result<bool> {
        let tx = &self.tx;
        tx.execute(
            "INSERT INTO temp.search_erased_words (rowid, body)
             SELECT rowid, body FROM temp.search_erased WHERE body <> ''",
            [],
        )?;
        let segments: Vec<i64> = tx
            .prepare("SELECT DISTINCT segid FROM search_idx")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let words: Vec<Vec<u8>> = tx
            .prepare("SELECT CAST(term AS BLOB) FROM temp.search_erased_terms")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut names = tx.prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM search_idx WHERE segid = ?1 AND term = ?2)",
        )?;
        // Whether a word starts so, by its start: erased words share their
        // starts ("t", "th"), and each look-up may read a long word list.
        let mut starts: HashMap<Vec<u8>, bool> = HashMap::new();
        for word in &words {
            // A word still in the index starts with each of its starts:
            // none of them can be left naming a page alone.
            if self.still_indexed(word)? {
                continue;
            }
            for index in INDEXES {
                let term = [&[*index][..], word].concat();
                for end in 2..=term.len() {
                    let name = &term[..end];
                    for segment in &segments {
                        let named: bool = names.query_row(params![segment, name], |r| r.get(0))?;
                        if !named {
                            continue;
                        }
                        let start = &name[1..];
                        let started = match starts.get(start) {
                            Some(&started) => started,
                            None => {
                                let started = self.a_word_starts_with(start)?;
                                starts.insert(start.to_vec(), started);
                                started
                            }
                        };
                        if !started {
                            return Ok(true);
                        }
                    }
                }
            }
        }
        Ok(false)
    }

    /// Whether `word` (a word of the index, as its tokenizer made it) is
    /// still in a text of the index. A phrase query reads the first entry
    /// of the word's list in each segment, where the vocabulary table
    /// would count the whole list (every note, for a word like "the").
    fn still_indexed(&self, word: &[u8]) -> Result<bool> {
        let Ok(word) = std::str::from_utf8(word) else {
            return Ok(false);
        };
        let phrase = format!("\"{}\"", word.replace('"', "\"\""));
        Ok(self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM search WHERE search MATCH ?1)")?
            .query_row([phrase], |r| r.get(0))?)
    }

    /// Whether a word in the index starts with `start` (bytes, perhaps
    /// ending inside a character). The words come in byte order: the
    /// first at or after `start` starts with it, or none does.
    fn a_word_starts_with(&self, start: &[u8]) -> Result<bool> {
        let first: Option<Vec<u8>> = self
            .tx
            .prepare_cached(
                "SELECT CAST(term AS BLOB) FROM temp.search_terms
                 WHERE term >= CAST(?1 AS TEXT) LIMIT 1",
            )?
            .query_row([start], |r| r.get(0))
            .optional()?;
        Ok(first.is_some_and(|term| term.starts_with(start)))
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::store::{Tx, migrate};

    /// The short cut of [`Tx::erased_word_names_a_page`]: a word is still
    /// indexed only while a text holds it whole, as the tokenizer made it.
    #[test]
    fn a_word_still_in_a_text_is_told_from_one_gone() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate::migrate(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO \"case\" (id, uuid, name, name_key, opened_on, created_at, updated_at)
                 VALUES (1, 'c1', 'John', 'john', '2026-01-01', 't', 't');
             INSERT INTO reflection (id, uuid, case_id, session_on, note, went_well, created_at, updated_at)
                 VALUES (7, 'r7', 1, '2026-02-03', 'De Oúder lachte mee.', '', 't', 't'),
                        (8, 'r8', 1, '2026-02-04', 'De vader lachte niet.', '', 't', 't');",
        )
        .unwrap();
        let tx = Tx {
            tx: conn.transaction().unwrap(),
            recorded: false,
        };
        for word in ["ouder", "lachte", "mee", "vader"] {
            assert!(tx.still_indexed(word.as_bytes()).unwrap(), "{word}");
        }
        tx.tx
            .execute("DELETE FROM reflection WHERE id = 7", [])
            .unwrap();
        for word in ["ouder", "mee", "lach", "lachten"] {
            assert!(!tx.still_indexed(word.as_bytes()).unwrap(), "{word}");
        }
        for word in ["lachte", "vader", "de"] {
            assert!(tx.still_indexed(word.as_bytes()).unwrap(), "{word}");
        }
    }
}
