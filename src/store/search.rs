//! The search index (the schema's FTS5 table `search`): looking up words,
//! checking that the index holds exactly the journal's texts, refilling it,
//! and wiping what a deleted text left in it.
//!
//! A row's rowid is `date as YYYYMMDD << 32 | id << 3 | kind`, so the
//! newest hits come straight from the index in rowid order, and a period is
//! a range of rowids.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, params};

use super::Tx;
use crate::error::Error;
use crate::journal::CaseId;
use crate::journal::search::{Hit, Piece, SearchProblem, TextKind, typed_word};

/// Where a found word starts and ends in a snippet: control characters,
/// which no text in the journal may hold (`journal::text`).
const START: char = '\u{2}';
const END: char = '\u{3}';

/// How many words a snippet shows around the words found.
const SNIPPET_WORDS: i64 = 16;

/// The journal's texts by the rowid they have in the index: what it must
/// hold.
pub(super) const TEXTS: &str = "
    SELECT (CAST(replace(session_on, '-', '') AS INTEGER) << 32) | (id << 3) | 1 AS key,
           note AS body
    FROM reflection WHERE note <> ''
    UNION ALL
    SELECT (CAST(replace(session_on, '-', '') AS INTEGER) << 32) | (id << 3) | 2, went_well
    FROM reflection WHERE went_well <> ''
    UNION ALL
    SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 3, q.text
    FROM question q JOIN reflection r ON r.id = q.reflection_id WHERE q.text <> ''
    UNION ALL
    SELECT (CAST(replace(r.session_on, '-', '') AS INTEGER) << 32) | (r.id << 3) | 4, q.answer
    FROM question q JOIN reflection r ON r.id = q.reflection_id
    WHERE coalesce(q.answer, '') <> ''
    UNION ALL
    SELECT (CAST(replace(held_on, '-', '') AS INTEGER) << 32) | (id << 3) | 5, note
    FROM meeting WHERE note <> ''";

/// [`TEXTS`] of the days after `?1` up to `?2`, in the order of their
/// rowids (day, id, kind): each part read through an index in that order
/// and the parts merged, so that nothing is sorted. FTS5 writes what it
/// holds in memory to the index whenever a rowid comes that is lower than
/// the one before: [`TEXTS`] unordered made it write (and then merge) a
/// segment every few texts (an import of 1 000 000 reflections: 48 s for
/// the index).
const TEXTS_OF_DAYS: &str = "
    SELECT (CAST(replace(day, '-', '') AS INTEGER) << 32) | (id << 3) | kind, body FROM (
        SELECT session_on AS day, id, 1 AS kind, note AS body FROM reflection
        WHERE session_on > ?1 AND session_on <= ?2 AND note <> ''
        UNION ALL
        SELECT session_on, id, 2, went_well FROM reflection
        WHERE session_on > ?1 AND session_on <= ?2 AND went_well <> ''
        UNION ALL
        SELECT r.session_on, r.id, 3, q.text
        FROM reflection r JOIN question q ON q.reflection_id = r.id
        WHERE r.session_on > ?1 AND r.session_on <= ?2 AND q.text <> ''
        UNION ALL
        SELECT r.session_on, r.id, 4, q.answer
        FROM reflection r JOIN question q ON q.reflection_id = r.id
        WHERE r.session_on > ?1 AND r.session_on <= ?2 AND coalesce(q.answer, '') <> ''
        UNION ALL
        SELECT held_on, id, 5, note FROM meeting
        WHERE held_on > ?1 AND held_on <= ?2 AND note <> ''
        ORDER BY 1, 2, 3)";

/// About how many reflections' texts go into the search index per
/// statement. Each statement holds the former content of the pages FTS5's
/// merges change while it runs (100 000 reflections in chunks of 8 192:
/// 13 MB more at the peak; of 2 048: nothing measurable, and as fast).
const TEXTS_CHUNK: i64 = 2048;

/// The first rowid of `date`.
fn day_start(date: NaiveDate) -> i64 {
    let day =
        i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day());
    day << 32
}

/// What a rowid says: the date, the id, the kind.
fn decode(rowid: i64) -> Option<(NaiveDate, i64, TextKind)> {
    let day = rowid >> 32;
    let date = NaiveDate::from_ymd_opt(
        i32::try_from(day / 10_000).ok()?,
        u32::try_from(day / 100 % 100).ok()?,
        u32::try_from(day % 100).ok()?,
    )?;
    Some((
        date,
        (rowid >> 3) & 0x1FFF_FFFF,
        TextKind::from_number(rowid & 7)?,
    ))
}

