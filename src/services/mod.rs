//! Use cases: one function per thing a command does (add a reflection,
//! analyse the patterns, gather the supervision page, import with its merge
//! policy …), over the store's typed API and the domain's rules.
//!
//! This is the only layer that opens a transaction for a command: a use
//! case takes a [`Journal`] and calls [`Journal::read`] or
//! [`Journal::write`] once, so that each command is one transaction and
//! nothing is ever half-written. The CLI above it parses, asks and words;
//! it never sees SQL or a transaction.

pub mod brief;
pub mod cases;
pub mod casus;
pub mod catalogue;
pub mod completion;
pub mod crypt;
pub mod demo;
pub mod patterns;
pub mod prep;
pub mod records;
pub mod reflections;
pub mod safety;
pub mod search;
pub mod step0;
pub mod supervision;
pub mod sync;
pub mod sync_status;
pub mod transfer;

use std::path::Path;

use anyhow::Result;

pub use crate::store::{Access, Failure, explain};
use crate::store::{Store, Tx};

/// An open journal, as the use cases see it.
pub struct Journal {
    store: Store,
}

/// Asks for the passphrase of an encrypted journal, only when it is needed.
pub type Passphrase<'a> = &'a dyn Fn() -> Result<String>;

impl Journal {
    /// Opens (and brings up to date) the journal at `path`; `passphrase` is
    /// asked only if it is encrypted.
    pub fn open(path: &Path, access: Access, passphrase: Passphrase) -> Result<Journal> {
        Ok(Journal {
            store: Store::open_with(path, access, passphrase)?,
        })
    }

    /// The journal at `path` copied into memory, for a dry run: nothing a
    /// use case does to it reaches the disk.
    pub fn snapshot(path: &Path, passphrase: Passphrase) -> Result<Journal> {
        Ok(Journal {
            store: Store::snapshot(path, passphrase)?,
        })
    }

    /// A new journal in memory (the method's catalogue, nothing of the
    /// user's): what a read shows before the first write creates the file.
    pub fn in_memory() -> Result<Journal> {
        Ok(Journal {
            store: Store::in_memory()?,
        })
    }

    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// Runs `work` in one consistent snapshot of the journal.
    pub fn read<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.store.read()?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `work` in one write transaction, committed only if it succeeds;
    /// its changes form one step for `spiegel undo`.
    pub fn write<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.store.write()?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Like [`Journal::write`], but always taken back: for a dry run,
    /// which tells what a write would do and leaves nothing behind.
    pub fn rehearse<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.store.write()?;
        let value = work(&tx)?;
        drop(tx);
        Ok(value)
    }

    /// Like [`Journal::write`], but not recorded for undo: for filling a
    /// new, empty journal with demo or generated data.
    pub fn write_unrecorded<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.store.write_unrecorded()?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}
