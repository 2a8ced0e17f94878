//! Getting back what was: undo, backups, restoring one, and checking that
//! the journal is intact.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::Journal;
use crate::error::Error;
use crate::journal::change::Undone;
use crate::store::Encryption;

pub use crate::store::Health;

/// Reverses the last recorded change; returns what it changed, an
/// import's records the first `named` by name and the rest counted.
pub fn undo(journal: &mut Journal, named: usize) -> Result<Undone> {
    journal.write(|tx| {
        // What undo restores is a change of now, for the devices it syncs with.
        tx.sync_undoing(true)?;
        let undone = tx.undo_last(named)?;
        tx.sync_undoing(false)?;
        Ok(undone.ok_or(Error::NothingToUndo)?)
    })
}

/// Writes a backup to `dest`, or to a new file in the backup folder;
/// returns where, and whether it is encrypted (as the journal is).
pub fn backup(journal: &Journal, dest: Option<&Path>) -> Result<(PathBuf, bool)> {
    let written = journal.store.backup(dest)?;
    Ok((written, journal.store.encryption() == Encryption::Encrypted))
}

/// Replaces the journal with the backup at `src`; returns where the journal
/// as it was is kept.
pub fn restore(journal: &mut Journal, src: &Path) -> Result<PathBuf> {
    journal.store.restore(src)
}

/// Rebuilds the stall and session summaries from the stalls and
/// reflections, and the search index from the texts; returns the stall
/// summary's rows and the index's texts.
pub fn repair(journal: &mut Journal) -> Result<(u64, u64)> {
    let rows = journal.store.rebuild_summary()?;
    let texts = journal.store.rebuild_search()?;
    Ok((rows, texts))
}

/// The journal's health ([`Error::Damaged`] or [`Error::SummaryDrift`] when
/// it is not intact); `full` reads every page and index.
pub fn check(journal: &Journal, full: bool) -> Result<Health> {
    let health = journal.store.check(full)?;
    if !health.problems.is_empty() {
        return Err(Error::Damaged {
            path: journal.path().to_path_buf(),
            detail: health.problems.join("; "),
        }
        .into());
    }
    if health.summary_drift > 0 {
        return Err(Error::SummaryDrift(health.summary_drift).into());
    }
    if health.session_drift > 0 {
        return Err(Error::SessionSummaryDrift(health.session_drift).into());
    }
    if health.search_drift > 0 {
        return Err(Error::SearchDrift(health.search_drift).into());
    }
    Ok(health)
}
