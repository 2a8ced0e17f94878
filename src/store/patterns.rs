//! The SQL aggregates behind `spiegel patterns` and `spiegel prep`.
//!
//! Every query starts from the same `scope` (the reflections in the period,
//! of one case if asked) and lets SQLite count; nothing loads every
//! reflection into memory.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Row, ToSql};

use super::Tx;
use crate::journal::ReflectionId;
use crate::journal::opportunity::Base;
use crate::journal::patterns::{
    Baseline, Pair, PatternQuery, SOURCE_INDIVIDUAL_SHARE, StepRow, raw, share,
};

mod days;
mod opportunity;
mod scope;
mod table;
mod whole;

use days::by_day;
use scope::{CASES_BY_PROBE, CASES_BY_SCAN, cases, facts_sql, scope_sql};

/// A step's row from `number, title_en, title_nl, sessions, cases`; its
/// share is left for the caller.
fn step_row(r: &Row) -> rusqlite::Result<StepRow> {
    Ok(StepRow {
        step: r.get(0)?,
        title_en: r.get(1)?,
        title_nl: r.get(2)?,
        stalls: r.get::<_, i64>(3)? as u64,
        cases: r.get::<_, i64>(4)? as u64,
        opportunities: 0,
        base: Base::All,
        share: 0.0,
    })
}

/// A reason × step pair from `code, step, count, cases`.
fn pair_row(r: &Row) -> rusqlite::Result<Pair> {
    Ok(Pair {
        reason: r.get(0)?,
        step: Some(r.get(1)?),
        resistance: None,
        count: r.get::<_, i64>(2)? as u64,
        cases: r.get::<_, i64>(3)? as u64,
        opportunities: 0,
        rate: None,
        recurring: false,
    })
}

/// The reflections `r` of the practitioner `:who` asks for.
const WHOSE_R: &str = whose!("r.case_id");

/// `:side IS NULL OR …` so that `--side all` needs no other SQL.
const SIDE: &str = "(:side IS NULL OR re.side = :side)";

