//! The page to bring to supervision: everything since the last meeting,
//! read in one snapshot and put together by [`crate::journal::prep`].

use anyhow::Result;
use chrono::NaiveDate;

use super::{Journal, patterns, supervision};
use crate::journal::prep::{
    self, EXCERPTS, Evidence, Prep, PrepRows, Since, WENT_WELL, WentWellRows,
};

/// The page up to `today`; `min_cases`: how many cases make a pattern.
pub fn gather(
    journal: &mut Journal,
    since: Since,
    min_cases: u64,
    today: NaiveDate,
) -> Result<Prep> {
    journal.read(|tx| {
        let last_meeting = tx.last_meeting_date()?;
        let query = prep::query(since, last_meeting, min_cases, today);
        let patterns = patterns::analyse(tx, &query)?;
        let mut evidence = Vec::new();
        for r in &patterns.recurring {
            evidence.push(Evidence::new(
                r.reason.clone(),
                tx.pattern_reason_cases(&query, &r.reason)?,
                tx.pattern_reason_notes(&query, &r.reason, EXCERPTS)?,
            ));
        }
        let goals = tx
            .goals(false)?
            .into_iter()
            .map(|g| supervision::progress(tx, g, today, None))
            .collect::<Result<Vec<_>>>()?;
        let (recent, total) = tx.went_well_in(query.since, today, WENT_WELL)?;
        let rows = PrepRows {
            went_well: WentWellRows::new(recent, total),
            per_month: tx.pattern_reason_months(&query)?,
            recorded: tx.pattern_months(&query)?,
            steps: tx.steps()?,
            questions: tx.questions(false)?,
            last_meeting,
            patterns,
            evidence,
            goals,
        };
        Ok(prep::page(since, today, rows))
    })
}
