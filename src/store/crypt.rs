//! Encryption at rest (SQLCipher: AES-256, a key derived from the
//! passphrase with PBKDF2-HMAC-SHA512): telling an encrypted journal from a
//! plain one, checking a passphrase without touching the files, and
//! converting one into the other safely.
//!
//! For tests only, `SPIEGEL_TEST_KILL_AT` (see [`kill_point`]) makes a
//! conversion abort at a chosen point, as a kill would.

use std::fs::OpenOptions;
use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::failure::Failure;
use super::open::{connect, create_private_file};
use super::sqlite::{Said, said};
use super::{APPLICATION_ID, Store, latest, leftover};
use crate::error::Error;

/// The first bytes of every SQLite file that is not encrypted.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Whether a journal is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encryption {
    Plain,
    Encrypted,
}

/// Whether the file at `path` is not a plain SQLite file (and so, if it is a
/// journal at all, an encrypted one). An empty file is a new, plain journal.
pub fn is_encrypted(path: &Path) -> Result<bool> {
    let mut file =
        std::fs::File::open(path).with_context(|| Failure::CouldNotOpen(path.to_path_buf()))?;
    let mut head = Vec::with_capacity(16);
    Read::by_ref(&mut file)
        .take(16)
        .read_to_end(&mut head)
        .with_context(|| Failure::CouldNotRead(path.to_path_buf()))?;
    Ok(!head.is_empty() && head.as_slice() != SQLITE_HEADER)
}

/// Whether `key` opens the encrypted journal at `path`. Asked on a handle
/// that only reads and is told the file is `immutable`: it takes no locks
/// and never looks at the write-ahead log, so a wrong passphrase cannot get
/// as far as a connection that folds the log into the file, or deletes it,
/// when it closes. (Any copy of the first page is encrypted with the same
/// key, so an older one in the file answers as well as the newest.)
pub(super) fn key_opens(path: &Path, key: &str) -> Result<bool> {
    let uri = immutable_uri(path);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    // A page read while a checkpoint writes it may come out torn: only a
    // key that fails three times is wrong.
    for attempt in 0..3 {
        if attempt > 0 {
            std::thread::sleep(std::time::Duration::from_millis(30));
        }
        let conn = Connection::open_with_flags(&uri, flags)
            .with_context(|| Failure::CouldNotOpen(path.to_path_buf()))?;
        conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
            .optional()?;
        conn.pragma_update(None, "key", key)?;
        match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(())) {
            Ok(()) => return Ok(true),
            Err(e) if said(&e) == Said::NotADatabase => {}
            // Anything else is for the real connection to find and report.
            Err(_) => return Ok(true),
        }
    }
    Ok(false)
}

