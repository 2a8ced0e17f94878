//! Backups with SQLite's online backup (consistent while another process
//! writes), one before every upgrade of the schema, restoring one, and the
//! health check.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::Connection;
use rusqlite::backup::Backup;

use super::failure::Failure;
use super::open::connect;
use super::sqlite::{Said, said};
use super::{APPLICATION_ID, Store, crypt, latest};
use crate::error::Error;
use crate::journal::date;

/// Where backups go by default: a private folder `backups` beside the journal.
pub fn backup_folder(journal: &Path) -> PathBuf {
    match journal.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join("backups"),
        _ => PathBuf::from("backups"),
    }
}

/// The journal's file name without `.db`: the start of its backups' names.
fn stem(journal: &Path) -> String {
    journal
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "journal".into())
}

/// Whether `name`, a file in [`backup_folder`], is one of the journal's
/// own backups (`<stem>-<what>-<yyyymmdd>-<hhmmss>[-n].db`, as
/// `backup_name` makes them), not another journal's that shares the folder
/// (`journal-2.db`'s start with `journal-2-`).
pub fn is_own_backup(journal: &Path, name: &str) -> bool {
    let stem = stem(journal);
    let Some(rest) = name
        .strip_prefix(stem.as_str())
        .and_then(|r| r.strip_prefix('-'))
        .and_then(|r| r.strip_suffix(".db"))
    else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = rest.split('-').collect();
    let (what, stamp) = match parts.as_slice() {
        ["before", "restore", stamp @ ..] => ("before-restore", stamp),
        [what, stamp @ ..] => (*what, stamp),
        [] => return false,
    };
    let known = what == "backup"
        || what == "before-restore"
        || what
            .strip_prefix('v')
            .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()));
    known
        && match stamp {
            [day, time] => digits(day, 8) && digits(time, 6),
            [day, time, n] => {
                digits(day, 8)
                    && digits(time, 6)
                    && !n.is_empty()
                    && n.bytes().all(|b| b.is_ascii_digit())
            }
            _ => false,
        }
}

/// Creates an empty private file (and a private folder for it); `false`
/// when something (a file, a link, anything) is at `path` already.
fn create_new_private(path: &Path) -> Result<bool> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Ok(false);
    }
    crate::fsx::create_parent(path)?;
    match crate::fsx::create_new(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e).with_context(|| Failure::CouldNotCreate(path.to_path_buf())),
    }
}

/// `backups/journal-<what>-20260315-093000.db`, a name not taken yet.
fn backup_name(journal: &Path, what: &str) -> PathBuf {
    let stem = stem(journal);
    let stamp = date::now_utc().format("%Y%m%d-%H%M%S");
    let folder = backup_folder(journal);
    let mut path = folder.join(format!("{stem}-{what}-{stamp}.db"));
    let mut n = 1;
    while std::fs::symlink_metadata(&path).is_ok() {
        n += 1;
        path = folder.join(format!("{stem}-{what}-{stamp}-{n}.db"));
    }
    path
}

