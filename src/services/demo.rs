//! The demo journal and the generated one for benchmarks.

use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;

use super::patterns::analyse;
use super::{Access, Journal};
use crate::error::Error;
use crate::journal::Side;
use crate::journal::patterns::{PatternQuery, Patterns};
use crate::store::Tx;

/// Opens (creating it) the journal at `path` for the demo: not an
/// encrypted one.
pub fn open(path: &Path) -> Result<Journal> {
    Journal::open(path, Access::Write, &|| {
        Err(Error::Locked(path.to_path_buf()).into())
    })
}

/// Fills the empty journal with the demo cases (not recorded for undo).
pub fn fill(journal: &mut Journal, today: NaiveDate) -> Result<crate::demo::Summary> {
    fill_empty(journal, |tx| crate::demo::fill(tx, today))
}

/// Fills the empty journal with `reflections` generated ones from `seed`,
/// telling `progress` how many of them are written.
pub fn generate(
    journal: &mut Journal,
    reflections: u64,
    seed: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<crate::demo::scale::Summary> {
    fill_empty(journal, |tx| {
        crate::demo::scale::generate(tx, reflections, seed, progress)
    })
}

/// Runs `fill` on the journal, unrecorded, if it is empty; otherwise
/// [`Error::DemoNeedsEmptyJournal`].
fn fill_empty<T>(journal: &mut Journal, fill: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
    let path = journal.path().to_path_buf();
    journal.write_unrecorded(|tx| {
        if !tx.is_empty()? {
            return Err(Error::DemoNeedsEmptyJournal(path).into());
        }
        fill(tx)
    })
}

/// The demo's patterns: the user's own side, in three cases or more.
pub fn patterns(journal: &mut Journal) -> Result<Patterns> {
    let query = PatternQuery {
        since: None,
        until: None,
        case_id: None,
        side: Some(Side::Own),
        min_cases: 3,
        when: None,
        whose: Default::default(),
    };
    journal.read(|tx| analyse(tx, &query))
}
