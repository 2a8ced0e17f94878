//! The distinct-case figures over the whole journal, read from the case
//! summaries (`case_kind`, `case_reason`, `case_reason_step`) instead of
//! every session and stall of it (issue 15): a row per case, whatever the
//! journal's size.
//!
//! They answer exactly only when the period holds every session of the
//! journal (all time, or `prep --since 2000-01-01`) and the query asks for
//! no case and no reaction; any other query is read as before.

use anyhow::Result;

use super::{SIDE, by_day};
use crate::journal::patterns::{Pair, PatternQuery};
use crate::store::Tx;

/// `scope_case` (every case with a session, and its first day) from
/// `case_kind`. To follow `WITH` and a CTE, after a comma.
pub(super) const CASES_BY_SUMMARY: &str = concat!(
    "scope_case AS MATERIALIZED (
        SELECT k.case_id, min(k.first_on) AS first_on FROM case_kind k
        WHERE ",
    whose!("k.case_id"),
    " GROUP BY k.case_id)"
);

/// [`Tx::pattern_case_kinds`]'s `fact` and `reason_case` from the case
/// summaries: per case its first day, what its sessions offered and its
/// last session with someone from the system; per reason and case the
/// first day it was given. To follow `WITH`.
pub(super) const CASE_KINDS: &str = concat!(
    "fact AS MATERIALIZED (
        SELECT k.case_id, min(k.first_on) AS first_on,
               max(k.other = 0 OR k.met > 0) AS step0, max(k.other) AS conversation,
               coalesce(c.outcome = 'system-involved', 0) AS system,
               coalesce(max(CASE WHEN k.other = 1 THEN k.last_on END), '') AS last_other_on
        FROM case_kind k JOIN \"case\" c ON c.id = k.case_id
        WHERE ",
    whose!("k.case_id"),
    " GROUP BY k.case_id),
     reason_case AS (
        SELECT s.reason_id, s.case_id, s.first_on FROM case_reason s
        JOIN reason re ON re.id = s.reason_id
        WHERE (:side IS NULL OR re.side = :side) AND ",
    whose!("s.case_id"),
    ")"
);

impl Tx<'_> {
    /// Whether the case summaries answer `q`: every case (one's own or a
    /// practitioner's), no reaction, and a period holding every session.
    pub(super) fn whole(&self, q: &PatternQuery) -> Result<bool> {
        if !by_day(q) {
            return Ok(false);
        }
        let since = q.since.map_or("0000-01-01".into(), |d| d.to_string());
        let until = q.until.map_or("9999-12-31".into(), |d| d.to_string());
        self.covers_all(&since, &until)
    }

    /// [`Tx::pattern_reason_steps`] from `case_reason_step`: its stalls
    /// summed, its rows (one per case) counted.
    pub(super) fn whole_reason_steps(&self, q: &PatternQuery) -> Result<Vec<Pair>> {
        let sql = format!(
            concat!(
                "SELECT re.code, s.step, sum(s.n), count(*)
                 FROM case_reason_step s JOIN reason re ON re.id = s.reason_id
                 WHERE {SIDE} AND ",
                whose!("s.case_id"),
                " GROUP BY s.reason_id, s.step"
            ),
            SIDE = SIDE
        );
        self.scoped(&sql, q, None, super::pair_row)
    }

    /// Per reason, its cases over the whole journal, from `case_reason`.
    pub(super) fn whole_reason_cases(&self, q: &PatternQuery) -> Result<Vec<(String, u64)>> {
        let sql = concat!(
            "SELECT re.code, count(*)
             FROM reason re JOIN case_reason f ON f.reason_id = re.id
             WHERE ",
            whose!("f.case_id"),
            " GROUP BY f.reason_id"
        );
        self.scoped(sql, q, None, |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })
    }
}
