//! `session_fact`: every session with its case, date and kind, kept by
//! triggers beside `reflection`, `presence` and `reflection_resistance`;
//! checked and rebuilt like `stall_fact` (issue 15).

use anyhow::Result;

use super::Tx;

/// What `session_fact` must hold: every reflection with its case, date,
/// whether someone from the system took part and whether a resistance
/// reaction was met.
const RAW_SESSIONS: &str = "SELECT r.id, r.case_id, r.session_on,
            EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = r.id),
            EXISTS (SELECT 1 FROM reflection_resistance rr WHERE rr.reflection_id = r.id)
     FROM reflection r";

impl Tx<'_> {
    /// Empties `session_fact` and fills it from the reflections; returns
    /// its rows.
    pub(super) fn refill_sessions(&self) -> Result<u64> {
        self.tx.execute("DELETE FROM session_fact", [])?;
        let rows = self.tx.execute(
            &format!(
                "INSERT INTO session_fact (reflection_id, case_id, session_on, other, met)
                 {RAW_SESSIONS}"
            ),
            [],
        )?;
        Ok(rows as u64)
    }
}

/// The sessions for which `session_fact` differs from the reflections:
/// missing, extra or of another case, date or kind; 0 when they agree. Without `full`
/// only the totals are compared. With it, both tables are read once in id
/// order, each row looked up in the other by its key: no sort of either.
pub(super) fn session_drift(conn: &rusqlite::Connection, full: bool) -> Result<u64> {
    if !full {
        let off: i64 = conn.query_row(
            "SELECT abs((SELECT count(*) FROM reflection) - (SELECT count(*) FROM session_fact))",
            [],
            |r| r.get(0),
        )?;
        return Ok(off as u64);
    }
    let rows: i64 = conn.query_row(
        "SELECT (SELECT count(*) FROM reflection r
                 LEFT JOIN session_fact k ON k.reflection_id = r.id
                 WHERE k.reflection_id IS NULL OR k.case_id <> r.case_id
                    OR k.session_on <> r.session_on
                    OR k.other <> EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = r.id)
                    OR k.met <> EXISTS (SELECT 1 FROM reflection_resistance rr
                                        WHERE rr.reflection_id = r.id))
              + (SELECT count(*) FROM session_fact k
                 WHERE NOT EXISTS (SELECT 1 FROM reflection r WHERE r.id = k.reflection_id))",
        [],
        |r| r.get(0),
    )?;
    Ok(rows as u64)
}
