//! What went well in a period, for the supervision page (issue 13.2).

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use super::Tx;
use crate::journal::ReflectionId;

/// One of what went well: `(reflection, date, case, text)`.
type Row = (ReflectionId, NaiveDate, String, String);

impl Tx<'_> {
    /// The reflections from `since` (all, if `None`) to `until` that record
    /// what went well, newest first: at most `limit` as `(id, date, case,
    /// text)`, and how many there are in all.
    pub fn went_well_in(
        &self,
        since: Option<NaiveDate>,
        until: NaiveDate,
        limit: u64,
    ) -> Result<(Vec<Row>, u64)> {
        let since = since.map(|d| d.to_string()).unwrap_or_default();
        let until = until.to_string();
        let mut stmt = self.tx.prepare_cached(
            // CROSS JOIN: read the period's newest sessions with such a text
            // through their own index and stop at the limit; the planner
            // would otherwise start from the cases of one's own (nearly all)
            // and sort the whole period.
            "SELECT r.id, r.session_on, c.name, r.went_well
             FROM reflection r CROSS JOIN \"case\" c ON c.id = r.case_id
             WHERE r.session_on BETWEEN ?1 AND ?2 AND r.went_well <> ''
               AND c.practitioner IS NULL
             ORDER BY r.session_on DESC, r.id DESC
             LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(params![since, until, limit as i64], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let all: i64 = self
            .tx
            .prepare_cached(
                "SELECT count(*) FROM reflection r
             WHERE session_on BETWEEN ?1 AND ?2 AND went_well <> ''
               AND NOT EXISTS (SELECT 1 FROM \"case\" pc WHERE pc.id = r.case_id AND pc.practitioner IS NOT NULL)",
            )?
            .query_row(params![since, until], |r| r.get(0))?;
        Ok((rows, all as u64))
    }
}
