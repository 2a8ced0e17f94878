//! What an import writes: the journal's record with a given UUID (or
//! reason code), and each kind of record of an export written in, new or
//! over the journal's. Which record wins is the import's policy, in the
//! use cases' `transfer.rs`; here is only the SQL.

use std::collections::HashMap;

use anyhow::{Context, Result};
use rusqlite::types::FromSql;
use rusqlite::{OptionalExtension, params};

use super::Tx;
use super::failure::Failure;
use crate::journal::export::{
    CaseRecord, GoalRecord, InvitationRecord, MeetingRecord, OtherRecord, ReasonRecord,
    ReflectionRecord,
};
use crate::journal::{
    CaseId, GoalId, InvitationId, MeetingId, OtherId, ReasonId, ReflectionId, name_key,
};

/// The tables an import merges into by UUID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Reason,
    Case,
    Other,
    Reflection,
    Meeting,
    Goal,
    Invitation,
}

impl Table {
    /// The table's name, which is also the kind of record it holds
    /// ("case", "reflection", …).
    pub fn name(self) -> &'static str {
        match self {
            Table::Reason => "reason",
            Table::Case => "case",
            Table::Other => "other",
            Table::Reflection => "reflection",
            Table::Meeting => "meeting",
            Table::Goal => "goal",
            Table::Invitation => "invitation",
        }
    }
}

/// A record the journal has: its id, and when it last changed (the
/// export's timestamp text, which sorts in time order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp<I> {
    pub id: I,
    pub updated_at: String,
}

/// A [`Stamp`] from `SELECT id, updated_at`.
fn stamp_from_row<I: FromSql>(row: &rusqlite::Row) -> rusqlite::Result<Stamp<I>> {
    Ok(Stamp {
        id: row.get(0)?,
        updated_at: row.get(1)?,
    })
}