/// A snippet with its found words between [`START`] and [`END`], as pieces;
/// every run of white space (a line end too) is one space.
fn pieces(marked: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut found = false;
    let mut text = String::new();
    let mut push = |text: &mut String, found: bool| {
        if !text.is_empty() {
            pieces.push(Piece {
                text: std::mem::take(text),
                found,
            });
        }
    };
    let mut space = false;
    for c in marked.chars() {
        match c {
            START | END => {
                if std::mem::take(&mut space) {
                    text.push(' ');
                }
                push(&mut text, found);
                found = c == START;
            }
            c if c.is_whitespace() => space = true,
            c => {
                if space {
                    text.push(' ');
                    space = false;
                }
                text.push(c);
            }
        }
    }
    if space {
        text.push(' ');
    }
    push(&mut text, found);
    pieces
}

/// FTS5's complaint about a query, as the problem to tell: "fts5: syntax
/// error near "AND"" names the word.
fn problem(e: &rusqlite::Error) -> Option<SearchProblem> {
    let message = e.to_string();
    let rest = message.strip_prefix("fts5: syntax error near ")?;
    let near = typed_word(rest.trim().trim_matches('"'));
    if near.is_empty() {
        return Some(SearchProblem::Dangling);
    }
    Some(SearchProblem::Near(near))
}

impl Tx<'_> {
    /// The texts that hold `words` (an FTS5 query: `journal::search`), of
    /// `case` only if given, from `since` to `until`, newest first: at most
    /// `limit`, and whether there are more.
    pub fn search(
        &self,
        words: &str,
        case: Option<CaseId>,
        since: Option<NaiveDate>,
        until: Option<NaiveDate>,
        limit: Option<u64>,
    ) -> Result<(Vec<Hit>, bool)> {
        let low = since.map_or(0, day_start);
        let high = until.map_or(i64::MAX, |d| day_start(d) | 0xFFFF_FFFF);
        // One more than asked, to know whether there are more.
        let take = limit.map_or(-1, |n| n.saturating_add(1).min(i64::MAX as u64) as i64);
        // The index leads (a LEFT JOIN keeps it first): its rowids come
        // newest first without sorting, and the LIMIT stops it early.
        let mut stmt = self.tx.prepare_cached(
            "SELECT search.rowid, snippet(search, 0, ?5, ?6, '…', ?7), c.name
             FROM search
             LEFT JOIN reflection r
                    ON (search.rowid & 7) <> 5 AND r.id = ((search.rowid >> 3) & 536870911)
             LEFT JOIN \"case\" c ON c.id = r.case_id
             WHERE search MATCH ?1 AND search.rowid BETWEEN ?2 AND ?3
               AND (?4 IS NULL OR r.case_id = ?4)
             ORDER BY search.rowid DESC
             LIMIT ?8",
        )?;
        let rows = stmt.query_map(
            params![
                words,
                low,
                high,
                case,
                START.to_string(),
                END.to_string(),
                SNIPPET_WORDS,
                take
            ],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            },
        )?;
        let mut hits = Vec::new();
        for row in rows {
            let (rowid, marked, case) = row.map_err(|e| match problem(&e) {
                Some(p) => anyhow::Error::from(Error::BadSearch(p)),
                None => e.into(),
            })?;
            let Some((date, id, kind)) = decode(rowid) else {
                continue;
            };
            hits.push(Hit {
                case,
                date,
                id,
                kind,
                pieces: pieces(&marked),
            });
        }
        let more = limit.is_some_and(|n| hits.len() as u64 > n);
        if let Some(n) = limit {
            hits.truncate(n as usize);
        }
        Ok((hits, more))
    }

    /// Empties the index and fills it from the journal's texts; returns how
    /// many it holds.
    pub(super) fn refill_search(&self) -> Result<u64> {
        self.tx.execute("DELETE FROM search", [])?;
        let rows = self.fill_search()?;
        // Fresh pages: none keeps the name of a word that was deleted.
        self.compact_search()?;
        Ok(rows)
    }

    /// Puts the journal's texts into the (empty) index in the order of
    /// their rowids, a chunk of days a statement ([`TEXTS_OF_DAYS`]);
    /// returns how many went in.
    pub(super) fn fill_search(&self) -> Result<u64> {
        let mut fill = self
            .tx
            .prepare(&format!("INSERT INTO search (rowid, body) {TEXTS_OF_DAYS}"))?;
        let mut rows = 0;
        self.each_day_range("reflection", "session_on", TEXTS_CHUNK, |after, last| {
            rows += fill.execute([after, last])? as u64;
            Ok(())
        })?;
        Ok(rows)
    }

    /// Rewrites the index whole: after an erasure, no page of it keeps a
    /// word of a deleted text, not even as the name of a page in FTS5's
    /// page directory (SQLite's secure_delete wipes what it frees). FTS5's
    /// 'optimize' would not do: it leaves an index of one segment as it
    /// is. The cost grows with the journal: only for `case forget` and a
    /// repair.
    pub(super) fn compact_search(&self) -> Result<()> {
        self.tx
            .execute("INSERT INTO search (search) VALUES ('rebuild')", [])?;
        self.forget_erased()
    }
}

