//! Schema migrations: the numbered files in `schema/`, applied in order, each
//! in its own transaction, with the journal's version in `PRAGMA user_version`.

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use super::failure::Failure;

/// The migrations, in order. Append only: a released file never changes.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../schema/001_journal.sql"),
    include_str!("../../schema/002_supervision.sql"),
    include_str!("../../schema/003_undo.sql"),
    include_str!("../../schema/004_scope_index.sql"),
    include_str!("../../schema/005_stall_fact.sql"),
    include_str!("../../schema/006_undo_lossless.sql"),
    include_str!("../../schema/007_autoincrement_ids.sql"),
    include_str!("../../schema/008_went_well.sql"),
    include_str!("../../schema/009_session_fact.sql"),
    include_str!("../../schema/010_search.sql"),
    include_str!("../../schema/011_reason_labels.sql"),
    include_str!("../../schema/012_step0.sql"),
    include_str!("../../schema/013_practitioner.sql"),
    include_str!("../../schema/014_search_prefix.sql"),
    include_str!("../../schema/015_went_well_index.sql"),
    include_str!("../../schema/016_question_for_group.sql"),
    include_str!("../../schema/017_day_summary.sql"),
    include_str!("../../schema/018_sync.sql"),
    include_str!("../../schema/019_case_summary.sql"),
    include_str!("../../schema/020_case_reaction.sql"),
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
    // A migration may rebuild a table (schema 7): with foreign keys on,
    // dropping the old one would delete the rows that refer to it. They are
    // off while migrating (SQLite cannot change that inside a transaction)
    // and checked before each commit instead.
    let foreign_keys: bool = conn.query_row("PRAGMA foreign_keys", [], |row| row.get(0))?;
    conn.pragma_update(None, "foreign_keys", false)?;
    let migrated = apply(conn);
    conn.pragma_update(None, "foreign_keys", foreign_keys)?;
    migrated
}

