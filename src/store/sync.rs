//! Sync's records in the journal (see `schema/*_sync.sql`): this device and
//! its folder, what changed here since the last file written, the
//! deletions, where each record's version came from, and the files read.
//! Which version wins is the use case's (`services/sync.rs`); here is only
//! the SQL.

use std::collections::HashSet;

use anyhow::Result;
use rusqlite::{OptionalExtension, params};

use super::Tx;
use super::codec::now;
use super::transfer::CaseStream;
use crate::journal::export::Export;
use crate::journal::sync::Tombstone;

/// This device, as `sync init` tied it to a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncConfig {
    pub device: String,
    pub dir: String,
    pub raw_key: String,
    /// The number of the last file this device wrote.
    pub seq: u64,
}

/// The records an export holds for a change file: the cases changed here.
const DIRTY_CASES: &str =
    "?1 IS NULL AND c.uuid IN (SELECT uuid FROM sync_dirty WHERE kind = 'case')";

/// The tables a tombstone's kind names, as SQL.
fn table(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "case" => "\"case\"",
        "other" => "other",
        "reflection" => "reflection",
        "question" => "question",
        "meeting" => "meeting",
        "goal" => "goal",
        "invitation" => "invitation",
        "reason" => "reason",
        _ => return None,
    })
}

