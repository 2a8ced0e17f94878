//! Opening a journal: the [`Store`] and its connection, the pragmas every
//! connection gets, the look before anything is written
//! ([`verified`]), and the SQL trace the benchmarks replay.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use super::failure::Failure;
use super::sqlite::{Said, said};
use super::{APPLICATION_ID, Tx, backup, crypt, latest, migrate};
use crate::error::Error;

/// How long a command waits for another process that is writing.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Whether opening may create a journal that does not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reading: a missing journal is an error that says how to start one.
    Read,
    /// Writing: the journal and its folder are created when missing.
    Write,
}

/// An open journal.
pub struct Store {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    /// The passphrase of an encrypted journal.
    pub(super) key: Option<String>,
}

impl Store {
    /// Opens a journal that is not encrypted (an encrypted one is refused
    /// with a message that says how to give the passphrase).
    pub fn open(path: &Path, access: Access) -> Result<Store> {
        Store::open_with(path, access, &|| {
            Err(Error::Locked(path.to_path_buf()).into())
        })
    }

    /// Opens the journal; `passphrase` is asked only if it is encrypted.
    pub fn open_with(
        path: &Path,
        access: Access,
        passphrase: &dyn Fn() -> Result<String>,
    ) -> Result<Store> {
        crate::fsx::check_journal(path)?;
        if !path.exists() {
            if access == Access::Read {
                return Err(Error::NoJournal(path.to_path_buf()).into());
            }
            create_private_file(path)?;
        }
        let encrypted = crypt::is_encrypted(path)?;
        let key = if encrypted { Some(passphrase()?) } else { None };
        match Store::open_keyed(path, key) {
            // Encrypted or decrypted by another spiegel a moment ago: once
            // more, as it is now, so that the error (if any) is the real one.
            Err(_) if crypt::is_encrypted(path).is_ok_and(|now| now != encrypted) => {
                let key = if encrypted { None } else { Some(passphrase()?) };
                Store::open_keyed(path, key)
            }
            opened => opened,
        }
    }

    /// Opens (and brings up to date) the journal at `path` with `key`, or
    /// without one.
    pub(super) fn open_keyed(path: &Path, key: Option<String>) -> Result<Store> {
        // A wrong passphrase is found before anything could change a file.
        if let Some(key) = &key
            && !crypt::key_opens(path, key)?
        {
            return Err(Error::WrongPassphrase(path.to_path_buf()).into());
        }
        let mut conn = verified(path, key.as_deref())?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        anyhow::ensure!(mode == "wal", Failure::Wal);
        conn.pragma_update(None, "foreign_keys", true)?;
        // A committed reflection survives a power cut.
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted text is overwritten, not left in free pages.
        conn.pragma_update(None, "secure_delete", true)?;
        // Sorting and big queries stay in memory: no temporary files beside
        // the journal or in /tmp, where they would not be encrypted or wiped.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        migrate::migrate_with(&mut conn, |conn, version| {
            backup::before_migration(conn, path, key.as_deref(), version)
        })?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            key,
        })
    }

    /// A new journal in memory, never written anywhere: the method's
    /// catalogue to read before the first write creates the real journal.
    pub fn in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory().with_context(|| Failure::InMemory)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrate::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path: PathBuf::from(":memory:"),
            key: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A consistent snapshot for reading.
    pub fn read(&mut self) -> Result<Tx<'_>> {
        Ok(Tx {
            tx: self
                .conn
                .transaction_with_behavior(TransactionBehavior::Deferred)?,
            recorded: false,
        })
    }

    /// A write transaction that `spiegel undo` does not record: for filling
    /// a new, empty journal with demo or generated data, where an undo step
    /// would only double the work and the file.
    pub fn write_unrecorded(&mut self) -> Result<Tx<'_>> {
        let tx = Tx {
            tx: self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .with_context(|| Failure::LockWrite)?,
            recorded: false,
        };
        tx.watch_erasures()?;
        Ok(tx)
    }

    /// A write transaction; it waits for other writers instead of failing.
    /// Its changes form one step for `spiegel undo`.
    pub fn write(&mut self) -> Result<Tx<'_>> {
        let tx = Tx {
            tx: self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .with_context(|| Failure::LockWrite)?,
            recorded: true,
        };
        tx.watch_erasures()?;
        tx.open_undo_batch()?;
        Ok(tx)
    }
}

