//! `case_reason`, `case_reason_step` and `case_kind`: the cases counted per
//! reason, step and kind, kept by triggers beside `stall_fact` and
//! `session_fact` (schema file `case_summary`), and `case_reaction`, the
//! sessions per resistance reaction and case (schema file `case_reaction`);
//! checked and rebuilt like the day summaries (issue 15: the distinct cases
//! and the reactions' follow-up of `patterns` and `prep` over the whole
//! journal read a row per case, not every stall and reaction).

use anyhow::Result;

use super::Tx;

/// What `case_reason` must hold: per reason and case, the sessions giving
/// it and the first day one did.
const RAW_CASE_REASONS: &str =
    "SELECT f.reason_id, f.case_id, count(DISTINCT f.reflection_id), min(f.session_on)
     FROM stall_fact f GROUP BY f.reason_id, f.case_id";

/// What `case_reason_step` must hold: per reason, step and case, the stalls.
const RAW_CASE_REASON_STEPS: &str = "SELECT f.reason_id, f.step, f.case_id, count(*)
     FROM stall_fact f GROUP BY f.step, f.case_id, f.reason_id";

/// What `case_kind` must hold: per case and kind, the sessions, those where
/// a reaction was met, the first and last day.
const RAW_CASE_KINDS: &str =
    "SELECT k.case_id, k.other, count(*), sum(k.met), min(k.session_on), max(k.session_on)
     FROM session_fact k GROUP BY k.case_id, k.other";

/// What `case_reaction` must hold: per reaction and case, the sessions
/// where it was met and the first day it was.
const RAW_CASE_REACTIONS: &str = "SELECT rr.resistance, k.case_id, count(*), min(k.session_on)
     FROM reflection_resistance rr CROSS JOIN session_fact k ON k.reflection_id = rr.reflection_id
     GROUP BY rr.resistance, k.case_id";

/// How many cases' reactions [`Tx::refill_cases`] counts a statement.
const CASES_CHUNK: usize = 1024;

impl Tx<'_> {
    /// Empties the case summaries and fills them from `stall_fact` and
    /// `session_fact` (which must be right already).
    pub(super) fn refill_cases(&self) -> Result<()> {
        self.tx.execute_batch(&format!(
            "DELETE FROM case_reason;
             INSERT INTO case_reason (reason_id, case_id, n, first_on) {RAW_CASE_REASONS};
             DELETE FROM case_reason_step;
             INSERT INTO case_reason_step (reason_id, step, case_id, n) {RAW_CASE_REASON_STEPS};
             DELETE FROM case_kind;
             INSERT INTO case_kind (case_id, other, n, met, first_on, last_on) {RAW_CASE_KINDS};
             DELETE FROM case_reaction;"
        ))?;
        // A chunk of cases a statement, read through the sessions' index
        // by case: no statement sorts every reaction of the journal.
        let last: i64 =
            self.tx
                .query_row("SELECT coalesce(max(id), 0) FROM \"case\"", [], |r| {
                    r.get(0)
                })?;
        let mut fill = self.tx.prepare(
            "INSERT INTO case_reaction (resistance, case_id, n, first_on)
             SELECT rr.resistance, k.case_id, count(*), min(k.session_on)
             FROM session_fact k CROSS JOIN reflection_resistance rr ON rr.reflection_id = k.reflection_id
             WHERE k.case_id > ?1 AND k.case_id <= ?2
             GROUP BY rr.resistance, k.case_id",
        )?;
        for from in (0..last).step_by(CASES_CHUNK) {
            fill.execute([from, from + CASES_CHUNK as i64])?;
        }
        Ok(())
    }
}

/// How far the case summaries are from a recount; 0 when they agree. With
/// `full`, row by row: each row missing, extra or different counts one.
/// Without, the totals (stalls, sessions) and rows counting nothing.
pub(super) fn case_drift(conn: &rusqlite::Connection, full: bool) -> Result<u64> {
    if !full {
        let off: i64 = conn.query_row(
            "SELECT abs((SELECT coalesce(sum(n), 0) FROM case_reason_step)
                        - (SELECT count(*) FROM stall_fact))
                  + abs((SELECT coalesce(sum(n), 0) FROM case_kind)
                        - (SELECT count(*) FROM session_fact))
                  + abs((SELECT coalesce(sum(n), 0) FROM case_reaction)
                        - (SELECT count(*) FROM reflection_resistance rr
                           CROSS JOIN session_fact k ON k.reflection_id = rr.reflection_id))
                  + (SELECT count(*) FROM case_reason WHERE n <= 0)
                  + (SELECT count(*) FROM case_reason_step WHERE n <= 0)
                  + (SELECT count(*) FROM case_kind WHERE n <= 0)
                  + (SELECT count(*) FROM case_reaction WHERE n <= 0)",
            [],
            |r| r.get(0),
        )?;
        return Ok(off as u64);
    }
    let off: i64 = conn.query_row(
        &format!(
            "SELECT (SELECT count(*) FROM (
                        SELECT * FROM ({RAW_CASE_REASONS}) EXCEPT SELECT * FROM case_reason))
                  + (SELECT count(*) FROM (
                        SELECT * FROM case_reason EXCEPT SELECT * FROM ({RAW_CASE_REASONS})))
                  + (SELECT count(*) FROM (
                        SELECT * FROM ({RAW_CASE_REASON_STEPS}) EXCEPT SELECT * FROM case_reason_step))
                  + (SELECT count(*) FROM (
                        SELECT * FROM case_reason_step EXCEPT SELECT * FROM ({RAW_CASE_REASON_STEPS})))
                  + (SELECT count(*) FROM (
                        SELECT * FROM ({RAW_CASE_KINDS}) EXCEPT SELECT * FROM case_kind))
                  + (SELECT count(*) FROM (
                        SELECT * FROM case_kind EXCEPT SELECT * FROM ({RAW_CASE_KINDS})))
                  + (SELECT count(*) FROM (
                        SELECT * FROM ({RAW_CASE_REACTIONS}) EXCEPT SELECT * FROM case_reaction))
                  + (SELECT count(*) FROM (
                        SELECT * FROM case_reaction EXCEPT SELECT * FROM ({RAW_CASE_REACTIONS})))"
        ),
        [],
        |r| r.get(0),
    )?;
    Ok(off as u64)
}

