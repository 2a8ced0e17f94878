//! The transaction every command works in.

use anyhow::{Context, Result};

use super::failure::Failure;

/// One transaction on the journal. Dropped without [`Tx::commit`], it
/// leaves the journal as it was.
pub struct Tx<'c> {
    /// SQLite's transaction: what every query of the store runs on.
    pub(super) tx: rusqlite::Transaction<'c>,
    /// Whether it is a write transaction whose changes are recorded for
    /// `spiegel undo`.
    pub(super) recorded: bool,
}

impl Tx<'_> {
    pub fn commit(self) -> Result<()> {
        if self.recorded {
            self.close_undo_batch()?;
        }
        self.wipe_erased_words()?;
        self.tx.commit().with_context(|| Failure::Save)
    }

    /// Whether the journal holds no cases (and so nothing of the user's).
    pub fn is_empty(&self) -> Result<bool> {
        Ok(!self
            .tx
            .query_row("SELECT EXISTS (SELECT 1 FROM \"case\")", [], |r| r.get(0))?)
    }
}