fn apply(conn: &mut Connection) -> Result<()> {
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .with_context(|| Failure::LockUpgrade)?;
        let version = usize::try_from(user_version(&tx)?).unwrap_or(usize::MAX);
        let Some(sql) = MIGRATIONS.get(version) else {
            return Ok(());
        };
        tx.execute_batch(sql)
            .with_context(|| Failure::Upgrade(version + 1))?;
        let broken: Option<String> = tx
            .query_row("PRAGMA foreign_key_check", [], |row| row.get(0))
            .optional()?;
        if let Some(table) = broken {
            return Err(anyhow::anyhow!(
                "a reference in table {table} points nowhere"
            ))
            .with_context(|| Failure::Upgrade(version + 1));
        }
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit().with_context(|| Failure::Upgrade(version + 1))?;
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

    /// A journal at `version`, as an older spiegel left it.
    fn at_version(version: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        for (i, sql) in MIGRATIONS[..version].iter().enumerate() {
            conn.execute_batch(sql).unwrap();
            conn.pragma_update(None, "user_version", i as i64 + 1)
                .unwrap();
        }
        conn
    }

    /// Upgrades `conn` as [`migrate`] does, but only up to `version`: a
    /// test of one migration sees the tables as that migration left them.
    fn upgrade_to(conn: &mut Connection, version: usize) {
        conn.pragma_update(None, "foreign_keys", false).unwrap();
        let tx = conn.transaction().unwrap();
        let from = usize::try_from(user_version(&tx).unwrap()).unwrap();
        for (i, sql) in MIGRATIONS.iter().enumerate().take(version).skip(from) {
            tx.execute_batch(sql).unwrap();
            tx.pragma_update(None, "user_version", i as i64 + 1)
                .unwrap();
        }
        let broken: Option<String> = tx
            .query_row("PRAGMA foreign_key_check", [], |row| row.get(0))
            .optional()
            .unwrap();
        assert_eq!(broken, None);
        tx.commit().unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
    }

    fn count(conn: &Connection, sql: &str) -> i64 {
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    /// Every row of the user tables, as text, to compare before and after.
    fn rows(conn: &Connection) -> Vec<String> {
        let mut all = Vec::new();
        for table in [
            "\"case\"",
            "other",
            "reflection",
            "presence",
            "reflection_resistance",
            "stall",
            "stall_fact",
            "question",
            "meeting",
            "goal",
            "undo_batch",
            "undo_step",
        ] {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
                .unwrap();
            let columns = stmt.column_count();
            let found: Vec<String> = stmt
                .query_map([], |row| {
                    let values: Vec<String> = (0..columns)
                        .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                        .collect();
                    Ok(format!("{table}: {}", values.join(" | ")))
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            all.extend(found);
        }
        all
    }

    /// issue 10.4: ids were reused after a delete; schema 7 rebuilds the
    /// tables with AUTOINCREMENT and keeps every row, reference, index and
    /// trigger.
    #[test]
    fn schema_7_keeps_every_row_and_never_reuses_an_id() {
        let mut conn = at_version(5);
        let stamp = "'2026-03-01T10:00:00.000Z'";
        conn.execute_batch(&format!(
            "INSERT INTO \"case\" (id, uuid, name, name_key, opened_on, created_at, updated_at)
                 VALUES (1, 'c1', 'John', 'john', '2026-01-01', {stamp}, {stamp});
             INSERT INTO other (id, uuid, case_id, name, name_key, role, created_at, updated_at)
                 VALUES (1, 'o1', 1, 'Levi', 'levi', 'friend', {stamp}, {stamp});
             INSERT INTO reflection (id, uuid, case_id, session_on, note, created_at, updated_at)
                 VALUES (1, 'r1', 1, '2026-02-01', 'first', {stamp}, {stamp}),
                        (2, 'r2', 1, '2026-02-08', 'second', {stamp}, {stamp}),
                        (3, 'r3', 1, '2026-02-15', 'third', {stamp}, {stamp});
             INSERT INTO presence VALUES (2, 1);
             INSERT INTO reflection_resistance VALUES (1, 'no-one-left');
             INSERT INTO stall (reflection_id, step, reason_id) VALUES (1, 0, 1), (2, 3, 2);
             INSERT INTO question (id, uuid, reflection_id, text, created_at, updated_at)
                 VALUES (1, 'q1', 2, 'Why?', {stamp}, {stamp});
             INSERT INTO meeting (id, uuid, held_on, kind, created_at, updated_at)
                 VALUES (1, 'm1', '2026-02-20', 'peer', {stamp}, {stamp});
             INSERT INTO goal (id, uuid, text, reason_id, since, created_at, updated_at)
                 VALUES (1, 'g1', 'Slow down', 2, '2026-02-01', {stamp}, {stamp});
             -- Reflection 5 was deleted in the last command (the undo log
             -- can bring it back); reflection 4 long before.
             INSERT INTO undo_batch (id, open, created_at) VALUES (1, 0, {stamp});
             INSERT INTO undo_step (batch_id, tbl, op, row_key, inverse)
                 VALUES (1, 'reflection', 'delete', '5 (John, 2026-02-22)',
                         'INSERT INTO reflection (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at) VALUES (5, ''r5'', 1, ''2026-02-22'', ''in-person'', 0, ''gone'', {stamp_q}, {stamp_q})');",
            stamp_q = "''2026-03-01T10:00:00.000Z''",
        ))
        .unwrap();
        let before = rows(&conn);

        upgrade_to(&mut conn, 7);
        assert_eq!(user_version(&conn).unwrap(), 7);
        assert_eq!(rows(&conn), before, "every row kept as it was");
        assert_eq!(
            count(&conn, "SELECT count(*) FROM pragma_foreign_key_check"),
            0
        );
        let foreign_keys: bool = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert!(foreign_keys, "foreign keys are on again");
        for table in ["reflection", "question", "meeting", "goal"] {
            let sql: String = conn
                .query_row(
                    "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                    [table],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(sql.contains("AUTOINCREMENT"), "{table}: {sql}");
        }
        // The indexes and triggers of schemas 1 to 5 are all still there.
        let fresh = at_version(5);
        let names_in = |conn: &Connection, kind: &str| -> Vec<String> {
            let mut stmt = conn
                .prepare("SELECT name FROM sqlite_schema WHERE type = ?1 AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .unwrap();
            stmt.query_map([kind], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        assert_eq!(names_in(&conn, "index"), names_in(&fresh, "index"));
        assert_eq!(names_in(&conn, "trigger"), names_in(&fresh, "trigger"));

        // Foreign keys still cascade, and the stall summary still follows.
        conn.execute_batch("INSERT INTO stall (reflection_id, step, reason_id) VALUES (3, 6, 1)")
            .unwrap();
        assert_eq!(
            count(
                &conn,
                "SELECT count(*) FROM stall_fact WHERE reflection_id = 3"
            ),
            1
        );
        conn.execute_batch("DELETE FROM reflection WHERE id = 2")
            .unwrap();
        assert_eq!(count(&conn, "SELECT count(*) FROM presence"), 0);
        assert_eq!(count(&conn, "SELECT count(*) FROM question"), 0);
        assert_eq!(
            count(
                &conn,
                "SELECT count(*) FROM stall_fact WHERE reflection_id = 2"
            ),
            0
        );

        // The next reflection comes after 5, the highest id the undo log
        // knows; undoing that delete can still bring 5 back.
        conn.execute_batch(&format!(
            "INSERT INTO reflection (uuid, case_id, session_on, created_at, updated_at)
                 VALUES ('r6', 1, '2026-03-01', {stamp}, {stamp})"
        ))
        .unwrap();
        assert_eq!(count(&conn, "SELECT max(id) FROM reflection"), 6);
        // Deleting the newest and adding again does not give its id back.
        conn.execute_batch("DELETE FROM reflection WHERE id = 6")
            .unwrap();
        conn.execute_batch(&format!(
            "INSERT INTO reflection (uuid, case_id, session_on, created_at, updated_at)
                 VALUES ('r7', 1, '2026-03-01', {stamp}, {stamp})"
        ))
        .unwrap();
        assert_eq!(count(&conn, "SELECT max(id) FROM reflection"), 7);
        for (table, next) in [("question", 1), ("meeting", 1), ("goal", 1)] {
            assert_eq!(
                count(
                    &conn,
                    &format!("SELECT seq FROM sqlite_sequence WHERE name = '{table}'")
                ),
                next
            );
        }
    }

    /// issue 10.3: sessions before their case opened (or after it closed)
    /// are refused from schema 7 on; older journals that hold them are made
    /// valid by moving the case's dates, never the sessions'.
    #[test]
    fn schema_7_widens_a_case_to_its_sessions() {
        let mut conn = at_version(5);
        let stamp = "'2026-03-01T10:00:00.000Z'";
        conn.execute_batch(&format!(
            "INSERT INTO \"case\" (id, uuid, name, name_key, opened_on, closed_on, outcome, created_at, updated_at)
                 VALUES (1, 'c1', 'Petra', 'petra', '2026-03-01', '2026-03-05', 'dropped-out', {stamp}, {stamp}),
                        (2, 'c2', 'Anna', 'anna', '2026-01-01', NULL, NULL, {stamp}, {stamp});
             INSERT INTO reflection (id, uuid, case_id, session_on, created_at, updated_at)
                 VALUES (1, 'r1', 1, '2026-02-10', {stamp}, {stamp}),
                        (2, 'r2', 1, '2026-03-08', {stamp}, {stamp}),
                        (3, 'r3', 2, '2026-02-01', {stamp}, {stamp});"
        ))
        .unwrap();
        migrate(&mut conn).unwrap();
        let dates = |id: i64| -> (String, Option<String>) {
            conn.query_row(
                "SELECT opened_on, closed_on FROM \"case\" WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
        };
        assert_eq!(dates(1), ("2026-02-10".into(), Some("2026-03-08".into())));
        assert_eq!(dates(2), ("2026-01-01".into(), None));
        assert_eq!(
            count(
                &conn,
                "SELECT count(*) FROM reflection WHERE session_on IN ('2026-02-10', '2026-03-08', '2026-02-01')"
            ),
            3
        );
    }
}
