//! A journal copied into memory, for a dry run: whatever the run does, and
//! even when the journal's schema is older, nothing on disk changes.

use std::path::Path;

use anyhow::Result;
use rusqlite::Connection;

use super::failure::Failure;
use super::open::verified;
use super::{Store, crypt, migrate};

impl Store {
    /// The journal at `path` as a new journal in memory (brought up to
    /// date there, not on disk); a missing journal gives an empty one, and
    /// creates nothing. `passphrase` is asked only if it is encrypted.
    pub fn snapshot(path: &Path, passphrase: &dyn Fn() -> Result<String>) -> Result<Store> {
        crate::fsx::check_journal(path)?;
        if !path.exists() {
            return Store::in_memory();
        }
        let key = if crypt::is_encrypted(path)? {
            Some(passphrase()?)
        } else {
            None
        };
        // The same checks as opening it: ours, not newer, the right key.
        drop(verified(path, key.as_deref())?);
        let mut conn = Connection::open_in_memory()
            .map_err(|e| anyhow::Error::from(e).context(Failure::InMemory))?;
        // sqlcipher_export copies the tables, rows, indexes and triggers
        // from an encrypted or plain journal (KEY '' = plain), but not the
        // two numbers in the header: those are copied by hand.
        conn.execute(
            "ATTACH DATABASE ?1 AS journal KEY ?2",
            (path.to_string_lossy(), key.as_deref().unwrap_or("")),
        )?;
        conn.query_row("SELECT sqlcipher_export('main', 'journal')", [], |_| Ok(()))?;
        let app_id: i64 = conn.query_row("PRAGMA journal.application_id", [], |r| r.get(0))?;
        let version: i64 = conn.query_row("PRAGMA journal.user_version", [], |r| r.get(0))?;
        conn.execute("DETACH DATABASE journal", [])?;
        conn.pragma_update(None, "application_id", app_id)?;
        conn.pragma_update(None, "user_version", version)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrate::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            key,
        })
    }
}
