//! The distinct-case figures over a period holding most of the journal,
//! read from the case summaries (`case_kind`, `case_reason`,
//! `case_reason_step`, `case_reaction`) instead of every session and stall of it (issue 15):
//! a row per case, whatever the journal's size.
//!
//! A case whose sessions all lie in the period counts as the summary says;
//! one with sessions outside it is looked up in the fact tables' indexes,
//! bounded by its key (its first day in the period, whether it stalled
//! there). Over the whole journal nothing is looked up. So the figures are
//! exact for any period; a period holding less than half of the sessions is
//! read from its own sessions and stalls, as before.

use anyhow::Result;

use super::{SIDE, by_day};
use crate::journal::patterns::{Pair, PatternQuery};
use crate::store::Tx;

/// `scope_case` from `case_kind`: every case with a session in the period,
/// its first day in it, and whether all its sessions lie in it (`all_in`).
/// To follow `WITH` and a CTE, after a comma.
macro_rules! cases_by_summary {
    () => {
        concat!(
            "scope_case AS MATERIALIZED (
        SELECT case_id, first_on, all_in FROM (
            SELECT k.case_id,
                   CASE WHEN min(k.first_on) >= :since
                        THEN CASE WHEN min(k.first_on) <= :until THEN min(k.first_on) END
                        ELSE (SELECT min(r.session_on) FROM reflection r
                              WHERE r.case_id = k.case_id
                                AND r.session_on >= :since AND r.session_on <= :until)
                   END AS first_on,
                   min(k.first_on) >= :since AND max(k.last_on) <= :until AS all_in
            FROM case_kind k WHERE ",
            whose!("k.case_id"),
            " GROUP BY k.case_id)
        WHERE first_on IS NOT NULL)"
        )
    };
}

/// Per reason and case of `case_reason`, the first day in the period it was
/// given (NULL: not in it), for the reasons `$side` (a condition on `re`
/// followed by `AND`) of the cases `:who` asks for.
macro_rules! reason_cases {
    ($side:literal) => {
        concat!(
            "SELECT s.reason_id, s.case_id,
                    CASE WHEN s.first_on >= :since
                         THEN CASE WHEN s.first_on <= :until THEN s.first_on END
                         ELSE (SELECT min(f.session_on) FROM stall_fact f
                               WHERE f.reason_id = s.reason_id AND f.case_id = s.case_id
                                 AND f.session_on >= :since AND f.session_on <= :until)
                    END AS first_on
             FROM case_reason s JOIN reason re ON re.id = s.reason_id
             WHERE ",
            $side,
            whose!("s.case_id")
        )
    };
}

pub(super) const CASES_BY_SUMMARY: &str = cases_by_summary!();

