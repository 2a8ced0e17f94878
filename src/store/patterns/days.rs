//! The pattern figures that count sessions, read from the day summaries
//! (`session_day`, `reason_day`) instead of every session and stall of the
//! period (issue 15): a few rows per day, whatever the journal's size.
//!
//! They serve a query over a period (all time included) of every case, one's
//! own or one practitioner's; one case, or the sessions where a reaction was
//! met, are fewer rows, read as before.

use anyhow::Result;
use chrono::NaiveDate;

use super::SIDE;
use crate::journal::patterns::{PatternQuery, StepRow, raw};
use crate::store::Tx;

/// Whether the day summaries answer `q`: they hold no case and no reaction.
pub(super) fn by_day(q: &PatternQuery) -> bool {
    q.case_id.is_none() && q.when.is_none()
}

/// The days of the period, of the practitioner `:who` asks for, in
/// `session_day` or `reason_day` as `d`.
const DAYS: &str = "d.session_on >= :since AND d.session_on <= :until
      AND (:who IS NULL OR d.who = :who)";

impl Tx<'_> {
    /// [`Tx::pattern_sessions`] from `session_day`.
    pub(super) fn day_sessions(
        &self,
        q: &PatternQuery,
        mid: NaiveDate,
    ) -> Result<Vec<raw::Bucket>> {
        let sql = format!(
            "SELECT d.session_on > :mid AS late, d.other, d.met, sum(d.n)
             FROM session_day d WHERE {DAYS}
             GROUP BY late, d.other, d.met"
        );
        self.scoped(&sql, q, Some(mid), |r| super::opportunity::bucket(r, 0))
    }

    /// The period's sessions, first and last day, from `session_day`.
    pub(super) fn day_totals(
        &self,
        q: &PatternQuery,
    ) -> Result<(u64, Option<NaiveDate>, Option<NaiveDate>)> {
        let sql = format!(
            "SELECT coalesce(sum(d.n), 0), min(d.session_on), max(d.session_on)
             FROM session_day d WHERE {DAYS}"
        );
        let rows = self.scoped(&sql, q, None, |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get(1)?, r.get(2)?))
        })?;
        Ok(rows[0])
    }

    /// [`Tx::pattern_months`] from `session_day`.
    pub(super) fn day_months(&self, q: &PatternQuery) -> Result<Vec<(String, u64)>> {
        let sql = format!(
            "SELECT substr(d.session_on, 1, 7) AS month, sum(d.n)
             FROM session_day d WHERE {DAYS}
             GROUP BY month ORDER BY month"
        );
        self.scoped(&sql, q, None, |r| {
            Ok((r.get(0)?, r.get::<_, i64>(1)? as u64))
        })
    }

    /// [`Tx::pattern_reason_kinds`] from `reason_day`.
    pub(super) fn day_reason_kinds(
        &self,
        q: &PatternQuery,
        mid: NaiveDate,
    ) -> Result<Vec<(String, raw::Bucket)>> {
        let sql = format!(
            "SELECT re.code, d.session_on > :mid AS late, d.other, d.met, sum(d.n)
             FROM reason_day d JOIN reason re ON re.id = d.reason_id
             WHERE {DAYS} AND {SIDE}
             GROUP BY d.reason_id, late, d.other, d.met"
        );
        self.scoped(&sql, q, Some(mid), |r| {
            Ok((r.get(0)?, super::opportunity::bucket(r, 1)?))
        })
    }

    /// [`Tx::pattern_one_reason_kinds`] from `reason_day`.
    pub(super) fn day_one_reason_kinds(
        &self,
        q: &PatternQuery,
        mid: NaiveDate,
        code: &str,
    ) -> Result<Vec<raw::Bucket>> {
        let sql = format!(
            "SELECT d.session_on > :mid AS late, d.other, d.met, sum(d.n)
             FROM reason re JOIN reason_day d ON d.reason_id = re.id
             WHERE re.code = :code AND {DAYS}
             GROUP BY late, d.other, d.met"
        );
        self.scoped_bound(&sql, q, Some(mid), &[(":code", &code)], |r| {
            super::opportunity::bucket(r, 0)
        })
    }

    /// [`Tx::pattern_reason_months`] from `reason_day`.
    pub(super) fn day_reason_months(&self, q: &PatternQuery) -> Result<Vec<(String, String, u64)>> {
        let sql = format!(
            "SELECT substr(d.session_on, 1, 7) AS month, re.code, sum(d.n)
             FROM reason_day d JOIN reason re ON re.id = d.reason_id
             WHERE {DAYS} AND {SIDE}
             GROUP BY month, d.reason_id"
        );
        self.scoped(&sql, q, None, |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64))
        })
    }

    /// Per reason on the side: the sessions that give it, the first and
    /// last day, and those after `mid`, from `reason_day`; by reason id.
    pub(super) fn day_reasons(&self, q: &PatternQuery, mid: NaiveDate) -> Result<Vec<raw::Reason>> {
        let sql = format!(
            "SELECT re.code, re.side, re.label_en, re.label_nl,
                    sum(d.n), min(d.session_on), max(d.session_on),
                    coalesce(sum(d.n) FILTER (WHERE d.session_on > :mid), 0)
             FROM reason_day d JOIN reason re ON re.id = d.reason_id
             WHERE {DAYS} AND {SIDE}
             GROUP BY d.reason_id"
        );
        let mut reasons = self.scoped(&sql, q, Some(mid), |r| {
            Ok(raw::Reason {
                code: r.get(0)?,
                side: r.get(1)?,
                label_en: r.get(2)?,
                label_nl: r.get(3)?,
                count: r.get::<_, i64>(4)? as u64,
                cases: 0,
                first: r.get(5)?,
                last: r.get(6)?,
                recent: r.get::<_, i64>(7)? as u64,
            })
        })?;
        // The distinct cases: per reason, its cases in the order of the
        // reason's index, counted without a sort; over the whole journal,
        // its rows in the case summary.
        let cases = if self.whole(q)? {
            self.whole_reason_cases(q)?
        } else {
            self.period_reason_cases(q)?
        };
        for reason in &mut reasons {
            if let Some((_, n)) = cases.iter().find(|(code, _)| *code == reason.code) {
                reason.cases = *n;
            }
        }
        Ok(reasons)
    }

    /// Per reason, its distinct cases in the period, from `stall_fact`.
    fn period_reason_cases(&self, q: &PatternQuery) -> Result<Vec<(String, u64)>> {
        let sql = concat!(
            "SELECT re.code, count(DISTINCT f.case_id)
             FROM reason re JOIN stall_fact f ON f.reason_id = re.id
             WHERE f.session_on >= :since AND f.session_on <= :until AND ",
            whose!("f.case_id"),
            " GROUP BY f.reason_id"
        );
        self.scoped(sql, q, None, |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })
    }

    /// [`Tx::pattern_step_kinds`] from `step_day`.
    pub(super) fn day_step_kinds(&self, q: &PatternQuery) -> Result<Vec<(u8, raw::Bucket)>> {
        let sql = format!(
            "SELECT d.step, 0, d.other, d.met, sum(d.n)
             FROM step_day d WHERE {DAYS} AND d.side = coalesce(:side, '*')
             GROUP BY d.step, d.other, d.met"
        );
        self.scoped(&sql, q, None, |r| {
            Ok((r.get(0)?, super::opportunity::bucket(r, 1)?))
        })
    }

    /// [`Tx::pattern_steps`]: the sessions from `step_day`, their distinct
    /// cases from `stall_fact_by_step` in order.
    pub(super) fn day_steps(&self, q: &PatternQuery) -> Result<Vec<StepRow>> {
        let sql = format!(
            concat!(
                "WITH stalled AS (
                    SELECT d.step, sum(d.n) AS n FROM step_day d
                    WHERE {DAYS} AND d.side = coalesce(:side, '*') GROUP BY d.step),
                 cases AS (
                    SELECT f.step, count(DISTINCT f.case_id) AS n
                    FROM stall_fact f JOIN reason re ON re.id = f.reason_id
                    WHERE f.session_on >= :since AND f.session_on <= :until AND {SIDE} AND ",
                whose!("f.case_id"),
                " GROUP BY f.step)
                 SELECT st.number, st.title_en, st.title_nl, s.n, c.n
                 FROM stalled s JOIN cases c ON c.step = s.step JOIN step st ON st.number = s.step
                 ORDER BY s.step"
            ),
            DAYS = DAYS,
            SIDE = SIDE
        );
        self.scoped(&sql, q, None, super::step_row)
    }
}