/// Copies all of `src` into `dest` in one step (one consistent snapshot),
/// waiting up to ten seconds for another process that holds a lock.
fn run_backup(src: &Connection, dest: &mut Connection) -> Result<()> {
    use rusqlite::backup::StepResult;
    let backup = Backup::new(src, dest)?;
    for _ in 0..200 {
        match backup.step(-1).with_context(|| Failure::CopyJournal)? {
            StepResult::Done => return Ok(()),
            StepResult::More | StepResult::Busy | StepResult::Locked => {
                std::thread::sleep(Duration::from_millis(50))
            }
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    anyhow::bail!(Failure::LockedTooLong)
}

/// Copies the database of `src` into a new private file at `dest`, keyed
/// with `key`, and checks the copy. A failed copy is removed.
fn copy(src: &Connection, dest: &Path, key: Option<&str>) -> Result<()> {
    if !create_new_private(dest)? {
        return Err(Error::OutputExists(dest.to_path_buf()).into());
    }
    let made = (|| -> Result<()> {
        let mut out = connect(dest, key)?;
        run_backup(src, &mut out)?;
        // One self-contained file, not a database and its write-ahead log.
        out.query_row("PRAGMA journal_mode = DELETE", [], |r| {
            r.get::<_, String>(0)
        })?;
        // The backup API copies pages as they are: a quick check of the
        // copy's structure is enough, where a full integrity check cost 7 s
        // at 1 000 000 reflections on every backup (issue 15). `restore`
        // still checks a backup fully before it replaces the journal.
        let integrity: String = out.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        anyhow::ensure!(
            integrity == "ok",
            Failure::BackupDamaged { detail: integrity }
        );
        Ok(())
    })();
    if made.is_err() {
        let _ = std::fs::remove_file(dest);
    }
    made.with_context(|| Failure::WriteBackup(dest.to_path_buf()))
}

/// The backup taken before the schema of a journal at `version` is upgraded.
pub(super) fn before_migration(
    conn: &Connection,
    journal: &Path,
    key: Option<&str>,
    version: i64,
) -> Result<()> {
    let dest = backup_name(journal, &format!("v{version}"));
    copy(conn, &dest, key)
}

/// How long `case forget` waits for other programs to close the journal.
const ALONE_WAIT: Duration = Duration::from_secs(3);

/// What `stall_fact` must hold: every stall with its reflection's case and date.
const RAW_FACTS: &str = "SELECT s.reflection_id, s.step, s.reason_id, r.case_id, r.session_on
     FROM stall s JOIN reflection r ON r.id = s.reflection_id";

/// What `spiegel check` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// Problems, each one line; empty when all is well.
    pub problems: Vec<String>,
    pub version: i64,
    pub cases: u64,
    pub reflections: u64,
    /// Stalls for which `stall_fact` differs from `stall` joined with
    /// `reflection` (schema 5): missing, extra or with another case or
    /// date; 0 when they agree.
    pub summary_drift: u64,
    /// Sessions for which `session_fact` differs from the reflections with
    /// their presences and reactions, plus what the day and case summaries
    /// count wrong; 0 when they agree.
    pub session_drift: u64,
    /// Texts the search index misses, or holds that the journal does not;
    /// 0 when it holds exactly the journal's texts.
    pub search_drift: u64,
}

impl Store {
    /// Writes a backup to `dest`, or to a new file in the backup folder;
    /// returns where. An encrypted journal's backup has the same passphrase.
    pub fn backup(&self, dest: Option<&Path>) -> Result<PathBuf> {
        let dest = match dest {
            Some(d) => d.to_path_buf(),
            None => backup_name(&self.path, "backup"),
        };
        copy(&self.conn, &dest, self.key.as_deref())?;
        Ok(dest)
    }

    /// Replaces the journal's content with the backup at `src` after checking
    /// it; the journal as it was is first backed up beside it (returned).
    pub fn restore(&mut self, src: &Path) -> Result<PathBuf> {
        let bad_detail = |detail: String| Error::BadBackup {
            path: src.to_path_buf(),
            detail,
        };
        let bad = |failure: Failure| bad_detail(failure.to_string());
        if !src.is_file() {
            return Err(bad(Failure::BackupNoFile).into());
        }
        let key = match (crypt::is_encrypted(src)?, &self.key) {
            (false, None) => None,
            (true, Some(key)) => Some(key.as_str()),
            (true, None) => {
                return Err(bad(Failure::BackupEncryptedJournalNot).into());
            }
            (false, Some(_)) => return Err(Error::RestoreMismatch(src.to_path_buf()).into()),
        };
        let backup = connect(src, key)?;
        let (app_id, version): (i64, i64) = backup
            .query_row(
                "SELECT (SELECT application_id FROM pragma_application_id),
                        (SELECT user_version FROM pragma_user_version)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|_| match key {
                Some(_) => bad(Failure::BackupWrongPassphrase),
                None => bad(Failure::BackupNotAJournal),
            })?;
        if app_id != APPLICATION_ID {
            return Err(bad(Failure::BackupNotAJournal).into());
        }
        if version > latest() as i64 {
            return Err(bad(Failure::BackupNewer { version }).into());
        }
        let integrity: String = backup
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| bad_detail(e.to_string()))?;
        if integrity != "ok" {
            return Err(bad(Failure::BackupIntegrity { detail: integrity }).into());
        }

        let kept = backup_name(&self.path, "before-restore");
        copy(&self.conn, &kept, self.key.as_deref())?;
        run_backup(&backup, &mut self.conn).with_context(|| Failure::Restore)?;
        super::migrate::migrate(&mut self.conn)?;
        Ok(kept)
    }

    /// Takes the journal for this connection alone until it closes: no other
    /// program can then hold an old copy of a page in the write-ahead log,
    /// so [`Store::scrub`] after an erasure cannot be kept waiting. Waits a
    /// few seconds for other connections to close, then refuses, changing
    /// nothing.
    pub fn take_alone(&self) -> Result<()> {
        // In WAL mode every open connection holds a shared lock on the file
        // for as long as it is open; in exclusive locking mode a write
        // transaction needs the file's exclusive lock, and keeps it.
        self.conn
            .query_row("PRAGMA locking_mode = EXCLUSIVE", [], |_| Ok(()))?;
        self.conn.busy_timeout(ALONE_WAIT)?;
        let taken = self.conn.execute_batch("BEGIN IMMEDIATE; COMMIT;");
        self.conn.busy_timeout(super::open::BUSY_TIMEOUT)?;
        match taken {
            Ok(()) => Ok(()),
            Err(e) if said(&e) == Said::Busy => {
                Err(Error::JournalOpenElsewhere(self.path.clone()).into())
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Moves everything from the write-ahead log into the journal and
    /// empties the log, so that no older copy of a page survives there.
    pub fn scrub(&self) -> Result<()> {
        for _ in 0..50 {
            let blocked: i64 = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
            if blocked == 0 {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(Error::JournalBusy(self.path.clone()).into())
    }

    /// Checks the journal: routinely SQLite's `quick_check` (every page's
    /// structure) and the summaries' totals against the rows they count;
    /// with `full` SQLite's whole `integrity_check` (every index read against
    /// its table), the foreign keys, the summaries row by row and the search
    /// index against the texts. The routine check stays within a few
    /// seconds at a million reflections, where the full one reads every row
    /// several times (issue 15): SQLite itself holds the foreign keys and
    /// triggers the summaries and the index on every write, so only damage
    /// or a change made outside spiegel can put them out of step.
    pub fn check(&self, full: bool) -> Result<Health> {
        let pragmas: Vec<String> = if full {
            vec!["PRAGMA integrity_check".to_owned()]
        } else {
            // Table by table, the search index's own tables included, but
            // not the index as a virtual table: for that SQLite's quick
            // check tokenizes every text again (two thirds of its time at a
            // million reflections), which is the full check's comparison.
            self.conn
                .prepare(
                    "SELECT name FROM sqlite_schema
                     WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
                     ORDER BY rootpage",
                )?
                .query_map([], |r| r.get::<_, String>(0))?
                .map(|name| {
                    Ok(format!(
                        "PRAGMA quick_check(\"{}\")",
                        name?.replace('"', "\"\"")
                    ))
                })
                .collect::<Result<_>>()?
        };
        let mut problems = Vec::new();
        for pragma in pragmas {
            let found = self
                .conn
                .prepare(&pragma)?
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            problems.extend(found.into_iter().filter(|line| line != "ok"));
        }
        if full {
            let broken: Vec<String> = self
                .conn
                .prepare("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check")?
                .query_map([], |r| {
                    Ok(Failure::MissingReference {
                        table: r.get::<_, String>(0)?,
                        row: r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                        parent: r.get::<_, String>(2)?,
                    }
                    .to_string())
                })?
                .collect::<rusqlite::Result<_>>()?;
            problems.extend(broken);
        }
        let count = |sql: &str| -> Result<u64> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
        };
        Ok(Health {
            problems,
            version: self
                .conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))?,
            cases: count("SELECT count(*) FROM \"case\"")?,
            reflections: count("SELECT count(*) FROM reflection")?,
            search_drift: if full {
                super::search::drift(&self.conn)?
            } else {
                0
            },
            summary_drift: if full {
                // Each stall looked up in the summary by its key and the
                // other way round, in key order: no sort.
                count(
                    "SELECT (SELECT count(*) FROM stall s
                             JOIN reflection r ON r.id = s.reflection_id
                             LEFT JOIN stall_fact f ON f.reflection_id = s.reflection_id
                                  AND f.step = s.step AND f.reason_id = s.reason_id
                             WHERE f.reflection_id IS NULL OR f.case_id <> r.case_id
                                OR f.session_on <> r.session_on)
                          + (SELECT count(*) FROM stall_fact f
                             WHERE NOT EXISTS (SELECT 1 FROM stall s
                                               WHERE s.reflection_id = f.reflection_id
                                                 AND s.step = f.step
                                                 AND s.reason_id = f.reason_id))",
                )?
            } else {
                count(
                    "SELECT abs((SELECT count(*) FROM stall) - (SELECT count(*) FROM stall_fact))",
                )?
            },
            // The session summary, and the day and case summaries counted
            // from it and from the stall summary.
            session_drift: super::session_fact::session_drift(&self.conn, full)?
                + super::day_summary::day_drift(&self.conn, full)?
                + super::case_summary::case_drift(&self.conn, full)?,
        })
    }

    /// Refills the search index from the journal's texts, in one
    /// transaction; returns how many it holds. Not recorded for undo.
    pub fn rebuild_search(&mut self) -> Result<u64> {
        let tx = self.write_unrecorded()?;
        let texts = tx.refill_search()?;
        tx.commit()?;
        Ok(texts)
    }

    /// Refills `stall_fact` from the stalls and their reflections, in one
    /// transaction; returns its rows. Nothing the user wrote changes, so
    /// `spiegel undo` does not record it.
    pub fn rebuild_summary(&mut self) -> Result<u64> {
        let tx = self.write_unrecorded()?;
        let rows = tx.refill_summary()?;
        tx.commit()?;
        Ok(rows)
    }
}

impl super::Tx<'_> {
    /// Empties `stall_fact` and `session_fact` and fills them from the
    /// stalls and reflections; returns the stall summary's rows.
    pub(super) fn refill_summary(&self) -> Result<u64> {
        self.refill_sessions()?;
        self.tx.execute("DELETE FROM stall_fact", [])?;
        let rows = self.tx.execute(
            &format!(
                "INSERT INTO stall_fact (reflection_id, step, reason_id, case_id, session_on) {RAW_FACTS}"
            ),
            [],
        )?;
        self.refill_days()?;
        self.refill_cases()?;
        Ok(rows as u64)
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{Access, Store};

    #[test]
    fn own_backups_are_told_from_another_journal_s() {
        let journal = std::path::Path::new("/x/journal.db");
        for own in [
            "journal-backup-20260315-093000.db",
            "journal-backup-20260315-093000-2.db",
            "journal-before-restore-20260315-093000.db",
            "journal-v7-20260315-093000.db",
        ] {
            assert!(super::is_own_backup(journal, own), "{own}");
        }
        for other in [
            "journal-2-backup-20260315-093000.db",
            "journal-backup-20260315.db",
            "journal-backup-20260315-093000.db-wal",
            "notes.txt",
            "journal-v-20260315-093000.db",
        ] {
            assert!(!super::is_own_backup(journal, other), "{other}");
        }
    }

    /// Issue 10.6: once `case forget` has the journal to itself, no reader
    /// can start and pin an old copy of a page before the log is emptied.
    #[test]
    fn a_journal_taken_alone_lets_no_reader_in_until_it_closes() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("j.db");
        let store = Store::open(&path, Access::Write).unwrap();
        store.take_alone().unwrap();
        let reader = rusqlite::Connection::open(&path).unwrap();
        reader.busy_timeout(std::time::Duration::ZERO).unwrap();
        let read = || reader.query_row("SELECT count(*) FROM \"case\"", [], |r| r.get::<_, i64>(0));
        assert!(read().is_err(), "a reader got in");
        drop(store);
        assert_eq!(read().unwrap(), 0);
    }
}