/// Connects to the journal at `path` (keyed with `key`) and looks before
/// anything is written: a file that is not ours, a journal from a newer
/// spiegel, a wrong passphrase or a folder that may not be written is
/// refused, the file left exactly as it is.
pub(super) fn verified(path: &Path, key: Option<&str>) -> Result<Connection> {
    let conn = connect(path, key)?;
    // Look before writing anything: a file that is not ours, or a journal
    // from a newer spiegel, must be left exactly as it is.
    let not_ours = |detail: String| Error::NotAJournal {
        path: path.to_path_buf(),
        detail,
    };
    let (app_id, version, tables) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version),
                    (SELECT count(*) FROM sqlite_schema)",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            },
        )
        .map_err(|e| -> anyhow::Error {
            let said = said(&e);
            // A file or folder the user may not write is said as such,
            // not as "not a journal" or a wrong passphrase.
            if matches!(said, Said::CannotOpen | Said::ReadOnly)
                && let Some(why) = crate::fsx::why_unwritable(path)
            {
                return why;
            }
            match (&key, said) {
                // Locked by a conversion, or by another program.
                (_, Said::Busy) => Error::JournalBusy(path.to_path_buf()),
                (_, Said::Corrupt) => Error::Damaged {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                },
                (Some(_), _) => Error::WrongPassphrase(path.to_path_buf()),
                (None, _) => not_ours(e.to_string()),
            }
            .into()
        })?;
    if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
        return Err(not_ours(Failure::OtherData.to_string()).into());
    }
    if version > latest() as i64 {
        return Err(Error::NewerJournal {
            path: path.to_path_buf(),
            found: version,
            known: latest(),
        }
        .into());
    }
    Ok(conn)
}

/// With `SPIEGEL_TRACE_SQL=FILE`, appends every SQL statement the command
/// runs, with its parameters filled in, to FILE: the benchmarks replay them
/// in the `sqlite3` shell to measure spiegel's own overhead. The file holds
/// whatever the statements hold (notes too), so it is created 0600.
fn trace_to_env_file(conn: &mut Connection) -> Result<()> {
    use rusqlite::trace::{TraceEvent, TraceEventCodes};
    use std::io::Write;

    let Some(path) = std::env::var_os("SPIEGEL_TRACE_SQL").filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let mut file = crate::fsx::open_append(Path::new(&path))
        .with_context(|| Failure::CouldNotOpenTrace(PathBuf::from(&path)))?;
    conn.trace_v2(
        TraceEventCodes::SQLITE_TRACE_STMT,
        Some(move |event: TraceEvent<'_>| {
            // A trigger's statements come as one "-- name" line: skipped,
            // since replaying the statement runs the trigger anyway.
            if let TraceEvent::Stmt(stmt, text) = event
                && (!text.starts_with("--") || text.contains('\n'))
            {
                let lower = text.trim_start().to_lowercase();
                let keyed = lower.starts_with("pragma key")
                    || lower.starts_with("pragma rekey")
                    || (lower.starts_with("attach") && lower.contains(" key "));
                if keyed {
                    // Keying, rekeying or attaching with a passphrase: never written.
                    let _ = writeln!(file, "-- a statement with a passphrase, left out");
                    return;
                }
                let sql = stmt.expanded_sql().unwrap_or_else(|| text.to_string());
                let _ = writeln!(file, "{};", sql.trim_end().trim_end_matches(';'));
            }
        }),
    )?;
    Ok(())
}

/// A connection with the busy timeout, keyed when `key` is given.
pub(super) fn connect(path: &Path, key: Option<&str>) -> Result<Connection> {
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| Failure::CouldNotOpen(path.to_path_buf()))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Import and the generator cycle through a few dozen statements per
    // record; rusqlite's default of 16 would prepare them again each time.
    conn.set_prepared_statement_cache_capacity(64);
    // SQLCipher would log a wrong passphrase on stderr; spiegel says it itself.
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
        .optional()?;
    if let Some(key) = key {
        conn.pragma_update(None, "key", key)?;
    }
    // Only now, so that the passphrase never reaches the trace.
    trace_to_env_file(&mut conn)?;
    Ok(conn)
}

/// Creates the journal file (mode 0600) and its folder (mode 0700).
pub(super) fn create_private_file(path: &Path) -> Result<()> {
    crate::fsx::create_parent(path)?;
    match crate::fsx::create_new(path) {
        Ok(_) => Ok(()),
        // Another process created it a moment ago: fine.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| Failure::CouldNotCreate(path.to_path_buf())),
    }
}
