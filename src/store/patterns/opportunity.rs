//! The sessions where a stall could happen (issue 12): every session of the
//! period counted by half and by kind (someone from the system present or
//! not, a resistance reaction met or not), and the stalls counted the same
//! way. The domain turns these few rows into each figure's base.

use anyhow::Result;
use chrono::NaiveDate;

use super::{SIDE, by_day, facts_sql, scope_sql};
use crate::journal::patterns::{PatternQuery, raw};
use crate::store::Tx;

/// The kinds of case [`Tx::pattern_case_kinds`] tells apart: (a session
/// where step 0 was at stake, one with someone from the system).
const KINDS_OF_CASE: [(bool, bool); 4] =
    [(false, false), (false, true), (true, false), (true, true)];

/// Per kind of [`KINDS_OF_CASE`], in its order, three columns: the cases
/// of that kind, those that reached the system on or after their first
/// reflection, and `since_given` summed (on or after the reason's first day).
fn kind_columns(since_given: &str) -> String {
    let not = |yes: bool| if yes { "" } else { "NOT " };
    KINDS_OF_CASE
        .iter()
        .map(|&(step0, conversation)| {
            let of = format!(
                "{}f.step0 AND {}f.conversation",
                not(step0),
                not(conversation)
            );
            format!(
                "count(*) FILTER (WHERE {of}),
                 coalesce(sum(f.system OR f.last_other_on >= f.first_on) FILTER (WHERE {of}), 0),
                 coalesce(sum({since_given}) FILTER (WHERE {of}), 0)"
            )
        })
        .collect::<Vec<_>>()
        .join(",\n")
}

/// Per session of the period: its case and date, whether someone from the
/// system took part (`other`) and whether a resistance reaction was met
/// (`met`), read from the summary kept beside the reflections:
/// one narrow index in order, no probe of `presence` or
/// `reflection_resistance` per session. To follow `WITH` or a comma.
const KINDS: &str = concat!(
    "kind AS (
        SELECT k.reflection_id AS id, k.case_id, k.session_on, k.other, k.met
        FROM session_fact k
        WHERE k.session_on >= :since AND k.session_on <= :until
          AND (:case IS NULL OR k.case_id = :case) AND ",
    whose!("k.case_id"),
    ")"
);

/// Per case of the period (`scope_case`): whether a session of it was an
/// opportunity for step 0 (alone, or with someone from the system and a
/// reaction met), and whether one was with someone from the system. To
/// follow `KINDS` and a comma.
const OFFERED: &str = "offered AS MATERIALIZED (
        SELECT k.case_id, max(NOT k.other OR k.met) AS step0, max(k.other) AS conversation
        FROM kind k GROUP BY k.case_id)";

/// The same by three probes of `session_fact_by_case` per case, for a query
/// of every session of the period (no reaction asked): no pass over every
/// session of it.
const OFFERED_BY_PROBE: &str = "offered AS MATERIALIZED (
        SELECT sc.case_id,
               EXISTS (SELECT 1 FROM session_fact k WHERE k.case_id = sc.case_id AND k.other = 0
                         AND k.session_on >= :since AND k.session_on <= :until)
               OR EXISTS (SELECT 1 FROM session_fact k WHERE k.case_id = sc.case_id AND k.other = 1
                            AND k.session_on >= :since AND k.session_on <= :until AND k.met = 1)
               AS step0,
               EXISTS (SELECT 1 FROM session_fact k WHERE k.case_id = sc.case_id AND k.other = 1
                         AND k.session_on >= :since AND k.session_on <= :until) AS conversation
        FROM scope_case sc)";

/// [`KINDS`] for a query of the sessions where reaction `:when` was met:
/// from that reaction's rows, not from every session of the period.
const KINDS_WHEN: &str = concat!(
    "kind AS (
        SELECT k.reflection_id AS id, k.case_id, k.session_on, k.other, k.met
        FROM reflection_resistance w CROSS JOIN session_fact k ON k.reflection_id = w.reflection_id
        WHERE w.resistance = :when AND k.session_on >= :since AND k.session_on <= :until
          AND (:case IS NULL OR k.case_id = :case) AND ",
    whose!("k.case_id"),
    ")"
);

/// The `kind` CTE that is quick for `q`.
fn kinds(q: &PatternQuery) -> &'static str {
    if q.when.is_some() { KINDS_WHEN } else { KINDS }
}

pub(super) fn bucket(r: &rusqlite::Row, from: usize) -> rusqlite::Result<raw::Bucket> {
    Ok(raw::Bucket {
        late: r.get(from)?,
        other: r.get(from + 1)?,
        met: r.get(from + 2)?,
        count: r.get::<_, i64>(from + 3)? as u64,
    })
}

