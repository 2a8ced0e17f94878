//! `spiegel casus`: a case presented to a peer-supervision group.

use anyhow::Result;
use chrono::NaiveDate;

use super::Journal;
use super::reflections::Labels;
use crate::journal::casus::{self, Casus};

/// The page on the case called `name` (one's own, or a pooled one by its
/// code), with the question `question` or the case's latest open one, and
/// the reasons' labels: one read.
pub fn gather(
    journal: &mut Journal,
    name: &str,
    question: Option<&str>,
    today: NaiveDate,
) -> Result<(Casus, Labels)> {
    journal.read(|tx| {
        let case = super::cases::find_case(tx, name)?;
        let detail = crate::journal::CaseDetail {
            others: tx.others(case.id)?,
            timeline: tx.timeline(case.id)?,
            case,
        };
        Ok((
            casus::assemble(detail, question, today)?,
            tx.reason_labels()?,
        ))
    })
}
