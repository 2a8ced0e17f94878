//! SQLite's reports of a damaged, read-only or full journal, turned into
//! the typed errors that say what to do.

use std::path::Path;

use crate::error::Error;

/// `err` as [`Error::Damaged`], [`Error::ReadOnly`] or [`Error::DiskFull`]
/// of the journal at `path` when SQLite said so somewhere in its chain;
/// otherwise `err` itself.
pub fn explain(err: anyhow::Error, path: &Path) -> anyhow::Error {
    use rusqlite::ErrorCode;
    let code = err
        .chain()
        .find_map(|cause| match cause.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(e, _)) => Some(e.code),
            _ => None,
        });
    let path = path.to_path_buf();
    match code {
        Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => Error::Damaged {
            path,
            detail: err.root_cause().to_string(),
        }
        .into(),
        Some(ErrorCode::ReadOnly) => Error::ReadOnly(path).into(),
        Some(ErrorCode::DiskFull) => Error::DiskFull(path).into(),
        _ => err,
    }
}
