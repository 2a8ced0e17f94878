//! The store: one SQLite file, and all the SQL the program runs.
//!
//! Everything else speaks in the journal's domain types. Each command works
//! inside one [`Tx`], so it either happens whole or not at all.

mod backup;
mod crypt;
mod fill;
mod generate;
mod leftover;
pub(crate) mod migrate;
mod patterns;
mod prep;
mod snapshot;
mod transfer;
mod undo;
mod undo_sql;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, ToSql, TransactionBehavior, params};

use crate::error::Error;
use crate::journal::{
    Case, CaseSummary, Goal, Medium, Meeting, MeetingKind, Other, Outcome, QuestionEntry, Reason,
    Reflection, ReflectionFilter, Resistance, Role, Side, Step, StepInfo,
    chronology::{self, Conflict},
    date,
};
use crate::t;

pub use backup::{Health, backup_folder};
pub use crypt::{Encryption, convert, is_encrypted};
pub use generate::{GenCase, GenReflection};
pub use leftover::{Leftover, clear_leftovers};
pub use migrate::{APPLICATION_ID, MIGRATIONS, latest};
pub use transfer::{CaseStream, ImportSummary, Importer};

/// How long a command waits for another process that is writing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

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
    conn: Connection,
    path: PathBuf,
    /// The passphrase of an encrypted journal.
    key: Option<String>,
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
    fn open_keyed(path: &Path, key: Option<String>) -> Result<Store> {
        // A wrong passphrase is found before anything could change a file.
        if let Some(key) = &key
            && !crypt::key_opens(path, key)?
        {
            return Err(Error::WrongPassphrase(path.to_path_buf()).into());
        }
        let mut conn = verified(path, key.as_deref())?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        anyhow::ensure!(mode == "wal", t!("io-wal"));
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
        let mut conn = Connection::open_in_memory().with_context(|| t!("io-in-memory"))?;
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
        Ok(Tx(
            self.conn
                .transaction_with_behavior(TransactionBehavior::Deferred)?,
            false,
        ))
    }

    /// A write transaction that `spiegel undo` does not record: for filling
    /// a new, empty journal with demo or generated data, where an undo step
    /// would only double the work and the file.
    pub fn write_unrecorded(&mut self) -> Result<Tx<'_>> {
        Ok(Tx(
            self.conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .with_context(|| t!("io-lock-write"))?,
            false,
        ))
    }

    /// A write transaction; it waits for other writers instead of failing.
    /// Its changes form one step for `spiegel undo`.
    pub fn write(&mut self) -> Result<Tx<'_>> {
        let tx = Tx(
            self.conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .with_context(|| t!("io-lock-write"))?,
            true,
        );
        tx.open_undo_batch()?;
        Ok(tx)
    }
}

/// Connects to the journal at `path` (keyed with `key`) and looks before
/// anything is written: a file that is not ours, a journal from a newer
/// spiegel, a wrong passphrase or a folder that may not be written is
/// refused, the file left exactly as it is.
fn verified(path: &Path, key: Option<&str>) -> Result<Connection> {
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
            use rusqlite::ErrorCode::{
                CannotOpen, DatabaseBusy, DatabaseCorrupt, DatabaseLocked, ReadOnly,
            };
            let code = e.sqlite_error_code();
            // A file or folder the user may not write is said as such,
            // not as "not a journal" or a wrong passphrase.
            if matches!(code, Some(CannotOpen | ReadOnly))
                && let Some(why) = crate::fsx::why_unwritable(path)
            {
                return why;
            }
            match (&key, code) {
                // Locked by a conversion, or by another program.
                (_, Some(DatabaseBusy | DatabaseLocked)) => Error::JournalBusy(path.to_path_buf()),
                (_, Some(DatabaseCorrupt)) => Error::Damaged {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                },
                (Some(_), _) => Error::WrongPassphrase(path.to_path_buf()),
                (None, _) => not_ours(e.to_string()),
            }
            .into()
        })?;
    if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
        return Err(not_ours(t!("error-not-a-journal-other-data")).into());
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
    let mut file = crate::fsx::open_append(Path::new(&path)).with_context(|| {
        t!(
            "io-could-not-open-trace",
            path = Path::new(&path).display().to_string()
        )
    })?;
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
fn connect(path: &Path, key: Option<&str>) -> Result<Connection> {
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| t!("io-could-not-open", path = path.display().to_string()))?;
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
fn create_private_file(path: &Path) -> Result<()> {
    crate::fsx::create_parent(path)?;
    match crate::fsx::create_new(path) {
        Ok(_) => Ok(()),
        // Another process created it a moment ago: fine.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => {
            Err(e).with_context(|| t!("io-could-not-create", path = path.display().to_string()))
        }
    }
}

