//! The SQL behind `spiegel prep` that the pattern queries do not give: the
//! questions to carry over, the reasons the page follows as threads, and the
//! material for its excerpts.
//!
//! Every query here is bounded whatever the journal's size: lists come with
//! a `LIMIT` and a count, and excerpts are found per reason and per case
//! through `stall_fact_by_reason`; notes are read only for the reflections
//! chosen.
//!
//! The page is one's own: records of a group's members pooled in (a case
//! with a practitioner code, issue 17) are left out of every query here.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use super::Tx;
use crate::journal::prep::Candidate;
use crate::journal::{CaseId, QuestionEntry, QuestionId, ReflectionId};

/// Dates are stored as `YYYY-MM-DD` text: these bound every date.
fn bound(from: Option<NaiveDate>, to: Option<NaiveDate>) -> (String, String) {
    (
        from.map_or("0000-01-01".into(), |d| d.to_string()),
        to.map_or("9999-12-31".into(), |d| d.to_string()),
    )
}

impl Tx<'_> {
    /// The `limit` most recently asked open questions, newest first, and how
    /// many are open in all.
    pub fn prep_open_questions(&self, limit: usize) -> Result<(Vec<QuestionEntry>, u64)> {
        let ids = self
            .tx
            .prepare_cached(
                "SELECT q.id FROM question q JOIN reflection r ON r.id = q.reflection_id
                 WHERE q.answered_on IS NULL AND NOT EXISTS (SELECT 1 FROM \"case\" pc WHERE pc.id = r.case_id AND pc.practitioner IS NOT NULL)
                 ORDER BY r.session_on DESC, q.id DESC LIMIT ?1",
            )?
            .query_map([limit as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<QuestionId>>>()?;
        let all: i64 = self
            .tx
            .prepare_cached(
                "SELECT count(*) FROM question q JOIN reflection r ON r.id = q.reflection_id
                 WHERE q.answered_on IS NULL AND NOT EXISTS (SELECT 1 FROM \"case\" pc WHERE pc.id = r.case_id AND pc.practitioner IS NOT NULL)",
            )?
            .query_row([], |r| r.get(0))?;
        Ok((self.prep_questions(&ids)?, all as u64))
    }

    /// The `limit` questions answered most recently on or after `from`,
    /// newest answer first, and how many were answered since then.
    pub fn prep_answered_questions(
        &self,
        from: Option<NaiveDate>,
        limit: usize,
    ) -> Result<(Vec<QuestionEntry>, u64)> {
        let (from, to) = bound(from, None);
        let ids = self
            .tx
            .prepare_cached(
                "SELECT id FROM question WHERE answered_on >= ?1 AND answered_on <= ?2
                 ORDER BY answered_on DESC, id DESC LIMIT ?3",
            )?
            .query_map(params![from, to, limit as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<QuestionId>>>()?;
        let all: i64 = self
            .tx
            .prepare_cached(
                "SELECT count(*) FROM question WHERE answered_on >= ?1 AND answered_on <= ?2",
            )?
            .query_row([&from, &to], |r| r.get(0))?;
        Ok((self.prep_questions(&ids)?, all as u64))
    }

    /// The questions `ids`, in that order.
    fn prep_questions(&self, ids: &[QuestionId]) -> Result<Vec<QuestionEntry>> {
        let mut out = Vec::with_capacity(ids.len());
        for &id in ids {
            out.extend(self.question(id)?);
        }
        Ok(out)
    }

    /// The own-side reasons given in reflection `id`.
    pub fn prep_own_reasons(&self, id: ReflectionId) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT DISTINCT re.code FROM stall s JOIN reason re ON re.id = s.reason_id
             WHERE s.reflection_id = ?1 AND re.side = 'self' ORDER BY re.code",
        )?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The own-side reasons given in at least `min_cases` cases from `from`
    /// to `to`: the recurring patterns of that period.
    pub fn prep_recurring_reasons(
        &self,
        from: Option<NaiveDate>,
        to: NaiveDate,
        min_cases: u64,
    ) -> Result<Vec<String>> {
        let (from, to) = bound(from, Some(to));
        if self.mostly_in(&from, &to)? {
            // Each case once in the case summary; one with sessions outside
            // the period looked up in the reason's index.
            let mut stmt = self.tx.prepare_cached(
                "SELECT re.code FROM reason re
                 WHERE re.side = 'self'
                   AND (SELECT count(*) FROM case_reason f
                        WHERE f.reason_id = re.id
                          AND NOT EXISTS (SELECT 1 FROM \"case\" pc WHERE pc.id = f.case_id AND pc.practitioner IS NOT NULL)
                          AND CASE WHEN f.first_on >= ?1 THEN f.first_on <= ?2
                                   ELSE EXISTS (SELECT 1 FROM stall_fact g
                                                WHERE g.reason_id = f.reason_id AND g.case_id = f.case_id
                                                  AND g.session_on >= ?1 AND g.session_on <= ?2) END) >= ?3
                 ORDER BY re.code",
            )?;
            let rows = stmt.query_map(params![from, to, min_cases as i64], |r| r.get(0))?;
            return Ok(rows.collect::<rusqlite::Result<_>>()?);
        }
        let mut stmt = self.tx.prepare_cached(
            "SELECT re.code FROM reason re
             WHERE re.side = 'self'
               AND (SELECT count(DISTINCT f.case_id) FROM stall_fact f
                    WHERE f.reason_id = re.id AND f.session_on >= ?1 AND f.session_on <= ?2
                      AND NOT EXISTS (SELECT 1 FROM \"case\" pc WHERE pc.id = f.case_id AND pc.practitioner IS NOT NULL)) >= ?3
             ORDER BY re.code",
        )?;
        let rows = stmt.query_map(params![from, to, min_cases as i64], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The `limit` cases that gave reason `code` in most reflections from
    /// `from` to `to`: `(case id, name, reflections)`, most first.
    pub fn prep_reason_cases(
        &self,
        code: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: usize,
    ) -> Result<Vec<(CaseId, String, u64)>> {
        let (from, to) = bound(from, to);
        let mut stmt = self.tx.prepare_cached(
            "WITH counted AS (
                SELECT f.case_id, count(DISTINCT f.reflection_id) AS n
                FROM reason re JOIN stall_fact f ON f.reason_id = re.id
                WHERE re.code = ?1 AND f.session_on >= ?2 AND f.session_on <= ?3
                GROUP BY f.case_id)
             SELECT k.case_id, c.name, k.n
             FROM counted k JOIN \"case\" c ON c.id = k.case_id
             WHERE c.practitioner IS NULL
             ORDER BY k.n DESC, c.name_key LIMIT ?4",
        )?;
        let rows = stmt.query_map(params![code, from, to, limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The `limit` most recent reflections of case `case_id` from `from` to
    /// `to` that give reason `code` and have a note, with the steps they gave
    /// it at and the resistance reactions met; the notes are not read.
    pub fn prep_candidates(
        &self,
        code: &str,
        case_id: CaseId,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: usize,
    ) -> Result<Vec<Candidate>> {
        let (from, to) = bound(from, to);
        let mut stmt = self.tx.prepare_cached(
            "SELECT f.reflection_id, f.session_on, c.name, group_concat(f.step),
                    (SELECT group_concat(w.resistance) FROM reflection_resistance w
                     WHERE w.reflection_id = f.reflection_id)
             FROM reason re
             JOIN stall_fact f ON f.reason_id = re.id
             JOIN reflection r ON r.id = f.reflection_id
             JOIN \"case\" c ON c.id = f.case_id
             WHERE re.code = ?1 AND f.case_id = ?2 AND f.session_on >= ?3 AND f.session_on <= ?4
               AND r.note <> ''
             GROUP BY f.reflection_id
             ORDER BY f.session_on DESC, f.reflection_id DESC LIMIT ?5",
        )?;
        let rows = stmt.query_map(params![code, case_id, from, to, limit as i64], |r| {
            let steps: String = r.get(3)?;
            let met: Option<String> = r.get(4)?;
            Ok(Candidate {
                reflection: r.get(0)?,
                date: r.get(1)?,
                case: r.get(2)?,
                steps: steps.split(',').filter_map(|s| s.parse().ok()).collect(),
                resistances: met
                    .map(|m| m.split(',').map(str::to_string).collect())
                    .unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The note of reflection `id`.
    pub fn prep_note(&self, id: ReflectionId) -> Result<String> {
        Ok(self
            .tx
            .prepare_cached("SELECT note FROM reflection WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }
}
