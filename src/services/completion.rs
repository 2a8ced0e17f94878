//! What a shell's completion reads from the journal: quietly, and only
//! from a journal that opens without asking anything.

use std::path::Path;

use anyhow::Result;

use super::{Access, Journal};
use crate::error::Error;
use crate::journal::{Reason, Resistance};

/// The journal at `path`, if it is there and not encrypted.
pub fn open(path: &Path) -> Option<Journal> {
    Journal::open(path, Access::Read, &|| {
        Err(Error::Locked(path.to_path_buf()).into())
    })
    .ok()
}

pub fn case_names(journal: &mut Journal) -> Result<Vec<String>> {
    journal.read(|tx| tx.case_names())
}

/// The names of the significant others of the case called `case`.
pub fn other_names(journal: &mut Journal, case: &str) -> Result<Vec<String>> {
    let others = super::cases::others(journal, case)?;
    Ok(others.into_iter().map(|o| o.name).collect())
}

/// The names of the significant others of every case.
pub fn all_other_names(journal: &mut Journal) -> Result<Vec<String>> {
    journal.read(|tx| tx.other_names())
}

pub fn reasons(journal: &mut Journal) -> Result<Vec<Reason>> {
    journal.read(|tx| tx.reasons())
}

pub fn resistances(journal: &mut Journal) -> Result<Vec<Resistance>> {
    journal.read(|tx| tx.resistances())
}