fn steps_text(steps: &[u8]) -> String {
    steps
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

impl Tx<'_> {
    /// Runs the insert-or-update `sql` of a record, which the journal has
    /// as `existing` or not yet; returns its id (a new row's, or its own).
    fn upserted<I: From<i64>>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        failure: impl FnOnce() -> Failure,
        existing: Option<I>,
    ) -> Result<I> {
        self.tx
            .prepare_cached(sql)?
            .execute(params)
            .with_context(failure)?;
        Ok(existing.unwrap_or_else(|| self.tx.last_insert_rowid().into()))
    }

    /// The journal's record with `uuid` in `table`, if it has one.
    pub fn stamp<I: FromSql>(&self, table: Table, uuid: &str) -> Result<Option<Stamp<I>>> {
        Ok(self
            .tx
            .prepare_cached(&format!(
                "SELECT id, updated_at FROM \"{}\" WHERE uuid = ?1",
                table.name()
            ))?
            .query_row([uuid], stamp_from_row)
            .optional()?)
    }

    /// The journal's reason with `code`, if it has one.
    pub fn reason_stamp_by_code(&self, code: &str) -> Result<Option<Stamp<ReasonId>>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id, updated_at FROM reason WHERE code = ?1")?
            .query_row([code], stamp_from_row)
            .optional()?)
    }

    /// Writes a reason of the file: a new one (never built in), or over
    /// the journal's `existing` one, where a built-in reason keeps its
    /// wording (only retiring is the user's). Returns its id.
    pub fn upsert_reason(&self, r: &ReasonRecord, existing: Option<ReasonId>) -> Result<ReasonId> {
        let Some(id) = existing else {
            self.tx
                .prepare_cached(
                    "INSERT INTO reason (uuid, code, side, label_en, label_nl, usual_steps,
                                         builtin, retired, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9)",
                )?
                .execute(params![
                    r.uuid,
                    r.code,
                    r.side,
                    r.label_en,
                    r.label_nl,
                    steps_text(&r.usual_steps),
                    r.retired,
                    r.created_at,
                    r.updated_at
                ])
                .with_context(|| Failure::ImportReason {
                    code: r.code.clone(),
                })?;
            return Ok(ReasonId(self.tx.last_insert_rowid()));
        };
        self.tx
            .prepare_cached(
                "UPDATE reason SET
                    side = CASE WHEN builtin THEN side ELSE ?2 END,
                    label_en = CASE WHEN builtin THEN label_en ELSE ?3 END,
                    label_nl = CASE WHEN builtin THEN label_nl ELSE ?4 END,
                    usual_steps = CASE WHEN builtin THEN usual_steps ELSE ?5 END,
                    retired = ?6, updated_at = ?7
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                r.side,
                r.label_en,
                r.label_nl,
                steps_text(&r.usual_steps),
                r.retired,
                r.updated_at
            ])?;
        Ok(id)
    }

    /// Whether another case of `practitioner` (`None`: one's own) than
    /// `except` has the name key `key`.
    pub fn case_name_taken(
        &self,
        practitioner: Option<&str>,
        key: &str,
        except: Option<CaseId>,
    ) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM \"case\"
                 WHERE coalesce(practitioner, '') = coalesce(?1, '') AND name_key = ?2
                   AND id <> ?3)",
            )?
            .query_row(
                params![practitioner, key, except.unwrap_or(CaseId(-1))],
                |r| r.get(0),
            )?)
    }

    /// Whether another significant other of case `case_id` than `except`
    /// has the name key `key`.
    pub fn other_name_taken(
        &self,
        case_id: CaseId,
        key: &str,
        except: Option<OtherId>,
    ) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM other
                 WHERE case_id = ?1 AND name_key = ?2 AND id <> ?3)",
            )?
            .query_row(params![case_id, key, except.unwrap_or(OtherId(-1))], |r| {
                r.get(0)
            })?)
    }

    /// Writes a case of the file under `name`, new or over the journal's
    /// `existing` one; returns its id.
    pub fn upsert_case(
        &self,
        c: &CaseRecord,
        name: &str,
        existing: Option<CaseId>,
    ) -> Result<CaseId> {
        self.upserted(
            "INSERT INTO \"case\" (uuid, name, name_key, setting, cohabiting, opened_on,
                                   closed_on, outcome, created_at, updated_at, practitioner)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (uuid) DO UPDATE SET
                name = excluded.name, name_key = excluded.name_key,
                practitioner = excluded.practitioner,
                setting = excluded.setting, cohabiting = excluded.cohabiting,
                opened_on = excluded.opened_on, closed_on = excluded.closed_on,
                outcome = excluded.outcome, created_at = excluded.created_at,
                updated_at = excluded.updated_at",
            params![
                c.uuid,
                name,
                name_key(name),
                c.setting,
                c.cohabiting,
                c.opened_on,
                c.closed_on,
                c.outcome,
                c.created_at,
                c.updated_at,
                c.practitioner
            ],
            || Failure::ImportCase {
                name: c.name.clone(),
            },
            existing,
        )
    }

    /// Writes a significant other of the file, of case `case_id`, under
    /// `name`, new or over the journal's `existing` one; returns its id.
    pub fn upsert_other(
        &self,
        o: &OtherRecord,
        case_id: CaseId,
        name: &str,
        existing: Option<OtherId>,
    ) -> Result<OtherId> {
        self.upserted(
            "INSERT INTO other (uuid, case_id, name, name_key, role, created_at, updated_at,
                                named_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (uuid) DO UPDATE SET
                case_id = excluded.case_id, name = excluded.name,
                name_key = excluded.name_key, role = excluded.role,
                created_at = excluded.created_at, updated_at = excluded.updated_at,
                named_on = excluded.named_on",
            params![
                o.uuid,
                case_id,
                name,
                name_key(name),
                o.role,
                o.created_at,
                o.updated_at,
                o.named_on
            ],
            || Failure::ImportOther {
                name: o.name.clone(),
            },
            existing,
        )
    }

    /// Writes an invitation of the file, of the significant other
    /// `other_id`, new or over the journal's `existing` one; returns its id.
    pub fn upsert_invitation(
        &self,
        i: &InvitationRecord,
        other_id: OtherId,
        existing: Option<InvitationId>,
    ) -> Result<InvitationId> {
        self.upserted(
            "INSERT INTO invitation (uuid, other_id, invited_on, invited_by, medium, answer,
                                     resistance, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (uuid) DO UPDATE SET
                other_id = excluded.other_id, invited_on = excluded.invited_on,
                invited_by = excluded.invited_by, medium = excluded.medium,
                answer = excluded.answer, resistance = excluded.resistance,
                note = excluded.note, created_at = excluded.created_at,
                updated_at = excluded.updated_at",
            params![
                i.uuid,
                other_id,
                i.date,
                i.by,
                i.medium,
                i.answer,
                i.resistance,
                i.note,
                i.created_at,
                i.updated_at
            ],
            || Failure::ImportInvitation,
            existing,
        )
    }

    /// Writes a reflection of case `case_id` and replaces its children with
    /// the file's; `existing` is its id when the journal has it already.
    /// `others` and `reasons` give the ids here of the file's others (by
    /// UUID) and reasons (by code). Returns its id.
    pub fn upsert_reflection(
        &self,
        r: &ReflectionRecord,
        case_id: CaseId,
        existing: Option<ReflectionId>,
        others: &HashMap<&str, OtherId>,
        reasons: &HashMap<String, ReasonId>,
    ) -> Result<ReflectionId> {
        self.tx
            .prepare_cached(
                "INSERT INTO reflection (uuid, case_id, session_on, medium, completed, note,
                                         created_at, updated_at, went_well)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (uuid) DO UPDATE SET
                    case_id = excluded.case_id, session_on = excluded.session_on,
                    medium = excluded.medium, completed = excluded.completed,
                    note = excluded.note, created_at = excluded.created_at,
                    updated_at = excluded.updated_at, went_well = excluded.went_well",
            )?
            .execute(params![
                r.uuid,
                case_id,
                r.date,
                r.medium,
                r.completed,
                r.note,
                r.created_at,
                r.updated_at,
                r.went_well
            ])
            .with_context(|| Failure::ImportReflection)?;
        // Taken at once, before any other statement could change it.
        let inserted = ReflectionId(self.tx.last_insert_rowid());
        // A significant other not taken (deleted here, in a sync) is left out.
        let present: Vec<OtherId> = r
            .present
            .iter()
            .filter_map(|u| others.get(u.as_str()).copied())
            .collect();
        let mut stalls = Vec::new();
        for s in &r.stalls {
            for code in &s.reasons {
                stalls.push((crate::journal::Step::new(s.step)?, reasons[code.as_str()]));
            }
        }
        // A new reflection has nothing to replace: its children are only
        // added (most of an import into a new journal).
        let id = match existing {
            Some(id) => {
                self.set_presence(id, &present)?;
                self.set_resistance(id, &r.resistance)?;
                self.set_stalls(id, &stalls)?;
                self.tx
                    .prepare_cached("DELETE FROM question WHERE reflection_id = ?1")?
                    .execute([id])?;
                id
            }
            None => {
                let id = inserted;
                self.add_presence(id, &present)?;
                self.add_resistance(id, &r.resistance)?;
                self.add_stalls(id, &stalls)?;
                id
            }
        };
        if let Some(q) = &r.question {
            self.tx
                .prepare_cached(
                    "INSERT INTO question (uuid, reflection_id, text, answer, answered_on,
                                           created_at, updated_at, for_group)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (uuid) DO UPDATE SET
                        reflection_id = excluded.reflection_id, text = excluded.text,
                        answer = excluded.answer, answered_on = excluded.answered_on,
                        for_group = excluded.for_group,
                        created_at = excluded.created_at, updated_at = excluded.updated_at",
                )?
                .execute(params![
                    q.uuid,
                    id,
                    q.text,
                    q.answer,
                    q.answered_on,
                    q.created_at,
                    q.updated_at,
                    q.for_group
                ])
                .with_context(|| Failure::ImportQuestion)?;
        }
        Ok(id)
    }

    /// Writes a meeting of the file, new or over the journal's `existing`
    /// one; returns its id.
    pub fn upsert_meeting(
        &self,
        m: &MeetingRecord,
        existing: Option<MeetingId>,
    ) -> Result<MeetingId> {
        self.upserted(
            "INSERT INTO meeting (uuid, held_on, kind, with_whom, note, created_at, updated_at,
                                  practitioner)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (uuid) DO UPDATE SET
                practitioner = excluded.practitioner,
                held_on = excluded.held_on, kind = excluded.kind,
                with_whom = excluded.with_whom, note = excluded.note,
                created_at = excluded.created_at, updated_at = excluded.updated_at",
            params![
                m.uuid,
                m.held_on,
                m.kind,
                m.with_whom,
                m.note,
                m.created_at,
                m.updated_at,
                m.practitioner
            ],
            || Failure::ImportMeeting,
            existing,
        )
    }

    /// Writes a learning goal of the file, for reason `reason_id`, new or
    /// over the journal's `existing` one; returns its id.
    pub fn upsert_goal(
        &self,
        g: &GoalRecord,
        reason_id: ReasonId,
        existing: Option<GoalId>,
    ) -> Result<GoalId> {
        self.upserted(
            "INSERT INTO goal (uuid, text, reason_id, since, done_on, created_at, updated_at,
                               practitioner)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (uuid) DO UPDATE SET
                practitioner = excluded.practitioner,
                text = excluded.text, reason_id = excluded.reason_id,
                since = excluded.since, done_on = excluded.done_on,
                created_at = excluded.created_at, updated_at = excluded.updated_at",
            params![
                g.uuid,
                g.text,
                reason_id,
                g.since,
                g.done_on,
                g.created_at,
                g.updated_at,
                g.practitioner
            ],
            || Failure::ImportGoal,
            existing,
        )
    }
}
