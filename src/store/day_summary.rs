//! `session_day` and `reason_day`: the sessions, and the sessions giving
//! each reason, counted per day, practitioner and kind; kept by triggers
//! beside `session_fact` and `stall_fact`, checked and rebuilt like them
//! (issue 15: `patterns` and `prep` over a long period at 1 000 000).

use anyhow::Result;

use super::Tx;

/// What `session_day` must hold: the sessions per day, practitioner and kind.
const RAW_SESSION_DAYS: &str =
    "SELECT k.session_on, coalesce(c.practitioner, ''), k.other, k.met, count(*)
     FROM session_fact k JOIN \"case\" c ON c.id = k.case_id
     GROUP BY k.session_on, coalesce(c.practitioner, ''), k.other, k.met";

/// What `reason_day` must hold: per day, reason, practitioner and kind, the
/// sessions that give the reason (at one step or more).
const RAW_REASON_DAYS: &str =
    "SELECT k.session_on, f.reason_id, coalesce(c.practitioner, ''), k.other, k.met,
            count(DISTINCT f.reflection_id)
     FROM stall_fact f
     JOIN session_fact k ON k.reflection_id = f.reflection_id
     JOIN \"case\" c ON c.id = k.case_id
     GROUP BY k.session_on, f.reason_id, coalesce(c.practitioner, ''), k.other, k.met";

impl Tx<'_> {
    /// Empties the day summaries and fills them from `session_fact` and
    /// `stall_fact` (which must be right already).
    pub(super) fn refill_days(&self) -> Result<()> {
        self.tx.execute_batch(&format!(
            "DELETE FROM session_day;
             INSERT INTO session_day (session_on, who, other, met, n) {RAW_SESSION_DAYS};
             DELETE FROM reason_day;
             INSERT INTO reason_day (session_on, reason_id, who, other, met, n) {RAW_REASON_DAYS};"
        ))?;
        Ok(())
    }
}

/// How far the day summaries are from a recount: the sessions (and the
/// sessions giving a reason) counted in the wrong cell, or not at all; 0
/// when they agree.
pub(super) fn day_drift(conn: &rusqlite::Connection) -> Result<u64> {
    let off: i64 = conn.query_row(
        &format!(
            "WITH s(session_on, who, other, met, n) AS ({RAW_SESSION_DAYS}),
                  r(session_on, reason_id, who, other, met, n) AS ({RAW_REASON_DAYS})
             SELECT coalesce((SELECT sum(abs(n)) FROM (
                        SELECT session_on, who, other, met, sum(n) AS n FROM (
                            SELECT session_on, who, other, met, n FROM s
                            UNION ALL
                            SELECT session_on, who, other, met, -n FROM session_day)
                        GROUP BY session_on, who, other, met)), 0)
                  + coalesce((SELECT sum(abs(n)) FROM (
                        SELECT session_on, reason_id, who, other, met, sum(n) AS n FROM (
                            SELECT session_on, reason_id, who, other, met, n FROM r
                            UNION ALL
                            SELECT session_on, reason_id, who, other, met, -n FROM reason_day)
                        GROUP BY session_on, reason_id, who, other, met)), 0)
                  + (SELECT count(*) FROM session_day WHERE n <= 0)
                  + (SELECT count(*) FROM reason_day WHERE n <= 0)"
        ),
        [],
        |r| r.get(0),
    )?;
    Ok(off as u64)
}
