//! What SQLite's error codes mean for spiegel, in one place: a journal
//! another program holds, a damaged file, one that is not a database, a
//! file or folder that may not be written, a full disk.

use std::path::PathBuf;

use rusqlite::ErrorCode;

use crate::error::Error;

/// What a failed SQLite call says about the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Said {
    /// Another connection holds the lock (busy or locked).
    Busy,
    /// The file is damaged.
    Corrupt,
    /// The file is not a database, or the key is wrong.
    NotADatabase,
    /// The file or its folder may not be written.
    ReadOnly,
    /// The file could not be opened.
    CannotOpen,
    /// The disk is full.
    DiskFull,
    /// Anything else, or not an error of SQLite's own.
    Other,
}

/// What `e` says about the journal.
pub(super) fn said(e: &rusqlite::Error) -> Said {
    said_code(e.sqlite_error_code())
}

fn said_code(code: Option<ErrorCode>) -> Said {
    match code {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Said::Busy,
        Some(ErrorCode::DatabaseCorrupt) => Said::Corrupt,
        Some(ErrorCode::NotADatabase) => Said::NotADatabase,
        Some(ErrorCode::ReadOnly) => Said::ReadOnly,
        Some(ErrorCode::CannotOpen) => Said::CannotOpen,
        Some(ErrorCode::DiskFull) => Said::DiskFull,
        _ => Said::Other,
    }
}

/// Turns SQLite's report (anywhere in `err`'s chain) of a damaged,
/// read-only or full journal at `path` into the one-line error that says
/// what to do; any other error is returned as it is.
pub fn explain(err: anyhow::Error, path: PathBuf) -> anyhow::Error {
    // The first of SQLite's own failures in the chain.
    let code = err.chain().find_map(|cause| {
        cause
            .downcast_ref::<rusqlite::Error>()
            .and_then(rusqlite::Error::sqlite_error_code)
    });
    match code.map(|code| said_code(Some(code))) {
        Some(Said::Corrupt | Said::NotADatabase) => Error::Damaged {
            path,
            detail: err.root_cause().to_string(),
        }
        .into(),
        Some(Said::ReadOnly) => Error::ReadOnly(path).into(),
        Some(Said::DiskFull) => Error::DiskFull(path).into(),
        _ => err,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
    }

    #[test]
    fn busy_and_locked_are_both_busy() {
        assert_eq!(said(&failure(rusqlite::ffi::SQLITE_BUSY)), Said::Busy);
        assert_eq!(said(&failure(rusqlite::ffi::SQLITE_LOCKED)), Said::Busy);
        assert_eq!(said(&rusqlite::Error::InvalidQuery), Said::Other);
    }

    #[test]
    fn a_damaged_read_only_or_full_journal_is_explained_anywhere_in_the_chain() {
        let path = PathBuf::from("j.db");
        let explained = |code| {
            let err = anyhow::Error::from(failure(code)).context("while saving");
            explain(err, path.clone()).downcast::<Error>().ok()
        };
        assert!(matches!(
            explained(rusqlite::ffi::SQLITE_CORRUPT),
            Some(Error::Damaged { .. })
        ));
        assert!(matches!(
            explained(rusqlite::ffi::SQLITE_NOTADB),
            Some(Error::Damaged { .. })
        ));
        assert!(matches!(
            explained(rusqlite::ffi::SQLITE_READONLY),
            Some(Error::ReadOnly(_))
        ));
        assert!(matches!(
            explained(rusqlite::ffi::SQLITE_FULL),
            Some(Error::DiskFull(_))
        ));
        assert!(explained(rusqlite::ffi::SQLITE_MISUSE).is_none());
    }
}
