//! The undo log (schema 3): every write transaction is one batch; triggers
//! record the inverse of each row change; `undo` replays the last batch's
//! inverses, newest first.

use anyhow::{Context, Result};

use super::Tx;
use super::codec::now;
use super::failure::Failure;
use crate::journal::CaseId;
use crate::journal::change::{Change, ChangeOp, Undone};

/// How many commands `spiegel undo` can go back.
pub const UNDO_DEPTH: i64 = 100;

impl Tx<'_> {
    /// Starts recording this transaction's changes.
    pub(super) fn open_undo_batch(&self) -> Result<()> {
        self.tx
            .prepare_cached("INSERT INTO undo_batch (created_at) VALUES (?1)")?
            .execute([now()])
            .with_context(|| Failure::UndoStart)?;
        Ok(())
    }

    /// Closes the batch (dropping it if nothing changed) and forgets batches
    /// beyond [`UNDO_DEPTH`].
    pub(super) fn close_undo_batch(&self) -> Result<()> {
        self.close_bulk()?;
        self.tx
            .execute_batch(&format!(
                "DELETE FROM undo_batch WHERE open
                   AND NOT EXISTS (SELECT 1 FROM undo_step s WHERE s.batch_id = undo_batch.id);
                 UPDATE undo_batch SET open = 0 WHERE open;
                 DELETE FROM undo_step
                  WHERE batch_id <= (SELECT max(id) FROM undo_batch) - {UNDO_DEPTH};
                 DELETE FROM undo_batch
                  WHERE id <= (SELECT max(id) FROM undo_batch) - {UNDO_DEPTH};"
            ))
            .with_context(|| Failure::UndoClose)
    }

    /// Reverses the last recorded command and forgets it; returns its
    /// changes (oldest first; an import's records the first `named` by name
    /// and the rest counted), or `None` when there is nothing to undo.
    /// This transaction itself is not recorded.
    pub fn undo_last(&self, named: usize) -> Result<Option<Undone>> {
        self.stop_recording()?;
        let batch: Option<i64> = self
            .tx
            .query_row("SELECT max(id) FROM undo_batch", [], |r| r.get(0))?;
        let Some(batch) = batch else {
            return Ok(None);
        };
        // The inverses run newest first; a parent may come back after its
        // children within the batch, so foreign keys are checked at commit.
        self.tx.pragma_update(None, "defer_foreign_keys", true)?;
        // Streamed: one step in memory at a time; each inverse runs as a
        // cached statement with its literals as parameters (issue 15.2).
        self.tx.set_prepared_statement_cache_capacity(64);
        let mut stmt = self.tx.prepare(
            "SELECT tbl, op, row_key, inverse FROM undo_step WHERE batch_id = ?1 ORDER BY id DESC",
        )?;
        let mut rows = stmt.query([batch])?;
        let mut changes = Vec::new();
        let mut more = 0;
        while let Some(r) = rows.next()? {
            let table: String = r.get(0)?;
            if table == super::undo_bulk::BULK {
                // An import's one step: its records, by UUID.
                let done = self
                    .undo_bulk(batch, named)
                    .with_context(|| Failure::UndoChange {
                        table: table.clone(),
                    })?;
                changes.extend(done.named.into_iter().rev());
                more += done.more;
                continue;
            }
            let op: String = r.get(1)?;
            let key: Option<String> = r.get(2)?;
            let inverse: String = r.get_ref(3)?.as_str()?.to_owned();
            self.replay(&inverse).with_context(|| Failure::UndoChange {
                table: table.clone(),
            })?;
            let op = ChangeOp::from_code(&op).with_context(|| Failure::UndoUnknown)?;
            changes.push(Change { op, table, key });
        }
        drop(rows);
        drop(stmt);
        changes.reverse();
        self.tx
            .execute("DELETE FROM undo_step WHERE batch_id = ?1", [batch])?;
        self.tx
            .execute("DELETE FROM undo_batch WHERE id = ?1", [batch])?;
        Ok(Some(Undone { changes, more }))
    }

    /// Runs one inverse statement, as a cached statement when it is one
    /// statement.
    fn replay(&self, inverse: &str) -> Result<()> {
        let (sql, values) = super::undo_sql::parameterize(inverse);
        match self.tx.prepare_cached(&sql) {
            Ok(mut stmt) => {
                stmt.execute(rusqlite::params_from_iter(values))?;
            }
            Err(_) => self.tx.execute_batch(inverse)?,
        }
        Ok(())
    }

    /// Empties the undo log: it holds the text of deleted and changed rows.
    pub fn clear_undo(&self) -> Result<()> {
        self.tx
            .execute_batch("DELETE FROM undo_step; DELETE FROM undo_batch;")
            .with_context(|| Failure::UndoClear)
    }

    /// Erases a case with everything that hangs from it (others,
    /// reflections, their stalls, presence and questions) and empties the
    /// undo log, which may hold its text, and rewrites the search index;
    /// returns how many reflections went.
    /// Not recorded: this is the one change that cannot be undone.
    pub fn forget_case(&self, case_id: CaseId) -> Result<u64> {
        self.clear_undo()?;
        let reflections: i64 = self.tx.query_row(
            "SELECT count(*) FROM reflection WHERE case_id = ?1",
            [case_id],
            |r| r.get(0),
        )?;
        self.tx
            .execute("DELETE FROM \"case\" WHERE id = ?1", [case_id])
            .with_context(|| Failure::EraseCase)?;
        // The search index keeps no word of it, not even a page's name.
        self.compact_search().with_context(|| Failure::EraseCase)?;
        Ok(reflections as u64)
    }

    /// This transaction's changes will not be recorded.
    fn stop_recording(&self) -> Result<()> {
        self.tx
            .execute("DELETE FROM undo_batch WHERE open", [])
            .with_context(|| Failure::UndoStop)?;
        Ok(())
    }

    /// How many commands can be undone.
    pub fn undo_depth(&self) -> Result<u64> {
        Ok(self
            .tx
            .query_row("SELECT count(*) FROM undo_batch WHERE NOT open", [], |r| {
                r.get::<_, i64>(0)
            })? as u64)
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::store::migrate;

    /// A column added without recreating its table's triggers would make
    /// undo lose it silently: every column must appear in the inverses.
    #[test]
    fn undo_triggers_cover_every_column() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate::migrate(&mut conn).unwrap();
        let tables = [
            "reason",
            "case",
            "other",
            "reflection",
            "presence",
            "reflection_resistance",
            "stall",
            "question",
            "meeting",
            "goal",
            "invitation",
        ];
        let all: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table'
                 AND name NOT IN ('step', 'resistance', 'undo_batch', 'undo_step', 'stall_fact',
                                  'session_fact', 'session_day', 'reason_day', 'step_day',
                                  'case_reason', 'case_reason_step', 'case_kind', 'case_reaction',
                                  'undo_bulk', 'undo_import',
                                  'sqlite_sequence')
                 AND name NOT GLOB 'search*' AND name NOT GLOB 'sync_*'",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for table in &all {
            assert!(
                tables.contains(&table.as_str()),
                "table {table} has no undo triggers"
            );
        }
        for table in tables {
            let columns: Vec<String> = conn
                .prepare("SELECT name FROM pragma_table_info(?1)")
                .unwrap()
                .query_map([table], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            assert!(!columns.is_empty(), "{table}");
            for op in ["delete", "update"] {
                let sql: String = conn
                    .query_row(
                        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1",
                        [format!("undo_{table}_{op}")],
                        |r| r.get(0),
                    )
                    .unwrap_or_else(|_| panic!("no {op} trigger on {table}"));
                for c in &columns {
                    // Text as the hex of its bytes: quote() alone ends it
                    // at a NUL (issue 10.2).
                    assert!(
                        sql.contains(&format!(
                            "CASE typeof(OLD.{c}) WHEN 'text' THEN 'CAST(' || quote(CAST(OLD.{c} AS BLOB)) || ' AS TEXT)' ELSE quote(OLD.{c}) END"
                        )),
                        "undo_{table}_{op} misses column {c}, or quotes it so that a NUL cuts it"
                    );
                }
            }
        }
    }
}