impl Tx<'_> {
    /// Whether the period from `since` to `until` (dates as stored,
    /// `YYYY-MM-DD`) holds at least half of the journal's sessions: then the
    /// case summaries, with a look-up for each case that has sessions outside
    /// it, answer quicker than the period's own sessions and stalls.
    pub(super) fn mostly_in(&self, since: &str, until: &str) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT 2 * coalesce(sum(n) FILTER (WHERE session_on >= ?1 AND session_on <= ?2), 0)
                        >= coalesce(sum(n), 0)
                 FROM session_day",
            )?
            .query_row([since, until], |r| r.get(0))?)
    }

    /// Whether every session of the journal lies from `since` to `until`:
    /// then no case needs a look-up.
    pub(super) fn covers_all(&self, since: &str, until: &str) -> Result<bool> {
        let (first, last): (Option<String>, Option<String>) = self
            .tx
            .prepare_cached("SELECT min(session_on), max(session_on) FROM session_day")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(first.is_none_or(|f| since <= f.as_str()) && last.is_none_or(|l| until >= l.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::store::migrate;

    /// `case_reaction` follows every write to a session's reactions and to
    /// its case and day, through each of schema 020's triggers, including
    /// the updates no command makes today (a row changed in place).
    #[test]
    fn the_reactions_summary_follows_each_trigger() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate::migrate(&mut conn).unwrap();
        let in_step = |conn: &Connection, after: &str| {
            assert_eq!(super::case_drift(conn, true).unwrap(), 0, "after {after}");
            assert_eq!(super::case_drift(conn, false).unwrap(), 0, "after {after}");
        };
        let steps = [
            (
                "two cases, three sessions",
                "INSERT INTO \"case\" (id, uuid, name, name_key, opened_on, created_at, updated_at)
                     VALUES (1, 'c1', 'John', 'john', '2026-01-01', 't', 't'),
                            (2, 'c2', 'Anna', 'anna', '2026-01-01', 't', 't');
                 INSERT INTO reflection (id, uuid, case_id, session_on, created_at, updated_at)
                     VALUES (7, 'r7', 1, '2026-02-03', 't', 't'),
                            (8, 'r8', 1, '2026-02-05', 't', 't'),
                            (9, 'r9', 2, '2026-02-04', 't', 't');",
            ),
            (
                "reactions met",
                "INSERT INTO reflection_resistance (reflection_id, resistance)
                     VALUES (7, 'no-one-left'), (8, 'no-one-left'), (8, 'they-wont-come'),
                            (9, 'no-one-left');",
            ),
            (
                "a reaction changed in place",
                "UPDATE reflection_resistance SET resistance = 'my-own-problem'
                 WHERE reflection_id = 7 AND resistance = 'no-one-left';",
            ),
            (
                "a session moved to another case and day",
                "UPDATE reflection SET case_id = 2, session_on = '2026-01-30' WHERE id = 8;",
            ),
            (
                "a session's summary row changed in place",
                "UPDATE session_fact SET case_id = 1, session_on = '2026-02-06' WHERE reflection_id = 8;",
            ),
            (
                "a reaction taken off",
                "DELETE FROM reflection_resistance WHERE reflection_id = 8 AND resistance = 'no-one-left';",
            ),
            ("a session deleted", "DELETE FROM reflection WHERE id = 9;"),
        ];
        for (after, sql) in steps {
            conn.execute_batch(sql).unwrap();
            in_step(&conn, after);
        }
        let kept: Vec<(String, i64, i64, String)> = conn
            .prepare("SELECT resistance, case_id, n, first_on FROM case_reaction ORDER BY 1, 2")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            kept,
            [
                ("my-own-problem".into(), 1, 1, "2026-02-03".into()),
                ("they-wont-come".into(), 1, 1, "2026-02-06".into()),
            ]
        );
    }
}