impl Tx<'_> {
    /// This device and its folder, if `sync init` ran.
    pub fn sync_config(&self) -> Result<Option<SyncConfig>> {
        Ok(self
            .tx
            .query_row(
                "SELECT device, dir, raw_key, seq FROM sync_config WHERE id = 1",
                [],
                |r| {
                    Ok(SyncConfig {
                        device: r.get(0)?,
                        dir: r.get(1)?,
                        raw_key: r.get(2)?,
                        seq: r.get::<_, i64>(3)? as u64,
                    })
                },
            )
            .optional()?)
    }

    /// Ties the journal to `dir` as device `device` with the folder's key;
    /// everything it holds is to be sent. Tied already: only the folder
    /// and key change.
    pub fn sync_tie(&self, device: &str, dir: &str, raw_key: &str) -> Result<()> {
        self.tx.execute(
            "INSERT INTO sync_config (id, device, dir, raw_key, created_at)
             VALUES (1, ?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET dir = excluded.dir, raw_key = excluded.raw_key",
            params![device, dir, raw_key, now()],
        )?;
        self.sync_mark_all()
    }

    /// Everything the journal holds is to be sent again (the first file, or
    /// after this device's own files went missing from the folder).
    pub fn sync_mark_all(&self) -> Result<()> {
        self.tx.execute_batch(
            "INSERT OR IGNORE INTO sync_dirty (kind, uuid)
                SELECT 'case', uuid FROM \"case\"
                UNION ALL SELECT 'meeting', uuid FROM meeting
                UNION ALL SELECT 'goal', uuid FROM goal
                UNION ALL SELECT 'reason', uuid FROM reason WHERE NOT builtin;
             UPDATE sync_tombstone SET sent = 0;",
        )?;
        Ok(())
    }

    /// While a file of `device` is applied (`Some`), changes are not this
    /// device's to send, and their versions come from that device.
    pub fn sync_applying(&self, device: Option<&str>) -> Result<()> {
        self.tx
            .execute("UPDATE sync_config SET applying = ?1", [device])?;
        Ok(())
    }

    /// While `undo` runs, what it restores is a new change: its time is now,
    /// so that every device takes it.
    pub fn sync_undoing(&self, undoing: bool) -> Result<()> {
        self.tx
            .execute("UPDATE sync_config SET undoing = ?1", [undoing])?;
        Ok(())
    }

    /// How many changes wait to be sent: records (a case counts once,
    /// whatever changed in it) and deletions.
    pub fn sync_pending(&self) -> Result<(u64, u64)> {
        Ok(self.tx.query_row(
            "SELECT (SELECT count(*) FROM sync_dirty),
                    (SELECT count(*) FROM sync_tombstone WHERE NOT sent)",
            [],
            |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64)),
        )?)
    }

    /// The export of what changed here: the changed cases whole, the
    /// changed meetings and goals, and every reason (the stalls name them).
    /// `write` gets the export without its cases and the cases to read.
    pub fn sync_changes<T>(
        &self,
        write: impl FnOnce(Export<()>, &mut CaseStream<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut head = self.export_head(None)?;
        let dirty = |kind: &str| -> Result<HashSet<String>> {
            Ok(self
                .tx
                .prepare("SELECT uuid FROM sync_dirty WHERE kind = ?1")?
                .query_map([kind], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?)
        };
        let meetings = dirty("meeting")?;
        let goals = dirty("goal")?;
        head.meetings.retain(|m| meetings.contains(&m.uuid));
        head.goals.retain(|g| goals.contains(&g.uuid));
        self.cases_where(DIRTY_CASES, None, |stream| write(head, stream))
    }

    /// The deletions not yet sent.
    pub fn sync_unsent_tombstones(&self) -> Result<Vec<Tombstone>> {
        Ok(self
            .tx
            .prepare(
                "SELECT uuid, kind, deleted_at, forget FROM sync_tombstone
                 WHERE NOT sent ORDER BY deleted_at, uuid",
            )?
            .query_map([], |r| {
                Ok(Tombstone {
                    uuid: r.get(0)?,
                    kind: r.get(1)?,
                    deleted_at: r.get(2)?,
                    forget: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The file `name` this device wrote as number `seq` holds everything
    /// that was pending: nothing is now.
    pub fn sync_sent(&self, device: &str, name: &str, seq: u64) -> Result<()> {
        self.tx.execute_batch(
            "DELETE FROM sync_dirty; UPDATE sync_tombstone SET sent = 1 WHERE NOT sent;",
        )?;
        self.tx
            .execute("UPDATE sync_config SET seq = ?1", [seq as i64])?;
        self.sync_read(device, name)
    }

    /// The files of `device` read (or, of this device, written) already.
    pub fn sync_files(&self, device: &str) -> Result<HashSet<String>> {
        Ok(self
            .tx
            .prepare_cached("SELECT name FROM sync_file WHERE device = ?1")?
            .query_map([device], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The file `name` of `device` is read (or written).
    pub fn sync_read(&self, device: &str, name: &str) -> Result<()> {
        self.tx.execute(
            "INSERT OR IGNORE INTO sync_file (device, name, read_at) VALUES (?1, ?2, ?3)",
            params![device, name, now()],
        )?;
        Ok(())
    }

    /// The file `name` of `device` is no longer known (this device's own,
    /// gone from the folder).
    pub fn sync_unread(&self, device: &str, name: &str) -> Result<()> {
        self.tx.execute(
            "DELETE FROM sync_file WHERE device = ?1 AND name = ?2",
            params![device, name],
        )?;
        Ok(())
    }

    /// The device the journal's version of the record `uuid` came from, when
    /// it came from another one.
    pub fn sync_origin(&self, uuid: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached("SELECT device FROM sync_origin WHERE uuid = ?1")?
            .query_row([uuid], |r| r.get(0))
            .optional()?)
    }

    /// The journal's deletion of the record `uuid`: when, and whether it was
    /// a forgotten case.
    pub fn sync_tombstone(&self, uuid: &str) -> Result<Option<(String, bool)>> {
        Ok(self
            .tx
            .prepare_cached("SELECT deleted_at, forget FROM sync_tombstone WHERE uuid = ?1")?
            .query_row([uuid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Keeps another device's deletion, so that an older version arriving
    /// later does not bring the record back.
    pub fn sync_keep_tombstone(&self, t: &Tombstone) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO sync_tombstone (uuid, kind, deleted_at, forget, sent)
                 VALUES (?1, ?2, ?3, ?4, 1)
                 ON CONFLICT (uuid) DO UPDATE SET
                    deleted_at = max(deleted_at, excluded.deleted_at),
                    forget = max(forget, excluded.forget)",
            )?
            .execute(params![t.uuid, t.kind, t.deleted_at, t.forget])?;
        Ok(())
    }

    /// The case `uuid` was erased with `case forget` here: every device that
    /// reads it erases it too.
    pub fn sync_forgotten(&self, uuid: &str) -> Result<()> {
        self.tx.execute(
            "UPDATE sync_tombstone SET forget = 1 WHERE uuid = ?1 AND kind = 'case'",
            [uuid],
        )?;
        Ok(())
    }

    /// The journal's record of `kind` with `uuid`: its id and when it last
    /// changed.
    pub fn sync_record(&self, kind: &str, uuid: &str) -> Result<Option<(i64, String)>> {
        let Some(table) = table(kind) else {
            return Ok(None);
        };
        Ok(self
            .tx
            .prepare_cached(&format!(
                "SELECT id, updated_at FROM {table} WHERE uuid = ?1"
            ))?
            .query_row([uuid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Deletes the record of `kind` with id `id` (not a case: see
    /// [`Tx::forget_case`] and [`Tx::sync_delete_case`]); a significant
    /// other leaves the sessions it was present at, a reason still in use
    /// or built in stays. Returns whether it went.
    pub fn sync_delete(&self, kind: &str, id: i64) -> Result<bool> {
        let Some(table) = table(kind) else {
            return Ok(false);
        };
        if kind == "other" {
            self.tx
                .prepare_cached("DELETE FROM presence WHERE other_id = ?1")?
                .execute([id])?;
        }
        if kind == "reason" {
            let in_use: bool = self.tx.query_row(
                "SELECT builtin OR EXISTS (SELECT 1 FROM stall WHERE reason_id = ?1)
                        OR EXISTS (SELECT 1 FROM goal WHERE reason_id = ?1)
                 FROM reason WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if in_use {
                return Ok(false);
            }
        }
        let n = self
            .tx
            .prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?
            .execute([id])?;
        Ok(n > 0)
    }

    /// Deletes a case that another device deleted (not forgot): with
    /// everything in it, as an undone `case add` would.
    pub fn sync_delete_case(&self, id: i64) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM \"case\" WHERE id = ?1")?
            .execute([id])?;
        Ok(())
    }

    /// The name of the case `uuid`, if the journal has it.
    pub fn sync_case_name(&self, uuid: &str) -> Result<Option<(i64, String)>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id, name FROM \"case\" WHERE uuid = ?1")?
            .query_row([uuid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// The journal's undo log is emptied: what came in from another device
    /// changed rows its steps would put back as they were.
    pub fn sync_clear_undo(&self) -> Result<()> {
        self.clear_undo()
    }
}

impl super::Store {
    /// The passphrase of an encrypted journal: the synced folder's key file
    /// is opened with it.
    pub fn sync_passphrase(&self) -> Option<&str> {
        self.key.as_deref()
    }
}

impl Tx<'_> {
    /// Applying one file starts: what it does can be taken back alone.
    pub fn sync_file_begin(&self) -> Result<()> {
        self.tx.execute_batch("SAVEPOINT sync_file")?;
        Ok(())
    }

    /// Applying one file ends: kept, or taken back (`keep` false).
    pub fn sync_file_end(&self, keep: bool) -> Result<()> {
        if keep {
            self.tx.execute_batch("RELEASE sync_file")?;
        } else {
            self.tx
                .execute_batch("ROLLBACK TO sync_file; RELEASE sync_file")?;
        }
        Ok(())
    }
}

impl Tx<'_> {
    /// The UUID of the case `id`.
    pub fn sync_case_uuid(&self, id: crate::journal::CaseId) -> Result<String> {
        Ok(self
            .tx
            .query_row("SELECT uuid FROM \"case\" WHERE id = ?1", [id], |r| {
                r.get(0)
            })?)
    }
}