impl Tx<'_> {
    /// The period's sessions per half (after `mid` or not) and kind.
    pub fn pattern_sessions(&self, q: &PatternQuery, mid: NaiveDate) -> Result<Vec<raw::Bucket>> {
        if by_day(q) {
            return self.day_sessions(q, mid);
        }
        let kinds = kinds(q);
        let sql = format!(
            "WITH {kinds} SELECT session_on > :mid AS late, other, met, count(*)
             FROM kind GROUP BY late, other, met"
        );
        self.scoped(&sql, q, Some(mid), |r| bucket(r, 0))
    }

    /// Per reason on the side: the sessions that give it, per half and kind.
    pub fn pattern_reason_kinds(
        &self,
        q: &PatternQuery,
        mid: NaiveDate,
    ) -> Result<Vec<(String, raw::Bucket)>> {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        if by_day(q) {
            return self.day_reason_kinds(q, mid);
        }
        let sql = format!(
            "{scope}, {facts},
             given AS (SELECT DISTINCT s.reflection_id, s.reason_id, s.session_on
                       FROM facts s JOIN reason re ON re.id = s.reason_id WHERE {SIDE})
             SELECT re.code, g.session_on > :mid AS late,
                    k.other, k.met, count(*)
             FROM given g JOIN session_fact k ON k.reflection_id = g.reflection_id
             JOIN reason re ON re.id = g.reason_id
             GROUP BY g.reason_id, late, k.other, k.met"
        );
        self.scoped(&sql, q, Some(mid), |r| Ok((r.get(0)?, bucket(r, 1)?)))
    }

    /// The sessions that give reason `code`, per half and kind, read from
    /// the reason's stalls.
    pub fn pattern_one_reason_kinds(
        &self,
        q: &PatternQuery,
        mid: NaiveDate,
        code: &str,
    ) -> Result<Vec<raw::Bucket>> {
        if by_day(q) {
            return self.day_one_reason_kinds(q, mid, code);
        }
        // With a reaction asked, from that reaction's sessions (a few in a
        // hundred), each one's stalls by its key: the `CROSS JOIN`s keep
        // that order, or SQLite reads the reason's stalls for every session.
        // Else from the reason's stalls in `stall_fact_by_reason`.
        let given = if q.when.is_some() {
            concat!(
                "SELECT DISTINCT s.reflection_id, s.session_on
                   FROM reflection_resistance w
                   CROSS JOIN stall_fact s ON s.reflection_id = w.reflection_id
                   CROSS JOIN reason re ON re.id = s.reason_id
                   WHERE w.resistance = :when AND re.code = :code
                     AND s.session_on >= :since AND s.session_on <= :until
                     AND (:case IS NULL OR s.case_id = :case) AND ",
                whose!("s.case_id")
            )
        } else {
            concat!(
                "SELECT DISTINCT s.reflection_id, s.session_on
                   FROM reason re JOIN stall_fact s ON s.reason_id = re.id
                   WHERE re.code = :code AND s.session_on >= :since AND s.session_on <= :until
                     AND (:case IS NULL OR s.case_id = :case) AND ",
                whose!("s.case_id")
            )
        };
        let sql = format!(
            "SELECT g.session_on > :mid AS late, k.other, k.met, count(*)
             FROM ({given}) g JOIN session_fact k ON k.reflection_id = g.reflection_id
             GROUP BY late, k.other, k.met"
        );
        self.scoped_bound(&sql, q, Some(mid), &[(":code", &code)], |r| bucket(r, 0))
    }

    /// Per step: the sessions that stalled there (for a reason on the side),
    /// per kind (`late` is always false).
    pub fn pattern_step_kinds(&self, q: &PatternQuery) -> Result<Vec<(u8, raw::Bucket)>> {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        if by_day(q) {
            return self.day_step_kinds(q);
        }
        let sql = format!(
            "{scope}, {facts},
             stalled AS (SELECT DISTINCT s.reflection_id, s.step
                         FROM facts s JOIN reason re ON re.id = s.reason_id WHERE {SIDE})
             SELECT st.step, 0, k.other, k.met, count(*)
             FROM stalled st JOIN session_fact k ON k.reflection_id = st.reflection_id
             GROUP BY st.step, k.other, k.met"
        );
        self.scoped(&sql, q, None, |r| Ok((r.get(0)?, bucket(r, 1)?)))
    }

    /// Per resistance reaction: the period's sessions where it was met.
    pub fn pattern_resistance_sessions(&self, q: &PatternQuery) -> Result<Vec<(String, u64)>> {
        let scope = scope_sql(q);
        // Each reaction's session looked up in the narrow summary, not in
        // the reflections with their notes.
        let sql = if by_day(q) {
            concat!(
                "SELECT rr.resistance, count(*)
                 FROM reflection_resistance rr CROSS JOIN session_fact k
                      ON k.reflection_id = rr.reflection_id
                 WHERE k.session_on >= :since AND k.session_on <= :until AND ",
                whose!("k.case_id"),
                " GROUP BY rr.resistance"
            )
            .to_string()
        } else {
            format!(
                "{scope} SELECT rr.resistance, count(*)
                 FROM reflection_resistance rr CROSS JOIN scope sc ON sc.id = rr.reflection_id
                 GROUP BY rr.resistance"
            )
        };
        self.scoped(&sql, q, None, |r| {
            Ok((r.get(0)?, r.get::<_, i64>(1)? as u64))
        })
    }

    /// The period's cases by what their sessions offered (a session that is
    /// an opportunity for step 0; one with someone from the system present),
    /// with how many reached the system on or after their first reflection
    /// in the period; and per reason on the side, the cases that give it,
    /// the same way.
    pub fn pattern_case_kinds(&self, q: &PatternQuery) -> Result<Vec<raw::CaseKind>> {
        let cases = self.scope_cases(q)?;
        let whole = self.whole(q)?;
        let head = if whole && self.covers(q)? {
            super::whole::CASE_KINDS_ALL.to_string()
        } else if whole {
            super::whole::CASE_KINDS.to_string()
        } else {
            self.case_kinds_head(q, cases)
        };
        // One row for all cases and one per reason, each with the four
        // kinds side by side: grouped by reason alone, in the order the
        // reasons' cases are read, so that no sort holds every
        // (reason, case) row in memory (24 MB at 1 000 000 reflections).
        let all = kind_columns("0");
        let given = kind_columns("f.system OR f.last_other_on >= rc.first_on");
        let sql = format!(
            "{head}
             SELECT NULL, {all} FROM fact f
             UNION ALL
             SELECT re.code, {given}
             FROM reason_case rc JOIN fact f ON f.case_id = rc.case_id
             JOIN reason re ON re.id = rc.reason_id
             GROUP BY rc.reason_id"
        );
        let rows = self.scoped(&sql, q, None, |r| {
            let reason: Option<String> = r.get(0)?;
            let mut kinds = Vec::with_capacity(KINDS_OF_CASE.len());
            for (i, (step0, conversation)) in KINDS_OF_CASE.into_iter().enumerate() {
                let cases = r.get::<_, i64>(1 + 3 * i)? as u64;
                // A kind no case is of is no row, as a `GROUP BY` would give.
                if cases > 0 {
                    kinds.push(raw::CaseKind {
                        reason: reason.clone(),
                        step0,
                        conversation,
                        cases,
                        reached: r.get::<_, i64>(2 + 3 * i)? as u64,
                        reached_since_given: r.get::<_, i64>(3 + 3 * i)? as u64,
                    });
                }
            }
            Ok(kinds)
        })?;
        Ok(rows.into_iter().flatten().collect())
    }

    /// [`Tx::pattern_case_kinds`]'s `WITH` of `fact` and `reason_case`
    /// from the period's sessions and stalls.
    fn case_kinds_head(&self, q: &PatternQuery, cases: &str) -> String {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        let offered = if by_day(q) {
            OFFERED_BY_PROBE.to_string()
        } else {
            format!("{}, {OFFERED}", kinds(q))
        };
        format!(
            "{scope}, {cases}, {offered},
             fact AS MATERIALIZED (
                SELECT sc.case_id, sc.first_on, o.step0, o.conversation,
                       coalesce(c.outcome = 'system-involved', 0) AS system,
                       coalesce((SELECT max(l.session_on) FROM session_fact l
                                 WHERE l.case_id = sc.case_id AND l.other = 1),
                                '') AS last_other_on
                FROM scope_case sc JOIN \"case\" c ON c.id = sc.case_id
                JOIN offered o ON o.case_id = sc.case_id),
             {facts},
             reason_case AS (
                SELECT s.reason_id, s.case_id, min(s.session_on) AS first_on FROM facts s
                JOIN reason re ON re.id = s.reason_id WHERE {SIDE}
                GROUP BY s.reason_id, s.case_id)"
        )
    }

    /// Every reason's usual steps, by code.
    pub fn pattern_usual_steps(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT code, usual_steps FROM reason")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
