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
const SESSIONS: &str = "SELECT reflection_id, case_id, session_on, other, met FROM session_fact";

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
/// missing, extra or of another case, date or kind; 0 when they agree.
pub(super) fn session_drift(conn: &rusqlite::Connection) -> Result<u64> {
    let rows: i64 = conn.query_row(
        &format!(
            "WITH raw AS ({RAW_SESSIONS}), fact AS ({SESSIONS})
             SELECT count(*) FROM (
                 SELECT reflection_id FROM (SELECT * FROM fact EXCEPT SELECT * FROM raw)
                 UNION
                 SELECT id FROM (SELECT * FROM raw EXCEPT SELECT * FROM fact))"
        ),
        [],
        |r| r.get(0),
    )?;
    Ok(rows as u64)
}