/// `file:` URI for `path` (every byte but a few safe ones escaped) that
/// opens it read-only and immutable.
pub(super) fn immutable_uri(path: &Path) -> String {
    #[cfg(unix)]
    let raw: Vec<u8> = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let raw: Vec<u8> = path.to_string_lossy().replace('\\', "/").into_bytes();
    let mut uri = String::from("file:");
    for b in raw {
        if b.is_ascii_alphanumeric() || b"/._-~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    uri
}

impl Store {
    /// Creates a new encrypted journal at `path`, which must not exist.
    pub fn create_encrypted(path: &Path, passphrase: &str) -> Result<Store> {
        create_private_file(path)?;
        anyhow::ensure!(
            std::fs::metadata(path)?.len() == 0,
            Failure::Appeared(path.to_path_buf())
        );
        Store::open_keyed(path, Some(passphrase.to_string()))
    }

    pub fn encryption(&self) -> Encryption {
        if self.key.is_some() {
            Encryption::Encrypted
        } else {
            Encryption::Plain
        }
    }
}

/// Rewrites the journal at `path` encrypted with `to` (or not encrypted, if
/// `None`); it is now encrypted with `from` (or not). The new file is written
/// beside it, checked, and only then put in its place; the old one is then
/// overwritten and removed. Fails, changing nothing, while another spiegel
/// has the journal open.
pub fn convert(path: &Path, from: Option<&str>, to: Option<&str>) -> Result<()> {
    // Opening brings the journal up to date and checks the passphrase.
    let store = Store::open_keyed(path, from.map(str::to_string))?;
    let conn = store.conn;
    let busy = || Error::JournalBusy(path.to_path_buf());
    let blocked: i64 = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
        .map_err(|e| lock_error(path, e))?;
    if blocked != 0 {
        return Err(busy().into());
    }
    // Leaving WAL mode needs the journal to ourselves; then we lock it.
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .map_err(|e| lock_error(path, e))?;
    if mode != "delete" {
        return Err(busy().into());
    }
    conn.execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;")
        .map_err(|e| lock_error(path, e))?;

    // A copy an interrupted conversion left is wiped first; one that a
    // running conversion holds means the journal is busy.
    let fresh = leftover::sibling(path, "converting");
    if leftover::clear_leftovers(path)?.iter().any(|l| !l.wiped) {
        return Err(busy().into());
    }
    // Held until the copy has taken the journal's place: until then, any
    // other spiegel that starts knows it is not a leftover.
    let held = leftover::create_held(&fresh)?;
    let written = export_to(&conn, &fresh, to).and_then(|()| verify(&conn, &fresh, to));
    if let Err(e) = written {
        // Never leave a half-written copy (plaintext when decrypting).
        let _ = leftover::overwrite(&held);
        let _ = std::fs::remove_file(&fresh);
        return Err(e);
    }
    kill_point("convert-written");
    let swapped = swap(path, &fresh, conn);
    if swapped.is_err() && std::fs::symlink_metadata(&fresh).is_ok() {
        // It never took the journal's place: not left lying around either.
        let _ = leftover::overwrite(&held);
        let _ = std::fs::remove_file(&fresh);
    }
    swapped
}

/// Test hook: with `SPIEGEL_TEST_KILL_AT=convert-written` the process
/// aborts once the converted copy is written and checked, before it takes
/// the journal's place; with `convert-swapped`, right after it has, before
/// the old journal is overwritten. It stops as a kill would (no clean-up
/// runs), so the tests see what a kill leaves behind. Compiled in always;
/// the variable is read here and nowhere else.
fn kill_point(point: &str) {
    if std::env::var_os("SPIEGEL_TEST_KILL_AT").is_some_and(|at| at == point) {
        std::process::abort();
    }
}

/// What went wrong while taking the journal for a conversion: another
/// program holding it is "busy", a full disk is a full disk, and anything
/// else is itself (never "busy", which would send the user looking for a
/// program that is not there).
fn lock_error(path: &Path, e: rusqlite::Error) -> anyhow::Error {
    match said(&e) {
        Said::Busy => Error::JournalBusy(path.to_path_buf()).into(),
        Said::DiskFull => Error::DiskFull(path.to_path_buf()).into(),
        _ => anyhow::Error::new(e).context(Failure::ConvertLock),
    }
}

fn export_to(conn: &Connection, fresh: &Path, key: Option<&str>) -> Result<()> {
    let fresh_text = fresh.to_str().with_context(|| Failure::PathNotUtf8)?;
    conn.execute(
        "ATTACH DATABASE ?1 AS converted KEY ?2",
        params![fresh_text, key.unwrap_or("")],
    )
    .with_context(|| Failure::ConvertCreate)?;
    // No rollback journal beside the copy: a half-written copy is thrown
    // away whole, and a journal would be one more file to wipe.
    let copied = conn
        .query_row("PRAGMA converted.journal_mode = OFF", [], |_| Ok(()))
        .and_then(|()| conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(())))
        .and_then(|()| {
            conn.execute_batch(&format!(
                "PRAGMA converted.user_version = {}; PRAGMA converted.application_id = {APPLICATION_ID};",
                latest()
            ))
        });
    let detached = conn.execute_batch("DETACH DATABASE converted");
    copied.with_context(|| Failure::CopyJournal)?;
    detached.with_context(|| Failure::ConvertFinish)?;
    Ok(())
}