impl Tx<'_> {
    /// Runs `sql` (which may use `:since`, `:until`, `:case`, `:side`, `:mid`)
    /// and maps every row.
    fn scoped<T>(
        &self,
        sql: &str,
        q: &PatternQuery,
        mid: Option<NaiveDate>,
        map: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        self.scoped_bound(sql, q, mid, &[], map)
    }

    /// [`Tx::scoped`] with extra named parameters.
    fn scoped_bound<T>(
        &self,
        sql: &str,
        q: &PatternQuery,
        mid: Option<NaiveDate>,
        extra: &[(&str, &dyn ToSql)],
        mut map: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        // Dates are stored as YYYY-MM-DD text, so these bound every date.
        let since = q.since.map_or("0000-01-01".into(), |d| d.to_string());
        let until = q.until.map_or("9999-12-31".into(), |d| d.to_string());
        let side = q.side;
        let who = q.whose.key();
        let bindings: [(&str, &dyn ToSql); 7] = [
            (":since", &since),
            (":until", &until),
            (":case", &q.case_id),
            (":side", &side),
            (":mid", &mid),
            (":when", &q.when),
            (":who", &who),
        ];
        let mut stmt = self.tx.prepare_cached(sql)?;
        for &(name, value) in bindings.iter().chain(extra) {
            if let Some(index) = stmt.parameter_index(name)? {
                stmt.raw_bind_parameter(index, value)?;
            }
        }
        let mut rows = stmt.raw_query();
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(map(row)?);
        }
        Ok(out)
    }

    /// `scope_case` as [`cases`] would, but for a period of every case
    /// (no reaction asked) by its sessions, counted per day: a probe per
    /// case when the period holds more sessions than there are cases
    /// (`prep --since 2000-01-01`), the period's sessions when it holds
    /// fewer.
    fn scope_cases(&self, q: &PatternQuery) -> Result<&'static str> {
        if self.whole(q)? {
            return Ok(whole::CASES_BY_SUMMARY);
        }
        if !by_day(q) || (q.since.is_none() && q.until.is_none()) {
            return Ok(cases(q));
        }
        let (sessions, _, _) = self.day_totals(q)?;
        let cases: i64 = self
            .tx
            .prepare_cached("SELECT count(*) FROM \"case\"")?
            .query_row([], |r| r.get(0))?;
        Ok(if sessions > cases as u64 {
            CASES_BY_PROBE
        } else {
            CASES_BY_SCAN
        })
    }

    pub fn pattern_totals(&self, q: &PatternQuery) -> Result<raw::Totals> {
        let scope = scope_sql(q);
        let cases = self.scope_cases(q)?;
        if by_day(q) {
            let (reflections, first, last) = self.day_totals(q)?;
            let sql = format!("{scope}, {cases} SELECT count(*) FROM scope_case");
            let cases = self.scoped(&sql, q, None, |r| r.get::<_, i64>(0))?[0] as u64;
            return Ok(raw::Totals {
                reflections,
                cases,
                first,
                last,
            });
        }
        let sql = format!(
            "{scope}, {cases} SELECT count(*), (SELECT count(*) FROM scope_case),
                    min(session_on), max(session_on) FROM scope"
        );
        let mut rows = self.scoped(&sql, q, None, |r| {
            Ok(raw::Totals {
                reflections: r.get::<_, i64>(0)? as u64,
                cases: r.get::<_, i64>(1)? as u64,
                first: r.get(2)?,
                last: r.get(3)?,
            })
        })?;
        Ok(rows.remove(0))
    }

    /// Reflections up to and including `mid`, and after it.
    pub fn pattern_halves(&self, q: &PatternQuery, mid: NaiveDate) -> Result<(u64, u64)> {
        let scope = scope_sql(q);
        let sql = format!(
            "{scope} SELECT count(*) FILTER (WHERE session_on <= :mid),
                            count(*) FILTER (WHERE session_on > :mid) FROM scope"
        );
        let rows = self.scoped(&sql, q, Some(mid), |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64))
        })?;
        Ok(rows[0])
    }

    /// Per step: reflections that stalled there for a reason on the side,
    /// and their distinct cases. `share` is left for the caller.
    pub fn pattern_steps(&self, q: &PatternQuery) -> Result<Vec<StepRow>> {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        if by_day(q) {
            return self.day_steps(q);
        }
        let sql = format!(
            "{scope}, {facts} SELECT st.number, st.title_en, st.title_nl,
                    count(DISTINCT s.reflection_id), count(DISTINCT s.case_id)
             FROM facts s
             JOIN reason re ON re.id = s.reason_id
             JOIN step st ON st.number = s.step
             WHERE {SIDE}
             GROUP BY s.step ORDER BY s.step"
        );
        self.scoped(&sql, q, None, step_row)
    }

    pub fn pattern_reasons(&self, q: &PatternQuery, mid: NaiveDate) -> Result<Vec<raw::Reason>> {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        if by_day(q) {
            return self.day_reasons(q, mid);
        }
        let sql = format!(
            "{scope}, {facts} SELECT re.code, re.side, re.label_en, re.label_nl,
                    count(DISTINCT s.reflection_id), count(DISTINCT s.case_id),
                    min(s.session_on), max(s.session_on),
                    count(DISTINCT s.reflection_id) FILTER (WHERE s.session_on > :mid)
             FROM facts s
             JOIN reason re ON re.id = s.reason_id
             WHERE {SIDE}
             GROUP BY s.reason_id"
        );
        self.scoped(&sql, q, Some(mid), |r| {
            Ok(raw::Reason {
                code: r.get(0)?,
                side: r.get(1)?,
                label_en: r.get(2)?,
                label_nl: r.get(3)?,
                count: r.get::<_, i64>(4)? as u64,
                cases: r.get::<_, i64>(5)? as u64,
                first: r.get(6)?,
                last: r.get(7)?,
                recent: r.get::<_, i64>(8)? as u64,
            })
        })
    }

    /// Reason × step: reflections and distinct cases.
    pub fn pattern_reason_steps(&self, q: &PatternQuery) -> Result<Vec<Pair>> {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        if self.whole(q)? {
            return self.whole_reason_steps(q);
        }
        let sql = format!(
            "{scope}, {facts} SELECT re.code, s.step, count(*), count(DISTINCT s.case_id)
             FROM facts s
             JOIN reason re ON re.id = s.reason_id
             WHERE {SIDE}
             GROUP BY s.reason_id, s.step"
        );
        self.scoped(&sql, q, None, pair_row)
    }

    /// Reason × resistance reaction met in the same session.
    pub fn pattern_reason_resistance(&self, q: &PatternQuery) -> Result<Vec<Pair>> {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        let sql = format!(
            "{scope}, {facts} SELECT re.code, rr.resistance, count(DISTINCT s.reflection_id),
                    count(DISTINCT s.case_id)
             -- from the (few) resistance rows to their stalls, not the other way
             FROM reflection_resistance rr
             CROSS JOIN facts s ON s.reflection_id = rr.reflection_id
             JOIN reason re ON re.id = s.reason_id
             WHERE {SIDE}
             GROUP BY s.reason_id, rr.resistance"
        );
        self.scoped(&sql, q, None, |r| {
            Ok(Pair {
                reason: r.get(0)?,
                step: None,
                resistance: Some(r.get(1)?),
                count: r.get::<_, i64>(2)? as u64,
                cases: r.get::<_, i64>(3)? as u64,
                opportunities: 0,
                rate: None,
                recurring: false,
            })
        })
    }

    /// Per resistance reaction and case: whether a significant other took
    /// part in a session after the reaction was first met, and how many
    /// individual sessions the case had before that session.
    pub fn pattern_resistance_followup(&self, q: &PatternQuery) -> Result<Vec<raw::Followup>> {
        let met = if self.whole(q)? {
            format!("WITH {}", whole::MET_BY_SUMMARY)
        } else {
            let scope = scope_sql(q);
            format!(
                "{scope},
             met AS (
                SELECT rr.resistance, r.case_id, min(r.session_on) AS first_on
                -- from the (few) resistance rows, not from every reflection
                -- and their sessions' case and date from the narrow summary
                FROM reflection_resistance rr CROSS JOIN session_fact r ON r.reflection_id = rr.reflection_id
                WHERE r.session_on >= :since AND r.session_on <= :until
                  AND (:case IS NULL OR r.case_id = :case) AND {WHOSE_R}
                GROUP BY rr.resistance, r.case_id)"
            )
        };
        let sql = format!(
            "{met},
             joined AS MATERIALIZED (
                SELECT m.resistance, m.case_id,
                       -- the session summary by case, kind and date
                       (SELECT min(k.session_on) FROM session_fact k
                        WHERE k.case_id = m.case_id AND k.other = 1 AND k.session_on > m.first_on)
                       AS other_on
                FROM met m)
             SELECT j.resistance, j.other_on IS NOT NULL,
                    (SELECT count(*) FROM session_fact k
                     WHERE k.case_id = j.case_id AND k.other = 0 AND k.session_on < j.other_on)
             FROM joined j"
        );
        self.scoped(&sql, q, None, |r| {
            Ok(raw::Followup {
                resistance: r.get(0)?,
                joined: r.get(1)?,
                individual_before: r.get::<_, i64>(2)? as u64,
            })
        })
    }

    pub fn pattern_baseline(&self, q: &PatternQuery) -> Result<Baseline> {
        let scope = scope_sql(q);
        let cases = self.scope_cases(q)?;
        let sql = format!(
            "{scope}, {cases} SELECT count(*) FILTER (WHERE c.closed_on IS NOT NULL),
                    coalesce(sum(c.closed_on IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM session_fact k WHERE k.case_id = c.id AND k.other = 1)), 0),
                    count(*) FILTER (WHERE c.closed_on IS NULL)
             FROM scope_case sc JOIN \"case\" c ON c.id = sc.case_id
             WHERE c.cohabiting = 1"
        );
        let (cohabiting, individual, open) = self.scoped(&sql, q, None, |r| {
            Ok((
                r.get::<_, i64>(0)? as u64,
                r.get::<_, i64>(1)? as u64,
                r.get::<_, i64>(2)? as u64,
            ))
        })?[0];
        Ok(Baseline {
            cohabiting_cases: cohabiting,
            individual_only: individual,
            share: share(individual, cohabiting),
            source_share: SOURCE_INDIVIDUAL_SHARE,
            open_cases: open,
        })
    }
}

