//! `session_day`, `reason_day` and `step_day`: the sessions, those giving
//! each reason and those stalling at each step, counted per day,
//! practitioner and kind; kept by triggers
//! beside `session_fact` and `stall_fact`, checked and rebuilt like them
//! (issue 15: `patterns` and `prep` over a long period at 1 000 000).

use anyhow::Result;

use super::Tx;
use super::day_chunks::each_day_range;

/// Each day summary: its table, its cells' key columns, and what it must
/// hold for the days after `?1` up to `?2`. Each statement reads those days'
/// sessions through `session_fact_by_date` and their stalls by reflection,
/// so that what it sorts is a chunk of days, not the journal.
const DAYS: &[(&str, &str, &str)] = &[
    // The sessions per day, practitioner and kind.
    (
        "session_day",
        "session_on, who, other, met",
        "SELECT k.session_on, coalesce(c.practitioner, ''), k.other, k.met, count(*)
         FROM session_fact k JOIN \"case\" c ON c.id = k.case_id
         WHERE k.session_on > ?1 AND k.session_on <= ?2
         GROUP BY k.session_on, coalesce(c.practitioner, ''), k.other, k.met",
    ),
    // Per day, reason, practitioner and kind, the sessions that give the
    // reason (at one step or more).
    (
        "reason_day",
        "session_on, reason_id, who, other, met",
        "SELECT k.session_on, f.reason_id, coalesce(c.practitioner, ''), k.other, k.met,
                count(DISTINCT f.reflection_id)
         FROM session_fact k CROSS JOIN stall_fact f ON f.reflection_id = k.reflection_id
         JOIN \"case\" c ON c.id = k.case_id
         WHERE k.session_on > ?1 AND k.session_on <= ?2
         GROUP BY k.session_on, f.reason_id, coalesce(c.practitioner, ''), k.other, k.met",
    ),
    // Per day, step, side, practitioner and kind, the sessions that stalled
    // at the step for a reason of the side: once per step and side however
    // many of the side's reasons they give there, and once per step for any
    // side ('*').
    (
        "step_day",
        "session_on, step, side, who, other, met",
        "SELECT k.session_on, f.step, re.side, coalesce(c.practitioner, ''), k.other, k.met,
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
    ),
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
        let mut fill = DAYS
            .iter()
            .map(|(table, keys, want)| {
                self.tx
                    .prepare(&format!("INSERT INTO {table} ({keys}, n) {want}"))
            })
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
    // Cell by cell, a chunk of days at a time (the temporary store is in
    // memory: over the whole journal at once this held every cell twice).
    let mut recount = DAYS
        .iter()
        .map(|(table, keys, want)| {
            conn.prepare(&format!(
                "WITH want({keys}, n) AS ({want})
                 SELECT coalesce(sum(abs(n)), 0) FROM (
                     SELECT {keys}, sum(n) AS n FROM (
                         SELECT {keys}, n FROM want
                         UNION ALL
                         SELECT {keys}, -n FROM {table} WHERE session_on > ?1 AND session_on <= ?2)
                     GROUP BY {keys})"
            ))
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut off: i64 = 0;
    each_day_range(
        conn,
        "session_fact",
        "session_on",
        DAYS_CHUNK,
        |after, last| {
            for stmt in &mut recount {
                off += stmt.query_row([after, last], |r| r.get::<_, i64>(0))?;
            }
            Ok(())
        },
    )?;
    off += conn.query_row(
        "SELECT (SELECT count(*) FROM step_day WHERE n <= 0)
              + (SELECT count(*) FROM session_day WHERE n <= 0)
              + (SELECT count(*) FROM reason_day WHERE n <= 0)",
        [],
        |r| r.get::<_, i64>(0),
    )?;
    Ok(off as u64)
}