/// The converted file opens with its key, is intact and holds as many rows
/// in every table as the journal.
fn verify(conn: &Connection, fresh: &Path, key: Option<&str>) -> Result<()> {
    let check = connect(fresh, key)?;
    let integrity: String = check.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    anyhow::ensure!(
        integrity == "ok",
        Failure::ConvertDamaged { detail: integrity }
    );
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in tables {
        let sql = format!("SELECT count(*) FROM \"{table}\"");
        let before: i64 = conn.query_row(&sql, [], |r| r.get(0))?;
        let after: i64 = check.query_row(&sql, [], |r| r.get(0))?;
        anyhow::ensure!(
            before == after,
            Failure::ConvertRows {
                after,
                table: table.clone(),
                before
            }
        );
    }
    Ok(())
}

/// Puts `fresh` in the place of `path`, then overwrites the old journal
/// (through a handle opened before the swap) with zeros. No second name for
/// the old journal ever exists, so a kill at any point leaves no copy of it
/// behind.
fn swap(path: &Path, fresh: &Path, conn: Connection) -> Result<()> {
    let old = OpenOptions::new()
        .write(true)
        .open(path)
        .with_context(|| Failure::CouldNotOpen(path.to_path_buf()))?;
    // Windows refuses to rename onto a file SQLite has open (it shares it
    // without FILE_SHARE_DELETE): there the connection lets go first, and
    // `old` (std shares delete) still wipes the old journal after the swap.
    // Elsewhere the lock is kept until the old journal is zeros.
    #[cfg(windows)]
    drop(conn);
    let renamed = std::fs::rename(fresh, path);
    // Without POSIX rename semantics (FAT and exFAT drives, Windows before
    // 10, wine) not even `old` may be open: the old journal is then removed
    // without being overwritten first (the README's Privacy says so).
    #[cfg(windows)]
    let (renamed, old) = match renamed {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            drop(old);
            (std::fs::rename(fresh, path), None)
        }
        other => (other, Some(old)),
    };
    renamed.with_context(|| Failure::ConvertPut(path.to_path_buf()))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Make the rename itself durable.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    kill_point("convert-swapped");
    // Still under the journal's lock: a spiegel that opened the old file
    // before the swap finds zeros, not a journal to write into.
    #[cfg(windows)]
    if let Some(old) = &old {
        leftover::overwrite(old).with_context(|| Failure::WipeOld)?;
    }
    #[cfg(not(windows))]
    leftover::overwrite(&old).with_context(|| Failure::WipeOld)?;
    drop(old);
    #[cfg(not(windows))]
    drop(conn);
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use rusqlite::ffi;

    use super::{immutable_uri, lock_error};
    use crate::error::Error;

    fn failure(code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(ffi::Error::new(code), None)
    }

    /// Issue 10.12: `encrypt` on a full disk said "in use by another spiegel".
    #[test]
    fn a_full_disk_while_converting_is_called_full_not_busy() {
        let path = Path::new("j.db");
        let err = lock_error(path, failure(ffi::SQLITE_FULL));
        assert!(matches!(
            err.downcast_ref::<Error>(),
            Some(Error::DiskFull(_))
        ));
        let err = lock_error(path, failure(ffi::SQLITE_BUSY));
        assert!(matches!(
            err.downcast_ref::<Error>(),
            Some(Error::JournalBusy(_))
        ));
        let err = lock_error(path, failure(ffi::SQLITE_IOERR));
        assert!(err.downcast_ref::<Error>().is_none(), "{err}");
    }

    /// Issue 10.12: a spiegel that found the journal encrypted while
    /// another decrypted it said "wrong passphrase or not a spiegel
    /// journal"; it now opens the journal as it is.
    #[test]
    fn a_journal_decrypted_while_opening_is_opened_as_it_now_is() {
        use crate::store::{Access, Encryption, Store};
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("j.db");
        drop(Store::create_encrypted(&path, "a long passphrase").unwrap());
        // The passphrase is asked between seeing "encrypted" and opening:
        // the moment another spiegel's decrypt can finish.
        let store = Store::open_with(&path, Access::Read, &|| {
            super::convert(&path, Some("a long passphrase"), None)?;
            Ok("a long passphrase".to_string())
        })
        .unwrap();
        assert_eq!(store.encryption(), Encryption::Plain);
    }

    #[test]
    fn the_read_only_uri_escapes_what_a_uri_would_read() {
        assert_eq!(
            immutable_uri(Path::new("/a b/j?#%.db")),
            "file:/a%20b/j%3F%23%25.db?mode=ro&immutable=1"
        );
    }
}
