//! The brief before the next session with a client.

use anyhow::Result;
use chrono::NaiveDate;

use super::Journal;
use crate::journal::brief::{self, Brief, Parts};

/// The brief on the case called `name` (as `case show` finds it, or
/// [`crate::error::Error::NoCase`] with a near miss), as of `today`: one
/// read of the case's own rows and the catalogue.
pub fn brief(journal: &mut Journal, name: &str, today: NaiveDate) -> Result<Brief> {
    journal.read(|tx| {
        let case = super::cases::find_case(tx, name)?;
        Ok(brief::assemble(Parts {
            others: tx.others(case.id)?,
            timeline: tx.timeline(case.id)?,
            reasons: tx.brief_reasons()?,
            resistances: tx.resistances()?,
            steps: tx.steps()?,
            goals: tx.goals(false)?,
            today,
            case,
        }))
    })
}