/// The form timestamps are stored in: UTC, ISO 8601, milliseconds.
fn timestamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn now() -> String {
    timestamp(date::now_utc())
}

fn get_timestamp(row: &Row, idx: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(idx)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into())
        })
}

fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

macro_rules! sql_code {
    ($($ty:ty),+) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.code()))
            }
        }
        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                <$ty>::from_code(text).ok_or_else(|| FromSqlError::Other(format!("unknown code {text:?}").into()))
            }
        }
    )+};
}
sql_code!(Side, Role, Medium, Outcome, MeetingKind);

impl ToSql for Step {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.number()))
    }
}

impl FromSql for Step {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let n = u8::column_result(value)?;
        Step::new(n).map_err(|e| FromSqlError::Other(e.into()))
    }
}

/// A new case, before it has an id.
pub struct NewCase<'a> {
    pub name: &'a str,
    pub setting: Option<&'a str>,
    pub cohabiting: Option<bool>,
    pub opened_on: NaiveDate,
}

/// The fields of a reflection row itself (its children are set separately).
pub struct ReflectionFields<'a> {
    pub case_id: i64,
    pub date: NaiveDate,
    pub medium: Medium,
    pub completed: bool,
    pub note: &'a str,
}

const CASE_COLUMNS: &str = "c.id, c.uuid, c.name, c.setting, c.cohabiting, c.opened_on, \
                            c.closed_on, c.outcome, c.created_at, c.updated_at";

fn case_from_row(row: &Row) -> rusqlite::Result<Case> {
    Ok(Case {
        id: row.get(0)?,
        uuid: row.get(1)?,
        name: row.get(2)?,
        setting: row.get(3)?,
        cohabiting: row.get(4)?,
        opened_on: row.get(5)?,
        closed_on: row.get(6)?,
        outcome: row.get(7)?,
        created_at: get_timestamp(row, 8)?,
        updated_at: get_timestamp(row, 9)?,
    })
}

/// One transaction on the journal. Dropped without [`Tx::commit`], it
/// leaves the journal as it was. The flag says whether it is a write
/// transaction, whose changes are recorded for `spiegel undo`.
pub struct Tx<'c>(rusqlite::Transaction<'c>, bool);