/// [`Tx::pattern_case_kinds`]'s `WITH` of `fact` and `reason_case` from
/// the case summaries: per case what its sessions in the period offered and
/// its last session with someone from the system; per reason and case the
/// first day in the period it was given.
pub(super) const CASE_KINDS: &str = concat!(
    "WITH ",
    cases_by_summary!(),
    ",
     fact AS MATERIALIZED (
        SELECT sc.case_id, sc.first_on,
               CASE WHEN sc.all_in THEN max(k.other = 0 OR k.met > 0)
                    ELSE EXISTS (SELECT 1 FROM session_fact x WHERE x.case_id = sc.case_id AND x.other = 0
                                   AND x.session_on >= :since AND x.session_on <= :until)
                         OR EXISTS (SELECT 1 FROM session_fact x WHERE x.case_id = sc.case_id AND x.other = 1
                                      AND x.session_on >= :since AND x.session_on <= :until AND x.met = 1)
               END AS step0,
               CASE WHEN sc.all_in THEN max(k.other)
                    ELSE EXISTS (SELECT 1 FROM session_fact x WHERE x.case_id = sc.case_id AND x.other = 1
                                   AND x.session_on >= :since AND x.session_on <= :until)
               END AS conversation,
               coalesce(c.outcome = 'system-involved', 0) AS system,
               coalesce(max(CASE WHEN k.other = 1 THEN k.last_on END), '') AS last_other_on
        FROM scope_case sc JOIN \"case\" c ON c.id = sc.case_id
        JOIN case_kind k ON k.case_id = sc.case_id
        GROUP BY sc.case_id),
     reason_case AS (
        SELECT reason_id, case_id, first_on FROM (",
    reason_cases!("(:side IS NULL OR re.side = :side) AND "),
    ") WHERE first_on IS NOT NULL)"
);

/// [`CASE_KINDS`] over a period holding every session: no look-up.
pub(super) const CASE_KINDS_ALL: &str = concat!(
    "WITH fact AS MATERIALIZED (
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

/// The follow-up's `met` from `case_reaction`: per reaction and case, the
/// first day in the period it was met; a case whose first such day lies
/// before the period is looked up in its own sessions. To follow a comma.
pub(super) const MET_BY_SUMMARY: &str = concat!(
    "met AS (
        SELECT resistance, case_id, first_on FROM (
            SELECT c.resistance, c.case_id,
                   CASE WHEN c.first_on >= :since
                        THEN CASE WHEN c.first_on <= :until THEN c.first_on END
                        ELSE (SELECT min(k.session_on) FROM session_fact k
                              CROSS JOIN reflection_resistance rr
                                  ON rr.reflection_id = k.reflection_id AND rr.resistance = c.resistance
                              WHERE k.case_id = c.case_id
                                AND k.session_on >= :since AND k.session_on <= :until)
                   END AS first_on
            FROM case_reaction c WHERE ",
    whose!("c.case_id"),
    ")
        WHERE first_on IS NOT NULL)"
);

impl Tx<'_> {
    /// Whether the case summaries answer `q` quicker than the period's
    /// stalls: every case (one's own or a practitioner's), no reaction, and
    /// a period holding at least half of the journal's sessions.
    pub(super) fn whole(&self, q: &PatternQuery) -> Result<bool> {
        if !by_day(q) {
            return Ok(false);
        }
        let since = q.since.map_or("0000-01-01".into(), |d| d.to_string());
        let until = q.until.map_or("9999-12-31".into(), |d| d.to_string());
        self.mostly_in(&since, &until)
    }

    /// Whether `q`'s period holds every session of the journal.
    pub(super) fn covers(&self, q: &PatternQuery) -> Result<bool> {
        let since = q.since.map_or("0000-01-01".into(), |d| d.to_string());
        let until = q.until.map_or("9999-12-31".into(), |d| d.to_string());
        self.covers_all(&since, &until)
    }

    /// [`Tx::pattern_reason_steps`] from `case_reason_step`: a case whose
    /// sessions all lie in the period counts its stalls there, another
    /// counts them in the index of `stall_fact`.
    pub(super) fn whole_reason_steps(&self, q: &PatternQuery) -> Result<Vec<Pair>> {
        if self.covers(q)? {
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
            return self.scoped(&sql, q, None, super::pair_row);
        }
        let sql = format!(
            concat!(
                "WITH span AS MATERIALIZED (
                    SELECT k.case_id, min(k.first_on) AS first_on, max(k.last_on) AS last_on
                    FROM case_kind k GROUP BY k.case_id)
                 SELECT code, step, sum(n), count(*) FROM (
                    SELECT re.code, s.reason_id, s.step,
                           CASE WHEN p.first_on >= :since AND p.last_on <= :until THEN s.n
                                WHEN p.first_on > :until OR p.last_on < :since THEN 0
                                ELSE (SELECT count(*) FROM stall_fact f
                                      WHERE f.reason_id = s.reason_id AND f.case_id = s.case_id
                                        AND f.session_on >= :since AND f.session_on <= :until
                                        AND f.step = s.step)
                           END AS n
                    FROM case_reason_step s JOIN reason re ON re.id = s.reason_id
                    JOIN span p ON p.case_id = s.case_id
                    WHERE {SIDE} AND ",
                whose!("s.case_id"),
                ") WHERE n > 0 GROUP BY reason_id, step"
            ),
            SIDE = SIDE
        );
        self.scoped(&sql, q, None, super::pair_row)
    }

    /// Per reason, its cases in the period, from `case_reason`.
    pub(super) fn whole_reason_cases(&self, q: &PatternQuery) -> Result<Vec<(String, u64)>> {
        let sql = concat!(
            "SELECT re.code, count(*) FROM (",
            reason_cases!(""),
            ") g JOIN reason re ON re.id = g.reason_id
             WHERE g.first_on IS NOT NULL GROUP BY g.reason_id"
        );
        self.scoped(sql, q, None, |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })
    }
}
