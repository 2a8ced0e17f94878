//! The undo log of an import as one entry that reverses by UUID (issue 15):
//! while an import runs, `undo_bulk` holds each table's highest id from
//! before it, and the rows inserted above it are not recorded one by one;
//! as the import commits, their UUIDs go into `undo_import` under the
//! import's batch and one step of the log names them. `undo` deletes the
//! rows with those UUIDs, a statement per table, instead of replaying one
//! inverse per row; it tells the first few and counts the rest, so its
//! memory stays flat. What the import changed in rows that were there
//! before stays recorded row by row, and is undone after that step.

use anyhow::Result;

use super::Tx;
use crate::journal::change::{Change, ChangeOp};

/// The name the one step of an import has in `undo_step.tbl`.
pub(super) const BULK: &str = "import";

/// The tables an import inserts into, children first: the order the step
/// deletes them in. Link rows (presence, reactions, stalls) go with their
/// reflection.
const TABLES: &[&str] = &[
    "invitation",
    "question",
    "goal",
    "meeting",
    "reflection",
    "other",
    "case",
    "reason",
];

/// The search index's setting that erases a deleted text's words at once
/// (schema of the search index), off and on again.
const SECURE_DELETE_OFF: &str = "INSERT INTO search (search, rank) VALUES ('secure-delete', 0)";
const SECURE_DELETE_ON: &str = "INSERT INTO search (search, rank) VALUES ('secure-delete', 1)";

/// The records told when an import is undone, in the order the row-by-row
/// log told them, with the key it gave each: `(table, key)`.
const TOLD: &[(&str, &str)] = &[
    ("reason", "t.code"),
    ("case", "t.name"),
    ("other", "t.name"),
    (
        "reflection",
        "t.id || ' (' || coalesce((SELECT name FROM \"case\" WHERE id = t.case_id), '?') || ', ' || t.session_on || ')'",
    ),
    ("meeting", "t.held_on"),
    ("goal", "t.id"),
];

/// What undoing an import's step took away: the first records by name,
/// and how many more.
pub(super) struct BulkUndone {
    pub named: Vec<Change>,
    pub more: u64,
}