impl Tx<'_> {
    pub fn commit(self) -> Result<()> {
        if self.1 {
            self.close_undo_batch()?;
        }
        self.0.commit().with_context(|| t!("io-save"))
    }

    /// Whether the journal holds no cases (and so nothing of the user's).
    pub fn is_empty(&self) -> Result<bool> {
        Ok(!self
            .0
            .query_row("SELECT EXISTS (SELECT 1 FROM \"case\")", [], |r| r.get(0))?)
    }

    // ---- cases ---------------------------------------------------------

    pub fn case_by_key(&self, key: &str) -> Result<Option<Case>> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM \"case\" c WHERE c.name_key = ?1");
        Ok(self
            .0
            .prepare_cached(&sql)?
            .query_row([key], case_from_row)
            .optional()?)
    }

    pub fn case_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .0
            .prepare_cached("SELECT name FROM \"case\" ORDER BY name_key")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }

    pub fn insert_case(&self, new: &NewCase) -> Result<Case> {
        let now = now();
        self.0
            .prepare_cached(
                "INSERT INTO \"case\" (uuid, name, name_key, setting, cohabiting, opened_on, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            )?
            .execute(params![
                new_uuid(),
                new.name,
                crate::journal::name_key(new.name),
                new.setting,
                new.cohabiting,
                new.opened_on,
                now
            ])
            .with_context(|| t!("io-add-case"))?;
        let id = self.0.last_insert_rowid();
        self.case_by_id(id)
    }

    fn case_by_id(&self, id: i64) -> Result<Case> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM \"case\" c WHERE c.id = ?1");
        Ok(self
            .0
            .prepare_cached(&sql)?
            .query_row([id], case_from_row)?)
    }

    /// Writes a case's changeable fields back.
    pub fn update_case(&self, case: &Case) -> Result<()> {
        self.0
            .prepare_cached(
                "UPDATE \"case\" SET name = ?2, name_key = ?3, setting = ?4, cohabiting = ?5,
                        opened_on = ?6, closed_on = ?7, outcome = ?8, updated_at = ?9
                 WHERE id = ?1",
            )?
            .execute(params![
                case.id,
                case.name,
                crate::journal::name_key(&case.name),
                case.setting,
                case.cohabiting,
                case.opened_on,
                case.closed_on,
                case.outcome,
                now()
            ])
            .with_context(|| t!("io-change-case"))?;
        Ok(())
    }

    pub fn case_summaries(&self, include_closed: bool) -> Result<Vec<CaseSummary>> {
        let sql = format!(
            "SELECT {CASE_COLUMNS},
                    (SELECT count(*) FROM reflection r WHERE r.case_id = c.id),
                    (SELECT max(r.session_on) FROM reflection r WHERE r.case_id = c.id),
                    EXISTS (SELECT 1 FROM other o JOIN presence p ON p.other_id = o.id
                            WHERE o.case_id = c.id)
             FROM \"case\" c
             WHERE ?1 OR c.closed_on IS NULL
             ORDER BY c.name_key"
        );
        let mut stmt = self.0.prepare_cached(&sql)?;
        let rows = stmt.query_map([include_closed], |row| {
            Ok(CaseSummary {
                case: case_from_row(row)?,
                reflections: row.get::<_, i64>(10)? as u64,
                last_session: row.get(11)?,
                other_took_part: row.get(12)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ---- significant others ----------------------------------------------

    pub fn others(&self, case_id: i64) -> Result<Vec<Other>> {
        let mut stmt = self.0.prepare_cached(
            "SELECT o.id, o.uuid, o.name, o.role, o.created_at, o.updated_at,
                    (SELECT count(*) FROM presence p WHERE p.other_id = o.id)
             FROM other o WHERE o.case_id = ?1 ORDER BY o.name_key",
        )?;
        let rows = stmt.query_map([case_id], |row| {
            Ok(Other {
                id: row.get(0)?,
                uuid: row.get(1)?,
                name: row.get(2)?,
                role: row.get(3)?,
                created_at: get_timestamp(row, 4)?,
                updated_at: get_timestamp(row, 5)?,
                sessions: row.get::<_, i64>(6)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn insert_other(&self, case_id: i64, name: &str, role: Role) -> Result<i64> {
        self.0
            .prepare_cached(
                "INSERT INTO other (uuid, case_id, name, name_key, role, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![
                new_uuid(),
                case_id,
                name,
                crate::journal::name_key(name),
                role,
                now()
            ])
            .with_context(|| t!("io-add-other"))?;
        Ok(self.0.last_insert_rowid())
    }

    // ---- reflections ------------------------------------------------------

    pub fn insert_reflection(&self, fields: &ReflectionFields) -> Result<i64> {
        self.0
            .prepare_cached(
                "INSERT INTO reflection (uuid, case_id, session_on, medium, completed, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            )?
            .execute(params![
                new_uuid(),
                fields.case_id,
                fields.date,
                fields.medium,
                fields.completed,
                fields.note,
                now()
            ])
            .with_context(|| t!("io-add-reflection"))?;
        Ok(self.0.last_insert_rowid())
    }

    pub fn update_reflection(&self, id: i64, fields: &ReflectionFields) -> Result<()> {
        self.0
            .prepare_cached(
                "UPDATE reflection SET case_id = ?2, session_on = ?3, medium = ?4, completed = ?5,
                        note = ?6, updated_at = ?7
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                fields.case_id,
                fields.date,
                fields.medium,
                fields.completed,
                fields.note,
                now()
            ])
            .with_context(|| t!("io-change-reflection"))?;
        Ok(())
    }

    pub fn set_presence(&self, reflection_id: i64, other_ids: &[i64]) -> Result<()> {
        self.0
            .prepare_cached("DELETE FROM presence WHERE reflection_id = ?1")?
            .execute([reflection_id])?;
        self.add_presence(reflection_id, other_ids)
    }

    /// [`Tx::set_presence`] of a reflection that has none yet.
    fn add_presence(&self, reflection_id: i64, other_ids: &[i64]) -> Result<()> {
        let mut insert = self.0.prepare_cached(
            "INSERT OR IGNORE INTO presence (reflection_id, other_id) VALUES (?1, ?2)",
        )?;
        for other in other_ids {
            insert.execute([reflection_id, *other])?;
        }
        Ok(())
    }

    pub fn set_resistance(&self, reflection_id: i64, codes: &[String]) -> Result<()> {
        self.0
            .prepare_cached("DELETE FROM reflection_resistance WHERE reflection_id = ?1")?
            .execute([reflection_id])?;
        self.add_resistance(reflection_id, codes)
    }

    /// [`Tx::set_resistance`] of a reflection that has none yet.
    fn add_resistance(&self, reflection_id: i64, codes: &[String]) -> Result<()> {
        let mut insert = self.0.prepare_cached(
            "INSERT OR IGNORE INTO reflection_resistance (reflection_id, resistance) VALUES (?1, ?2)",
        )?;
        for code in codes {
            insert.execute(params![reflection_id, code])?;
        }
        Ok(())
    }

    /// Replaces the stalls: one `(step, reason id)` pair per reason.
    pub fn set_stalls(&self, reflection_id: i64, stalls: &[(Step, i64)]) -> Result<()> {
        self.0
            .prepare_cached("DELETE FROM stall WHERE reflection_id = ?1")?
            .execute([reflection_id])?;
        self.add_stalls(reflection_id, stalls)
    }

    /// [`Tx::set_stalls`] of a reflection that has none yet.
    fn add_stalls(&self, reflection_id: i64, stalls: &[(Step, i64)]) -> Result<()> {
        let mut insert = self.0.prepare_cached(
            "INSERT OR IGNORE INTO stall (reflection_id, step, reason_id) VALUES (?1, ?2, ?3)",
        )?;
        for (step, reason) in stalls {
            insert.execute(params![reflection_id, step, reason])?;
        }
        Ok(())
    }

    /// Sets, replaces (keeping an answer) or, with `None`, removes the question.
    pub fn set_question(&self, reflection_id: i64, text: Option<&str>) -> Result<()> {
        match text {
            None => {
                self.0
                    .prepare_cached("DELETE FROM question WHERE reflection_id = ?1")?
                    .execute([reflection_id])?;
            }
            Some(text) => {
                self.0
                    .prepare_cached(
                        "INSERT INTO question (uuid, reflection_id, text, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?4)
                         ON CONFLICT (reflection_id) DO UPDATE
                         SET text = excluded.text, updated_at = excluded.updated_at
                         WHERE text <> excluded.text",
                    )?
                    .execute(params![new_uuid(), reflection_id, text, now()])?;
            }
        }
        Ok(())
    }

    pub fn delete_reflection(&self, id: i64) -> Result<bool> {
        let n = self
            .0
            .prepare_cached("DELETE FROM reflection WHERE id = ?1")?
            .execute([id])
            .with_context(|| t!("io-delete-reflection"))?;
        Ok(n > 0)
    }

    pub fn reflection(&self, id: i64) -> Result<Option<Reflection>> {
        let sql = format!("{REFLECTION_SELECT} WHERE r.id = ?1");
        let base = self
            .0
            .prepare_cached(&sql)?
            .query_row([id], reflection_from_row)
            .optional()?;
        base.map(|r| self.fill(r)).transpose()
    }

    /// Reflections matching `filter`, newest first.
    pub fn reflections(&self, filter: &ReflectionFilter) -> Result<Vec<Reflection>> {
        self.reflections_ordered(filter, "r.session_on DESC, r.id DESC")
    }

    /// The reflections of one case, oldest first.
    /// A case with a session outside its dates, as the case's name and the
    /// dates' conflict: what a merge (import) must not leave behind, as
    /// each record it takes is checked on its own.
    pub fn sessions_outside_their_case(&self) -> Result<Option<(String, Conflict)>> {
        let found: Option<(String, NaiveDate, Option<NaiveDate>, NaiveDate, NaiveDate)> = self
            .0
            .query_row(
                "SELECT c.name, c.opened_on, c.closed_on, min(r.session_on), max(r.session_on)
                 FROM \"case\" c JOIN reflection r ON r.case_id = c.id
                 GROUP BY c.id
                 HAVING min(r.session_on) < c.opened_on OR max(r.session_on) > c.closed_on
                 LIMIT 1",
                [],
                |row| {
                    Ok((
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ))
                },
            )
            .optional()?;
        Ok(found.and_then(|(name, opened, closed, first, last)| {
            let conflict = chronology::session(first, opened, closed)
                .and(chronology::session(last, opened, closed))
                .err()?;
            Some((name, conflict))
        }))
    }

    /// The dates of a case's first and latest session, if it has any.
    pub fn session_span(&self, case_id: i64) -> Result<Option<(NaiveDate, NaiveDate)>> {
        let (first, last): (Option<NaiveDate>, Option<NaiveDate>) = self
            .0
            .prepare_cached(
                "SELECT min(session_on), max(session_on) FROM reflection WHERE case_id = ?1",
            )?
            .query_row([case_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(first.zip(last))
    }

    pub fn timeline(&self, case_id: i64) -> Result<Vec<Reflection>> {
        let filter = ReflectionFilter {
            case_id: Some(case_id),
            ..ReflectionFilter::default()
        };
        self.reflections_ordered(&filter, "r.session_on, r.id")
    }

    fn reflections_ordered(
        &self,
        filter: &ReflectionFilter,
        order: &str,
    ) -> Result<Vec<Reflection>> {
        let mut all = Vec::new();
        self.each_reflection_ordered(filter, order, |r| {
            all.push(r);
            Ok(())
        })?;
        Ok(all)
    }

    /// Calls `each` with every reflection matching `filter`, newest first,
    /// holding only a few in memory at a time.
    pub fn each_reflection(
        &self,
        filter: &ReflectionFilter,
        each: impl FnMut(Reflection) -> Result<()>,
    ) -> Result<()> {
        self.each_reflection_ordered(filter, "r.session_on DESC, r.id DESC", each)
    }

    /// Whether the step/reason of `filter` has so many stalls that walking
    /// the reflections newest first finds `limit` of them soon; otherwise
    /// collecting the few matches through the stall index is cheaper. Either
    /// way `list --why` stays fast at any journal size.
    fn stalls_are_frequent(&self, filter: &ReflectionFilter) -> Result<bool> {
        const FREQUENT: i64 = 5000;
        if filter.case_id.is_some() || (filter.step.is_none() && filter.reason_id.is_none()) {
            return Ok(false);
        }
        let (condition, params) = stall_condition(filter);
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM stall s WHERE {condition} LIMIT {FREQUENT})"
        );
        let n: i64 = self
            .0
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(params), |r| r.get(0))?;
        Ok(n >= FREQUENT)
    }

    // ---- catalogue ---------------------------------------------------------

    pub fn steps(&self) -> Result<Vec<StepInfo>> {
        let mut stmt = self.0.prepare_cached(
            "SELECT number, title_en, title_nl, instruction_en, instruction_nl, pitfall_en, pitfall_nl
             FROM step ORDER BY number",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(StepInfo {
                step: row.get(0)?,
                title_en: row.get(1)?,
                title_nl: row.get(2)?,
                instruction_en: row.get(3)?,
                instruction_nl: row.get(4)?,
                pitfall_en: row.get(5)?,
                pitfall_nl: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The reasons, own side first, then by code.
    pub fn reasons(&self) -> Result<Vec<Reason>> {
        let mut stmt = self.0.prepare_cached(
            "SELECT re.code, re.uuid, re.side, re.label_en, re.label_nl, re.usual_steps,
                    re.builtin, re.retired,
                    (SELECT count(*) FROM stall s WHERE s.reason_id = re.id)
             FROM reason re
             ORDER BY CASE re.side WHEN 'self' THEN 0 WHEN 'client' THEN 1 ELSE 2 END,
                      re.builtin DESC, re.id",
        )?;
        let rows = stmt.query_map([], |row| {
            let steps: String = row.get(5)?;
            Ok(Reason {
                code: row.get(0)?,
                uuid: row.get(1)?,
                side: row.get(2)?,
                label_en: row.get(3)?,
                label_nl: row.get(4)?,
                usual_steps: steps
                    .split(',')
                    .filter_map(|s| s.parse::<Step>().ok())
                    .collect(),
                builtin: row.get(6)?,
                retired: row.get(7)?,
                uses: row.get::<_, i64>(8)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every reason's code with its English and Dutch label: the catalogue
    /// without the usage counts of [`Tx::reasons`], which read every stall.
    pub fn reason_labels(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self
            .0
            .prepare_cached("SELECT code, label_en, label_nl FROM reason ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn reason_id(&self, code: &str) -> Result<Option<i64>> {
        Ok(self
            .0
            .prepare_cached("SELECT id FROM reason WHERE code = ?1")?
            .query_row([code], |r| r.get(0))
            .optional()?)
    }

    pub fn insert_reason(
        &self,
        code: &str,
        side: Side,
        label_en: &str,
        label_nl: &str,
        usual_steps: &str,
    ) -> Result<()> {
        self.0
            .prepare_cached(
                "INSERT INTO reason (uuid, code, side, label_en, label_nl, usual_steps, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?7, ?6, ?6)",
            )?
            .execute(params![new_uuid(), code, side, label_en, label_nl, now(), usual_steps])
            .with_context(|| t!("io-add-reason"))?;
        Ok(())
    }

    pub fn set_reason_retired(&self, code: &str, retired: bool) -> Result<()> {
        self.0
            .prepare_cached("UPDATE reason SET retired = ?2, updated_at = ?3 WHERE code = ?1")?
            .execute(params![code, retired, now()])?;
        Ok(())
    }

    pub fn delete_reason(&self, code: &str) -> Result<()> {
        self.0
            .prepare_cached("DELETE FROM reason WHERE code = ?1 AND NOT builtin")?
            .execute([code])
            .with_context(|| t!("io-remove-reason"))?;
        Ok(())
    }

    pub fn resistances(&self) -> Result<Vec<Resistance>> {
        let mut stmt = self
            .0
            .prepare_cached("SELECT code, label_en, label_nl FROM resistance ORDER BY position")?;
        let rows = stmt.query_map([], |row| {
            Ok(Resistance {
                code: row.get(0)?,
                label_en: row.get(1)?,
                label_nl: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    // ---- questions, meetings, goals ---------------------------------------

    /// Questions for supervision, oldest first; only open ones unless `all`.
    pub fn questions(&self, all: bool) -> Result<Vec<QuestionEntry>> {
        let mut stmt = self.0.prepare_cached(
            "SELECT q.id, q.uuid, r.id, c.name, r.session_on, q.text, q.answer, q.answered_on
             FROM question q
             JOIN reflection r ON r.id = q.reflection_id
             JOIN \"case\" c ON c.id = r.case_id
             WHERE ?1 OR q.answered_on IS NULL
             ORDER BY r.session_on, q.id",
        )?;
        let rows = stmt.query_map([all], question_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn question(&self, id: i64) -> Result<Option<QuestionEntry>> {
        Ok(self
            .0
            .prepare_cached(
                "SELECT q.id, q.uuid, r.id, c.name, r.session_on, q.text, q.answer, q.answered_on
                 FROM question q
                 JOIN reflection r ON r.id = q.reflection_id
                 JOIN \"case\" c ON c.id = r.case_id
                 WHERE q.id = ?1",
            )?
            .query_row([id], question_from_row)
            .optional()?)
    }

    pub fn answer_question(&self, id: i64, answer: &str, on: NaiveDate) -> Result<()> {
        self.0
            .prepare_cached(
                "UPDATE question SET answer = ?2, answered_on = ?3, updated_at = ?4 WHERE id = ?1",
            )?
            .execute(params![id, answer, on, now()])
            .with_context(|| t!("io-save-answer"))?;
        Ok(())
    }

    pub fn insert_meeting(
        &self,
        on: NaiveDate,
        kind: MeetingKind,
        with: Option<&str>,
        note: &str,
    ) -> Result<i64> {
        self.0
            .prepare_cached(
                "INSERT INTO meeting (uuid, held_on, kind, with_whom, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![new_uuid(), on, kind, with, note, now()])
            .with_context(|| t!("io-record-meeting"))?;
        Ok(self.0.last_insert_rowid())
    }

    /// Meetings, most recent first.
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        let mut stmt = self.0.prepare_cached(
            "SELECT id, uuid, held_on, kind, with_whom, note, created_at, updated_at
             FROM meeting ORDER BY held_on DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(Meeting {
                id: row.get(0)?,
                uuid: row.get(1)?,
                date: row.get(2)?,
                kind: row.get(3)?,
                with: row.get(4)?,
                note: row.get(5)?,
                created_at: get_timestamp(row, 6)?,
                updated_at: get_timestamp(row, 7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn last_meeting_date(&self) -> Result<Option<NaiveDate>> {
        Ok(self
            .0
            .prepare_cached("SELECT max(held_on) FROM meeting")?
            .query_row([], |r| r.get(0))?)
    }

    pub fn insert_goal(&self, text: &str, reason_id: i64, since: NaiveDate) -> Result<i64> {
        self.0
            .prepare_cached(
                "INSERT INTO goal (uuid, text, reason_id, since, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            )?
            .execute(params![new_uuid(), text, reason_id, since, now()])
            .with_context(|| t!("io-add-goal"))?;
        Ok(self.0.last_insert_rowid())
    }

    /// Learning goals, oldest first; only open ones unless `all`.
    pub fn goals(&self, all: bool) -> Result<Vec<Goal>> {
        let mut stmt = self.0.prepare_cached(&format!(
            "{GOAL_SELECT} WHERE ?1 OR g.done_on IS NULL ORDER BY g.since, g.id"
        ))?;
        let rows = stmt.query_map([all], goal_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn goal(&self, id: i64) -> Result<Option<Goal>> {
        Ok(self
            .0
            .prepare_cached(&format!("{GOAL_SELECT} WHERE g.id = ?1"))?
            .query_row([id], goal_from_row)
            .optional()?)
    }

    pub fn set_goal_done(&self, id: i64, on: NaiveDate) -> Result<()> {
        self.0
            .prepare_cached("UPDATE goal SET done_on = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id, on, now()])?;
        Ok(())
    }

    /// Reflections in `from..=to` (open ends allowed), and how many of them
    /// give reason `code`. Both counts come from indexes.
    pub fn reason_rate(
        &self,
        code: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<(u64, u64)> {
        let from = from.map_or("0000-01-01".into(), |d| d.to_string());
        let to = to.map_or("9999-12-31".into(), |d| d.to_string());
        Ok(self
            .0
            .prepare_cached(
                "SELECT (SELECT count(DISTINCT s.reflection_id)
                         FROM reason re
                         JOIN stall_fact s ON s.reason_id = re.id
                         WHERE re.code = ?1 AND s.session_on >= ?2 AND s.session_on <= ?3),
                        (SELECT count(*) FROM reflection r
                         WHERE r.session_on >= ?2 AND r.session_on <= ?3)",
            )?
            .query_row(params![code, from, to], |r| {
                Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64))
            })?)
    }

    /// Per month (`YYYY-MM`) in `from..=to`: reflections giving reason
    /// `code`, and all reflections. Months without reflections are absent.
    pub fn reason_rate_by_month(
        &self,
        code: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(String, u64, u64)>> {
        let mut all = self.0.prepare_cached(
            // Per day first, which reads the date index in order, then per
            // month over those few rows: no sort of every reflection.
            "SELECT substr(day, 1, 7) AS month, sum(n) FROM (
                SELECT session_on AS day, count(*) AS n FROM reflection
                WHERE session_on >= ?1 AND session_on <= ?2
                GROUP BY session_on)
             GROUP BY month ORDER BY month",
        )?;
        let mut months: Vec<(String, u64, u64)> = all
            .query_map(params![from, to], |r| {
                Ok((r.get::<_, String>(0)?, 0, r.get::<_, i64>(1)? as u64))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut with = self.0.prepare_cached(
            "SELECT substr(s.session_on, 1, 7) AS month, count(DISTINCT s.reflection_id)
             FROM reason re
             JOIN stall_fact s ON s.reason_id = re.id
             WHERE re.code = ?1 AND s.session_on >= ?2 AND s.session_on <= ?3
             GROUP BY month",
        )?;
        let counts = with.query_map(params![code, from, to], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?;
        for row in counts {
            let (month, count) = row?;
            if let Some(m) = months.iter_mut().find(|m| m.0 == month) {
                m.1 = count;
            }
        }
        Ok(months)
    }
}

const GOAL_SELECT: &str =
    "SELECT g.id, g.uuid, g.text, re.code, g.since, g.done_on, g.created_at, g.updated_at
                           FROM goal g JOIN reason re ON re.id = g.reason_id";

fn goal_from_row(row: &Row) -> rusqlite::Result<Goal> {
    Ok(Goal {
        id: row.get(0)?,
        uuid: row.get(1)?,
        text: row.get(2)?,
        reason: row.get(3)?,
        since: row.get(4)?,
        done_on: row.get(5)?,
        created_at: get_timestamp(row, 6)?,
        updated_at: get_timestamp(row, 7)?,
    })
}

fn question_from_row(row: &Row) -> rusqlite::Result<QuestionEntry> {
    Ok(QuestionEntry {
        id: row.get(0)?,
        uuid: row.get(1)?,
        reflection: row.get(2)?,
        case: row.get(3)?,
        date: row.get(4)?,
        text: row.get(5)?,
        answer: row.get(6)?,
        answered_on: row.get(7)?,
    })
}

const REFLECTION_SELECT: &str = "SELECT r.id, r.uuid, c.name, r.session_on, r.medium, r.completed,
                                        r.note, r.created_at, r.updated_at
                                 FROM reflection r JOIN \"case\" c ON c.id = r.case_id";

fn reflection_from_row(row: &Row) -> rusqlite::Result<Reflection> {
    Ok(Reflection {
        id: row.get(0)?,
        uuid: row.get(1)?,
        case: row.get(2)?,
        date: row.get(3)?,
        medium: row.get(4)?,
        completed: row.get(5)?,
        note: row.get(6)?,
        created_at: get_timestamp(row, 7)?,
        updated_at: get_timestamp(row, 8)?,
        present: Vec::new(),
        resistance: Vec::new(),
        stalls: Vec::new(),
        question: None,
    })
}

/// The `WHERE` clause for a filter, with its parameters in order.
fn filter_sql(filter: &ReflectionFilter, frequent: bool) -> (String, Vec<Box<dyn ToSql>>) {
    let mut clauses: Vec<String> = Vec::new();
    let mut params: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(case) = filter.case_id {
        clauses.push("r.case_id = ?".into());
        params.push(Box::new(case));
    }
    if let Some(since) = filter.since {
        clauses.push("r.session_on >= ?".into());
        params.push(Box::new(since));
    }
    if let Some(until) = filter.until {
        clauses.push("r.session_on <= ?".into());
        params.push(Box::new(until));
    }
    let (condition, stall_params) = stall_condition(filter);
    if !stall_params.is_empty() {
        clauses.push(if frequent {
            // Probe each reflection's own stalls while walking them newest
            // first (the `+` keeps SQLite on the primary key).
            format!(
                "EXISTS (SELECT 1 FROM stall s WHERE s.reflection_id = r.id AND {})",
                condition.replace("s.", "+s.")
            )
        } else {
            format!("r.id IN (SELECT s.reflection_id FROM stall s WHERE {condition})")
        });
        params.extend(stall_params);
    }
    if clauses.is_empty() {
        (String::new(), params)
    } else {
        (format!("WHERE {}", clauses.join(" AND ")), params)
    }
}

/// The condition on `stall s` for the filter's step and reason (`1` when
/// neither is given), written out so that SQLite can use its indexes.
fn stall_condition(filter: &ReflectionFilter) -> (String, Vec<Box<dyn ToSql>>) {
    let mut terms = Vec::new();
    let mut params: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(reason) = filter.reason_id {
        terms.push("s.reason_id = ?");
        params.push(Box::new(reason));
    }
    if let Some(step) = filter.step {
        terms.push("s.step = ?");
        params.push(Box::new(step));
    }
    if terms.is_empty() {
        ("1".into(), params)
    } else {
        (terms.join(" AND "), params)
    }
}
