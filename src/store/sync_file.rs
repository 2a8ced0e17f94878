//! The files in the synced folder, each a small SQLCipher database: the
//! key file (opened with the passphrase, PBKDF2 once) holding the folder's
//! random 256-bit key, and the change files, keyed with that raw key (no
//! key derivation per file, so that reading many is fast). A file is
//! written under a temporary name beside its place, flushed to disk, and
//! only then given its name, never over another file; it is read through a
//! handle that only reads and takes no locks, so a half-copied or damaged
//! file fails SQLCipher's check of every page and changes nothing.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::crypt::immutable_uri;
use super::failure::Failure;
use super::sqlite::{Said, said};

/// What a change file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeFile {
    /// The device that wrote it.
    pub device: String,
    /// Its number among that device's files.
    pub seq: u64,
    pub written_at: String,
    /// An export (JSON) of the records changed.
    pub export: String,
    /// The deletions (JSON list of tombstones).
    pub tombstones: String,
}

/// A new random 256-bit key, as 64 hex digits: SQLite's random source
/// (ChaCha20, seeded from the system's).
pub fn random_key() -> Result<String> {
    let conn = Connection::open_in_memory()?;
    Ok(conn.query_row("SELECT lower(hex(randomblob(32)))", [], |r| r.get(0))?)
}

/// A short random tail for a file's name.
pub fn random_tail() -> String {
    uuid::Uuid::new_v4().simple().to_string()[..8].to_string()
}

/// The `PRAGMA key` value of a raw key.
fn raw(key_hex: &str) -> String {
    format!("x'{key_hex}'")
}

/// Writes a new SQLCipher file at `path` (which must not exist), keyed with
/// `key`, filled by `fill`: under a temporary name in the same folder, on
/// disk before it takes its name.
fn write_new(path: &Path, key: &str, fill: impl FnOnce(&Connection) -> Result<()>) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let temp = dir.join(format!(".spiegel-{}.tmp", random_tail()));
    crate::fsx::create_new(&temp).with_context(|| Failure::CouldNotCreate(temp.clone()))?;
    let written = (|| -> Result<()> {
        let conn = Connection::open(&temp)?;
        conn.pragma_update(None, "key", key)?;
        // No journal file beside it for the sync service to see.
        conn.query_row("PRAGMA journal_mode = MEMORY", [], |_| Ok(()))?;
        conn.execute_batch("BEGIN")?;
        fill(&conn)?;
        conn.execute_batch("COMMIT")?;
        conn.close().map_err(|(_, e)| e)?;
        std::fs::File::open(&temp)?.sync_all()?;
        anyhow::ensure!(!path.exists(), Failure::Appeared(path.to_path_buf()));
        std::fs::rename(&temp, path)?;
        if let Ok(folder) = std::fs::File::open(dir) {
            let _ = folder.sync_all();
        }
        Ok(())
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written.with_context(|| Failure::CouldNotCreate(path.to_path_buf()))
}

/// Opens the SQLCipher file at `path` with `key`, only to read; `None` when
/// the key does not open it (or it is incomplete or damaged).
fn open_read(path: &Path, key: &str) -> Result<Option<Connection>> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(immutable_uri(path), flags)
        .with_context(|| Failure::CouldNotOpen(path.to_path_buf()))?;
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
        .optional()?;
    conn.pragma_update(None, "key", key)?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(())) {
        Ok(()) => Ok(Some(conn)),
        Err(e) if matches!(said(&e), Said::NotADatabase | Said::Corrupt) => Ok(None),
        Err(e) => Err(e).with_context(|| Failure::CouldNotRead(path.to_path_buf())),
    }
}

/// Creates the key file at `path` holding `key_hex`, encrypted with
/// `passphrase`.
pub fn create_key_file(path: &Path, passphrase: &str, key_hex: &str) -> Result<()> {
    write_new(path, passphrase, |conn| {
        conn.execute_batch("CREATE TABLE sync_key (raw TEXT NOT NULL)")?;
        conn.execute("INSERT INTO sync_key (raw) VALUES (?1)", [key_hex])?;
        Ok(())
    })
}

/// The folder's key from the key file at `path`: `Ok(None)` when the
/// passphrase does not open it; an error when it opens but holds no key.
pub fn read_key_file(path: &Path, passphrase: &str) -> Result<Option<String>> {
    let Some(conn) = open_read(path, passphrase)? else {
        return Ok(None);
    };
    let key: String = conn
        .query_row("SELECT raw FROM sync_key", [], |r| r.get(0))
        .with_context(|| Failure::CouldNotRead(path.to_path_buf()))?;
    anyhow::ensure!(
        key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit()),
        Failure::CouldNotRead(path.to_path_buf())
    );
    Ok(Some(key))
}

/// Writes the change file `file` at `path`, keyed with the folder's key.
pub fn write_change_file(path: &Path, key_hex: &str, file: &ChangeFile) -> Result<()> {
    write_new(path, &raw(key_hex), |conn| {
        conn.execute_batch(
            "CREATE TABLE change_file (device TEXT NOT NULL, seq INTEGER NOT NULL,
                written_at TEXT NOT NULL, export TEXT NOT NULL, tombstones TEXT NOT NULL)",
        )?;
        conn.execute(
            "INSERT INTO change_file VALUES (?1, ?2, ?3, ?4, ?5)",
            rusqlite::params![
                file.device,
                file.seq as i64,
                file.written_at,
                file.export,
                file.tombstones
            ],
        )?;
        Ok(())
    })
}

/// Reads the change file at `path`; `Ok(None)` when it does not open with
/// the folder's key (half-copied, damaged, or not ours).
pub fn read_change_file(path: &Path, key_hex: &str) -> Result<Option<ChangeFile>> {
    let Some(conn) = open_read(path, &raw(key_hex))? else {
        return Ok(None);
    };
    let file = conn
        .query_row(
            "SELECT device, seq, written_at, export, tombstones FROM change_file",
            [],
            |r| {
                Ok(ChangeFile {
                    device: r.get(0)?,
                    seq: r.get::<_, i64>(1)? as u64,
                    written_at: r.get(2)?,
                    export: r.get(3)?,
                    tombstones: r.get(4)?,
                })
            },
        )
        .optional();
    match file {
        Ok(file) => Ok(file),
        Err(e) if matches!(said(&e), Said::NotADatabase | Said::Corrupt) => Ok(None),
        Err(_) => Ok(None),
    }
}

/// The change file's path for device `device`, number `seq`.
pub fn change_file_path(dir: &Path, device: &str, seq: u64) -> PathBuf {
    dir.join(device)
        .join(crate::journal::sync::change_file_name(seq, &random_tail()))
}
