//! Work over the whole journal done a chunk of days at a time (issue 15):
//! the temporary store stays in memory (no plaintext in a temporary file),
//! so a statement that sorts or groups the whole journal holds all of it
//! in memory, and one that writes much holds the former content of the
//! pages it changes (its statement journal) until it ends. A chunk of days
//! bounds both, whatever the journal's size.

use anyhow::Result;
use rusqlite::OptionalExtension;

use super::Tx;

/// Later than every date (`YYYY-MM-DD`): the end of the last chunk.
const END: &str = "9999-99-99";

impl Tx<'_> {
    /// Calls `each` with ranges of days `(after, last]` — `after` the empty
    /// text at first — that together hold every day there is, each with
    /// about `size` rows of `table` (whole days: a day is never split) by
    /// its date column `column`, which an index must lead with. The last
    /// range has no end, for rows of other tables after the last of these.
    pub(super) fn each_day_range(
        &self,
        table: &str,
        column: &str,
        size: i64,
        each: impl FnMut(&str, &str) -> Result<()>,
    ) -> Result<()> {
        each_day_range(&self.tx, table, column, size, each)
    }
}

/// [`Tx::each_day_range`] on a connection outside a write transaction (a
/// check reads the journal as it is).
pub(super) fn each_day_range(
    conn: &rusqlite::Connection,
    table: &str,
    column: &str,
    size: i64,
    mut each: impl FnMut(&str, &str) -> Result<()>,
) -> Result<()> {
    let mut next = conn.prepare(&format!(
        "SELECT {column} FROM \"{table}\" WHERE {column} > ?1
         ORDER BY {column} LIMIT 1 OFFSET ?2"
    ))?;
    let mut after = String::new();
    loop {
        let last: Option<String> = next
            .query_row(rusqlite::params![after, size - 1], |r| r.get(0))
            .optional()?;
        let Some(last) = last else {
            return each(&after, END);
        };
        each(&after, &last)?;
        after = last;
    }
}