/// How many texts the index holds that the journal does not, or misses.
/// (Whether the index agrees with its copy of the texts SQLite's own
/// `quick_check` and `integrity_check` verify: FTS5's integrity check.)
pub(super) fn drift(conn: &Connection) -> Result<u64> {
    // A key is in each set at most once (a text's key is its day, row and
    // kind; the index's is its rowid), so |expected| + |held| − 2·|both| is
    // how many are in one but not the other: counted as the texts are read,
    // with one look-up of the index each, instead of an `EXCEPT` that held
    // every key of both in memory (33 MB more at 1 000 000 reflections).
    let drift: i64 = conn.query_row(
        &format!(
            "SELECT (SELECT count(*) FROM search) + count(*)
                    - 2 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM search s WHERE s.rowid = t.key))
             FROM ({TEXTS}) t"
        ),
        [],
        |r| r.get(0),
    )?;
    Ok(drift.max(0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::migrate;

    fn journal() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate::migrate(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO \"case\" (id, uuid, name, name_key, opened_on, created_at, updated_at)
                 VALUES (1, 'c1', 'John', 'john', '2026-01-01', 't', 't');
             INSERT INTO reflection (id, uuid, case_id, session_on, note, went_well, created_at, updated_at)
                 VALUES (7, 'r7', 1, '2026-02-03', 'De oúder lachte mee.', 'Gespiegeld', 't', 't');
             INSERT INTO question (uuid, reflection_id, text, created_at, updated_at)
                 VALUES ('q1', 7, 'Waarom lach ik mee?', 't', 't');",
        )
        .unwrap();
        conn
    }

    fn found(conn: &Connection, words: &str) -> Vec<i64> {
        let mut stmt = conn
            .prepare("SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY rowid")
            .unwrap();
        stmt.query_map([words], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    /// The starts of 2 and 3 letters have lists of their own, so that
    /// `de*` reads one list, newest first, instead of merging every word's.
    #[test]
    fn short_starts_of_words_are_indexed_on_their_own() {
        let conn = journal();
        let blocks: Vec<u8> = conn
            .prepare("SELECT block FROM search_data")
            .unwrap()
            .query_map([], |r| r.get::<_, Vec<u8>>(0))
            .unwrap()
            .flat_map(Result::unwrap)
            .collect();
        // The first term of each prefix index: a byte for the index, then
        // the smallest start ("de" of 2 letters, "ges" of 3).
        for term in [&b"1de"[..], b"2ges"] {
            assert!(blocks.windows(term.len()).any(|w| w == term), "{term:?}");
        }
        assert_eq!(found(&conn, "de*"), [found(&conn, "ouder")[0]]);
        // Made anew, the index still wipes what is deleted from it.
        let secure: i64 = conn
            .query_row(
                "SELECT v FROM search_config WHERE k = 'secure-delete'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(secure, 1);
    }

    #[test]
    fn the_bundled_sqlcipher_has_fts5() {
        let conn = Connection::open_in_memory().unwrap();
        let fts5: bool = conn
            .query_row("SELECT sqlite_compileoption_used('ENABLE_FTS5')", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(fts5);
    }

    #[test]
    fn triggers_keep_the_index_equal_to_the_texts() {
        let conn = journal();
        let key = (20260203_i64 << 32) | (7 << 3);
        assert_eq!(found(&conn, "ouder"), [key | 1]);
        assert_eq!(found(&conn, "lach*"), [key | 1, key | 3]);
        assert_eq!(drift(&conn).unwrap(), 0);
        // A new date moves the reflection's texts, its question too.
        conn.execute_batch(
            "UPDATE reflection SET session_on = '2026-02-04', note = 'Anders' WHERE id = 7;
             UPDATE question SET answer = 'Spiegel het.' WHERE reflection_id = 7;",
        )
        .unwrap();
        let moved = (20260204_i64 << 32) | (7 << 3);
        assert_eq!(found(&conn, "ouder"), Vec::<i64>::new());
        assert_eq!(found(&conn, "lach*"), [moved | 3]);
        assert_eq!(found(&conn, "spiegel*"), [moved | 4]);
        assert_eq!(drift(&conn).unwrap(), 0);
        // A question that comes back before its reflection (undo) is found.
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             CREATE TEMP TABLE keep AS SELECT * FROM reflection;
             DELETE FROM reflection;
             DELETE FROM question;",
        )
        .unwrap();
        assert_eq!(found(&conn, "lach*"), Vec::<i64>::new());
        conn.execute_batch(
            "INSERT INTO question (uuid, reflection_id, text, created_at, updated_at)
                 VALUES ('q1', 7, 'Waarom lach ik mee?', 't', 't');
             INSERT INTO reflection SELECT * FROM keep;",
        )
        .unwrap();
        assert_eq!(found(&conn, "lach*"), [moved | 3]);
        assert_eq!(drift(&conn).unwrap(), 0);
        conn.execute_batch("DELETE FROM search WHERE rowid = (SELECT max(rowid) FROM search)")
            .unwrap();
        assert_eq!(drift(&conn).unwrap(), 1);
    }

    #[test]
    fn sqlites_integrity_check_reads_the_index_against_its_texts() {
        let conn = journal();
        let check = |pragma: &str| -> String {
            conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(check("integrity_check"), "ok");
        conn.execute_batch("UPDATE search_content SET c0 = 'iets heel anders'")
            .unwrap();
        assert_ne!(check("integrity_check"), "ok");
        // `spiegel check` runs quick_check: it reads the index too.
        assert!(check("quick_check").contains("search"));
    }

    /// Why `case forget` rewrites the index: FTS5's secure-delete takes a
    /// deleted word out of the pages, but the page directory (`search_idx`)
    /// still names the word a page starts with, until the index is merged.
    #[test]
    fn only_a_rewrite_takes_a_page_boundary_word_out_of_the_index() {
        let conn = journal();
        let words: Vec<String> = (0..3000).map(|i| format!("woord{i:05}")).collect();
        conn.execute_batch("BEGIN").unwrap();
        for (i, w) in words.iter().enumerate() {
            conn.execute(
                "INSERT INTO reflection (uuid, case_id, session_on, note, created_at, updated_at)
                 VALUES (?1, 1, '2026-02-05', ?2, 't', 't')",
                (format!("u{i}"), w),
            )
            .unwrap();
        }
        conn.execute_batch("COMMIT").unwrap();
        // The word a page in the middle starts with (after the column byte).
        let term: String = conn
            .query_row(
                "SELECT substr(CAST(term AS TEXT), 2) FROM search_idx
                 WHERE length(term) > 1 ORDER BY term LIMIT 1 OFFSET 4",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let named = |conn: &Connection| -> i64 {
            conn.query_row(
                "SELECT count(*) FROM search_idx WHERE instr(CAST(term AS TEXT), ?1) > 0",
                [&term],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!(named(&conn), 1);
        conn.execute("DELETE FROM reflection WHERE note = ?1", [&term])
            .unwrap();
        assert_eq!(found(&conn, &term), Vec::<i64>::new());
        assert_eq!(named(&conn), 1, "FTS5 keeps the page's name");
        let tx = Tx {
            tx: conn.unchecked_transaction().unwrap(),
            recorded: false,
        };
        tx.compact_search().unwrap();
        tx.commit().unwrap();
        assert_eq!(named(&conn), 0);
    }

    #[test]
    fn rowids_say_when_and_what() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(
            decode(day_start(date) | (12345 << 3) | 4),
            Some((date, 12345, TextKind::Answer))
        );
        assert_eq!(decode(day_start(date) | 6), None);
    }

    #[test]
    fn snippets_come_in_pieces_on_one_line() {
        let marked = format!("…de {START}oúder{END}\n lachte  {START}mee{END}");
        let p = pieces(&marked);
        let texts: Vec<(&str, bool)> = p.iter().map(|p| (p.text.as_str(), p.found)).collect();
        assert_eq!(
            texts,
            [
                ("…de ", false),
                ("oúder", true),
                (" lachte ", false),
                ("mee", true)
            ]
        );
    }
}
