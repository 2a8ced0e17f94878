//! Reflections: adding, editing, listing and deleting the notes on a session.

use anyhow::Result;

use super::Journal;
use crate::error::Error;
use crate::journal::Reflection;

/// The reflection with `id`, or [`Error::NoReflection`].
pub fn get(journal: &mut Journal, id: i64) -> Result<Reflection> {
    journal.read(|tx| Ok(tx.reflection(id)?.ok_or(Error::NoReflection(id))?))
}

/// Deletes reflection `id` (one step for `spiegel undo`).
pub fn delete(journal: &mut Journal, id: i64) -> Result<()> {
    journal.write(|tx| {
        if !tx.delete_reflection(id)? {
            return Err(Error::NoReflection(id).into());
        }
        Ok(())
    })
}
