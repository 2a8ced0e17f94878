//! `session_day`, `reason_day` and `step_day`: the sessions, those giving
//! each reason and those stalling at each step, counted per day,
//! practitioner and kind; kept by triggers
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

/// What `step_day` must hold: per day, step, side (and '*' for any side),
/// practitioner and kind, the sessions that stalled at the step for a
/// reason of the side.
const RAW_STEP_DAYS: &str =
    "SELECT k.session_on, p.step, p.side, coalesce(c.practitioner, ''), k.other, k.met,
            count(*)
     FROM (SELECT DISTINCT f.reflection_id, f.step, re.side
           FROM stall_fact f JOIN reason re ON re.id = f.reason_id
           UNION ALL
           SELECT DISTINCT f.reflection_id, f.step, '*' FROM stall_fact f) p
     JOIN session_fact k ON k.reflection_id = p.reflection_id
     JOIN \"case\" c ON c.id = k.case_id
     GROUP BY k.session_on, p.step, p.side, coalesce(c.practitioner, ''), k.other, k.met";

/// The day summaries' rows of the days after `?1` up to `?2`, counted as
/// [`RAW_SESSION_DAYS`], [`RAW_REASON_DAYS`] and [`RAW_STEP_DAYS`] count
/// them: each statement reads those days' sessions through
/// `session_fact_by_date` and their stalls by reflection, so that what it
/// sorts is a chunk of days, not the journal.
const FILL_DAYS: &[&str] = &[
    "INSERT INTO session_day (session_on, who, other, met, n)
     SELECT k.session_on, coalesce(c.practitioner, ''), k.other, k.met, count(*)
     FROM session_fact k JOIN \"case\" c ON c.id = k.case_id
     WHERE k.session_on > ?1 AND k.session_on <= ?2
     GROUP BY k.session_on, coalesce(c.practitioner, ''), k.other, k.met",
    "INSERT INTO reason_day (session_on, reason_id, who, other, met, n)
     SELECT k.session_on, f.reason_id, coalesce(c.practitioner, ''), k.other, k.met,
            count(DISTINCT f.reflection_id)
     FROM session_fact k CROSS JOIN stall_fact f ON f.reflection_id = k.reflection_id
     JOIN \"case\" c ON c.id = k.case_id
     WHERE k.session_on > ?1 AND k.session_on <= ?2
     GROUP BY k.session_on, f.reason_id, coalesce(c.practitioner, ''), k.other, k.met",
    // A session counts once per step and side however many of the side's
    // reasons it gives there, and once per step for any side ('*').
    "INSERT INTO step_day (session_on, step, side, who, other, met, n)
     SELECT k.session_on, f.step, re.side, coalesce(c.practitioner, ''), k.other, k.met,
            count(DISTINCT f.reflection_id)
     FROM session_fact k CROSS JOIN stall_fact f ON f.reflection_id = k.reflection_id
     JOIN reason re ON re.id = f.reason_id
     JOIN \"case\" c ON c.id = k.case_id
     WHERE k.session_on > ?1 AND k.session_on <= ?2
     GROUP BY k.session_on, f.step, re.side, coalesce(c.practitioner, ''), k.other, k.met
     UNION ALL
     SELECT k.session_on, f.step, '*', coalesce(c.practitioner, ''), k.other, k.met,
            count(DISTINCT f.reflection_id)
     FROM session_fact k CROSS JOIN stall_fact f ON f.reflection_id = k.reflection_id
     JOIN \"case\" c ON c.id = k.case_id
     WHERE k.session_on > ?1 AND k.session_on <= ?2
     GROUP BY k.session_on, f.step, coalesce(c.practitioner, ''), k.other, k.met",
];

/// About how many sessions one chunk of days holds.
const DAYS_CHUNK: i64 = 8192;

impl Tx<'_> {
    /// Empties the day summaries and fills them from `session_fact` and
    /// `stall_fact` (which must be right already), a chunk of days at a
    /// time: with the temporary store in memory (no plaintext in a
    /// temporary file), one `GROUP BY` over the whole journal sorted every
    /// session and stall there (1 000 000 reflections: over 100 MB).
    pub(super) fn refill_days(&self) -> Result<()> {
        self.tx.execute_batch(
            "DELETE FROM session_day; DELETE FROM reason_day; DELETE FROM step_day;",
        )?;
        let mut fill = FILL_DAYS
            .iter()
            .map(|sql| self.tx.prepare(sql))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        self.each_day_range("session_fact", "session_on", DAYS_CHUNK, |after, last| {
            for stmt in &mut fill {
                stmt.execute([after, last])?;
            }
            Ok(())
        })?;
        Ok(())
    }
}

/// How far the day summaries are from a recount; 0 when they agree. With
/// `full`, every cell is recounted: the sessions (and the sessions giving a
/// reason, stalling at a step) counted in the wrong cell, or not at all,
/// which at a million reflections takes seconds. Without, the totals are
/// compared (sessions, sessions × reasons given, sessions × steps stalled
/// at), each read in index order, and cells counting nothing are looked
/// for: a count lost or doubled shows, a count in the wrong cell does not.
pub(super) fn day_drift(conn: &rusqlite::Connection, full: bool) -> Result<u64> {
    if !full {
        let off: i64 = conn.query_row(
            "SELECT abs((SELECT coalesce(sum(n), 0) FROM session_day)
                        - (SELECT count(*) FROM session_fact))
                  + abs((SELECT coalesce(sum(n), 0) FROM reason_day)
                        - (SELECT count(*) FROM (SELECT DISTINCT reflection_id, reason_id
                                                 FROM stall_fact)))
                  + abs((SELECT coalesce(sum(n), 0) FROM step_day WHERE side = '*')
                        - (SELECT count(*) FROM (SELECT DISTINCT reflection_id, step
                                                 FROM stall_fact)))
                  + (SELECT count(*) FROM session_day WHERE n <= 0)
                  + (SELECT count(*) FROM reason_day WHERE n <= 0)
                  + (SELECT count(*) FROM step_day WHERE n <= 0)",
            [],
            |r| r.get(0),
        )?;
        return Ok(off as u64);
    }
    let off: i64 = conn.query_row(
        &format!(
            "WITH s(session_on, who, other, met, n) AS ({RAW_SESSION_DAYS}),
                  r(session_on, reason_id, who, other, met, n) AS ({RAW_REASON_DAYS}),
                  t(session_on, step, side, who, other, met, n) AS ({RAW_STEP_DAYS})
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
                  + coalesce((SELECT sum(abs(n)) FROM (
                        SELECT session_on, step, side, who, other, met, sum(n) AS n FROM (
                            SELECT session_on, step, side, who, other, met, n FROM t
                            UNION ALL
                            SELECT session_on, step, side, who, other, met, -n FROM step_day)
                        GROUP BY session_on, step, side, who, other, met)), 0)
                  + (SELECT count(*) FROM step_day WHERE n <= 0)
                  + (SELECT count(*) FROM session_day WHERE n <= 0)
                  + (SELECT count(*) FROM reason_day WHERE n <= 0)"
        ),
        [],
        |r| r.get(0),
    )?;
    Ok(off as u64)
}