impl Tx<'_> {
    /// From here to the commit, rows inserted above each table's highest
    /// id are recorded as one step of the undo log (see the module).
    /// Nothing to do in a transaction that is not recorded.
    pub fn record_inserts_in_bulk(&self) -> Result<()> {
        if !self.recorded {
            return Ok(());
        }
        self.tx.execute("DELETE FROM undo_bulk", [])?;
        for table in TABLES {
            self.tx.execute(
                &format!(
                    "INSERT INTO undo_bulk (tbl, floor)
                     SELECT ?1, coalesce(max(id), 0) FROM \"{table}\""
                ),
                [table],
            )?;
        }
        Ok(())
    }

    /// Keeps the UUIDs of the rows inserted in bulk under the open batch,
    /// with one step that names them, and empties `undo_bulk`. Called as
    /// the batch closes.
    pub(super) fn close_bulk(&self) -> Result<()> {
        let floors: Vec<(String, i64)> = self
            .tx
            .prepare_cached("SELECT tbl, floor FROM undo_bulk")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if floors.is_empty() {
            return Ok(());
        }
        self.tx.execute("DELETE FROM undo_bulk", [])?;
        let batch: Option<i64> =
            self.tx
                .query_row("SELECT max(id) FROM undo_batch WHERE open", [], |r| {
                    r.get(0)
                })?;
        let Some(batch) = batch else {
            return Ok(());
        };
        let mut rows = 0;
        for (table, floor) in &floors {
            rows += self.tx.execute(
                &format!(
                    "INSERT INTO undo_import (batch_id, tbl, uuid)
                     SELECT ?1, ?2, uuid FROM \"{table}\" WHERE id > ?3 ORDER BY id"
                ),
                rusqlite::params![batch, table, floor],
            )?;
        }
        if rows == 0 {
            return Ok(());
        }
        self.tx
            .prepare_cached(
                "INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
                 VALUES (?1, ?2, 'insert', ?3, ?4)",
            )?
            .execute(rusqlite::params![
                batch,
                BULK,
                rows.to_string(),
                inverse(batch)
            ])?;
        Ok(())
    }

    /// Undoes the one step of an import of `batch`: deletes its records by
    /// UUID, children first, and tells the first `named` of them.
    pub(super) fn undo_bulk(&self, batch: i64, named: usize) -> Result<BulkUndone> {
        let mut told = Vec::new();
        let mut records = 0u64;
        for (table, key) in TOLD {
            let mut stmt = self.tx.prepare(&format!(
                "SELECT {key} FROM undo_import u JOIN \"{table}\" t ON t.uuid = u.uuid
                 WHERE u.batch_id = ?1 AND u.tbl = ?2 ORDER BY u.rowid LIMIT ?3"
            ))?;
            let mut rows = stmt.query(rusqlite::params![batch, table, named as i64])?;
            while let Some(r) = rows.next()? {
                if told.len() < named {
                    told.push(Change {
                        op: ChangeOp::Insert,
                        table: (*table).to_owned(),
                        key: text(r.get_ref(0)?)?,
                    });
                }
            }
            records += self.tx.query_row(
                "SELECT count(*) FROM undo_import WHERE batch_id = ?1 AND tbl = ?2",
                rusqlite::params![batch, table],
                |r| r.get::<_, i64>(0),
            )? as u64;
        }
        if records == 0 {
            // Only questions to existing reflections: tell those.
            records = self.tx.query_row(
                "SELECT count(*) FROM undo_import WHERE batch_id = ?1",
                [batch],
                |r| r.get::<_, i64>(0),
            )? as u64;
            if records > 0 {
                told.push(Change {
                    op: ChangeOp::Insert,
                    table: "question".to_owned(),
                    key: None,
                });
            }
        }
        // FTS5's secure-delete takes each deleted text's words out of every
        // segment of the search index at once: per row, a search through a
        // growing index (10 000 reflections: 9 s, 100 000: 10 minutes). Off
        // for these deletes, which leave marks instead, and the index
        // rewritten once after them, so that no page keeps a word of an
        // undone text (as `case forget` does).
        self.tx.execute(SECURE_DELETE_OFF, [])?;
        self.unwatch_erasures()?;
        // The summaries' triggers take each deleted row out of every
        // summary in turn (100 000 reflections: 26 s). When the import holds
        // at least as many reflections as stay, they are set aside and the
        // summaries filled again from what stays, which costs no more.
        let (undone, all): (i64, i64) = self.tx.query_row(
            "SELECT (SELECT count(*) FROM undo_import WHERE batch_id = ?1 AND tbl = 'reflection'),
                    (SELECT count(*) FROM reflection)",
            [batch],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        // So is the search index, made anew from the texts that stay.
        let aside = if undone > 0 && undone >= all - undone {
            Some((self.set_summary_aside()?, self.set_search_aside()?))
        } else {
            None
        };
        for table in TABLES {
            self.delete_in_chunks(batch, table)?;
        }
        match aside {
            Some((summary, search)) => {
                self.restore_summary(summary)?;
                self.restore_search(search)?;
            }
            None => self.compact_search()?,
        }
        self.tx.execute(SECURE_DELETE_ON, [])?;
        self.tx
            .execute("DELETE FROM undo_import WHERE batch_id = ?1", [batch])?;
        Ok(BulkUndone {
            more: records.saturating_sub(told.len() as u64),
            named: told,
        })
    }
}

impl Tx<'_> {
    /// Deletes the rows of `table` that `batch` inserted, [`CHUNK`] UUIDs
    /// per statement. SQLite keeps, in memory, the former content of every
    /// page a statement changes until the statement ends (so that it can be
    /// taken back alone): one statement for all of them made undo's memory
    /// grow with the import (100 000 reflections: 137 MB).
    fn delete_in_chunks(&self, batch: i64, table: &str) -> Result<()> {
        let (first, last): (Option<i64>, Option<i64>) = self.tx.query_row(
            "SELECT min(rowid), max(rowid) FROM undo_import WHERE batch_id = ?1 AND tbl = ?2",
            rusqlite::params![batch, table],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (Some(first), Some(last)) = (first, last) else {
            return Ok(());
        };
        let mut delete = self.tx.prepare(&format!(
            "DELETE FROM \"{table}\" WHERE uuid IN
             (SELECT uuid FROM undo_import
              WHERE rowid BETWEEN ?3 AND ?4 AND batch_id = ?1 AND tbl = ?2)"
        ))?;
        let mut from = first;
        while from <= last {
            let to = from.saturating_add(CHUNK - 1).min(last);
            delete.execute(rusqlite::params![batch, table, from, to])?;
            from = to.saturating_add(1);
        }
        Ok(())
    }
}

/// How many records one statement of undo deletes.
const CHUNK: i64 = 1000;

/// A told key as text: a name, a code or an id.
fn text(v: rusqlite::types::ValueRef) -> Result<Option<String>> {
    Ok(match v {
        rusqlite::types::ValueRef::Null => None,
        rusqlite::types::ValueRef::Integer(i) => Some(i.to_string()),
        other => Some(other.as_str()?.to_owned()),
    })
}

/// The statements the step stands for, as text: what the log shows of it.
fn inverse(batch: i64) -> String {
    TABLES
        .iter()
        .map(|t| {
            format!(
                "DELETE FROM \"{t}\" WHERE uuid IN (SELECT uuid FROM undo_import \
                 WHERE batch_id = {batch} AND tbl = '{t}');"
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}