impl Tx<'_> {
    /// The cases in the period that give reason `code`, with how many of
    /// their reflections do, most first.
    pub fn pattern_reason_cases(&self, q: &PatternQuery, code: &str) -> Result<Vec<(String, u64)>> {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        let sql = format!(
            "{scope}, {facts} SELECT c.name, count(DISTINCT s.reflection_id) AS n
             FROM reason re
             JOIN facts s ON s.reason_id = re.id
             JOIN \"case\" c ON c.id = s.case_id
             WHERE re.code = :code
             GROUP BY s.case_id ORDER BY n DESC, c.name_key"
        );
        self.scoped_with(&sql, q, code, |r| {
            Ok((r.get(0)?, r.get::<_, i64>(1)? as u64))
        })
    }

    /// The most recent reflections in the period that give reason `code`
    /// and have a note: `(id, date, case, note)`.
    pub fn pattern_reason_notes(
        &self,
        q: &PatternQuery,
        code: &str,
        limit: u64,
    ) -> Result<Vec<(ReflectionId, NaiveDate, String, String)>> {
        let scope = scope_sql(q);
        let sql = format!(
            "{scope} SELECT r.id, r.session_on, c.name, r.note
             FROM scope sc
             JOIN reflection r ON r.id = sc.id
             JOIN \"case\" c ON c.id = sc.case_id
             WHERE r.note <> ''
               AND EXISTS (SELECT 1 FROM stall s JOIN reason re ON re.id = s.reason_id
                           WHERE s.reflection_id = sc.id AND re.code = :code)
             ORDER BY r.session_on DESC, r.id DESC
             LIMIT {limit}"
        );
        self.scoped_with(&sql, q, code, |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
    }

    /// Per month (`YYYY-MM`) of the period: all reflections.
    pub fn pattern_months(&self, q: &PatternQuery) -> Result<Vec<(String, u64)>> {
        let scope = scope_sql(q);
        if by_day(q) {
            return self.day_months(q);
        }
        let sql = format!(
            // Per day first (the date index in order), then per month.
            "{scope} SELECT substr(day, 1, 7) AS month, sum(n) FROM (
                SELECT session_on AS day, count(*) AS n FROM scope GROUP BY session_on)
             GROUP BY month ORDER BY month"
        );
        self.scoped(&sql, q, None, |r| {
            Ok((r.get(0)?, r.get::<_, i64>(1)? as u64))
        })
    }

    /// Per month and reason on the side: reflections that give it.
    pub fn pattern_reason_months(&self, q: &PatternQuery) -> Result<Vec<(String, String, u64)>> {
        let scope = scope_sql(q);
        let facts = facts_sql(q);
        if by_day(q) {
            return self.day_reason_months(q);
        }
        let sql = format!(
            "{scope}, {facts} SELECT substr(s.session_on, 1, 7) AS month, re.code,
                    count(DISTINCT s.reflection_id)
             FROM facts s
             JOIN reason re ON re.id = s.reason_id
             WHERE {SIDE}
             GROUP BY month, s.reason_id"
        );
        self.scoped(&sql, q, None, |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64))
        })
    }

    fn scoped_with<T>(
        &self,
        sql: &str,
        q: &PatternQuery,
        code: &str,
        map: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        // `:code` is bound by name like the scope's parameters.
        self.scoped_bound(sql, q, None, &[(":code", &code)], map)
    }
}
