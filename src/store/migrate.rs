//! Schema migrations: the numbered files in `schema/`, applied in order, each
//! in its own transaction, with the journal's version in `PRAGMA user_version`.

use anyhow::{Context, Result};
use rusqlite::{Connection, TransactionBehavior};

use crate::t;

/// The migrations, in order. Append only: a released file never changes.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../schema/001_journal.sql"),
    include_str!("../../schema/002_supervision.sql"),
    include_str!("../../schema/003_undo.sql"),
    include_str!("../../schema/004_scope_index.sql"),
    include_str!("../../schema/005_stall_fact.sql"),
    include_str!("../../schema/006_undo_lossless.sql"),
];

/// Marks a SQLite file as a spiegel journal (`PRAGMA application_id`, "SPGL").
pub const APPLICATION_ID: i64 = 0x5350_474C;

/// The journal version this build writes.
pub fn latest() -> usize {
    MIGRATIONS.len()
}

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Brings the journal up to [`latest`]. Safe to run from two processes at
/// once: each step re-reads the version inside its write transaction.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_with(conn, |_, _| Ok(()))
}

/// Like [`migrate`], but first calls `before` once when a journal that holds
/// data (version > 0) needs upgrading. It runs outside the write lock (a
/// backup cannot read a connection that is writing); two processes may then
/// both make one.
pub fn migrate_with(
    conn: &mut Connection,
    mut before: impl FnMut(&Connection, i64) -> Result<()>,
) -> Result<()> {
    let version = user_version(conn)?;
    // Up to date (the usual case): no write lock, so that reading never
    // waits for another terminal's write.
    if version >= latest() as i64 {
        return Ok(());
    }
    if version > 0 {
        before(conn, version)?;
    }
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .with_context(|| t!("io-lock-upgrade"))?;
        let version = usize::try_from(user_version(&tx)?).unwrap_or(usize::MAX);
        let Some(sql) = MIGRATIONS.get(version) else {
            return Ok(());
        };
        tx.execute_batch(sql)
            .with_context(|| t!("io-upgrade", version = version + 1))?;
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()
            .with_context(|| t!("io-upgrade", version = version + 1))?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_migrations_apply_to_an_empty_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), latest() as i64);
        let reasons: i64 = conn
            .query_row("SELECT count(*) FROM reason WHERE builtin", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(reasons, 14);
        let steps: i64 = conn
            .query_row("SELECT count(*) FROM step", [], |r| r.get(0))
            .unwrap();
        assert_eq!(steps, 8);
        // Running again changes nothing.
        migrate(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), latest() as i64);
    }
}
