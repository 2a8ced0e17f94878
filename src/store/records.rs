//! Correcting and removing the records beside the reflections: significant
//! others, supervision meetings, learning goals and questions. The undo
//! log's triggers record every row these statements change.

use anyhow::{Context, Result};
use rusqlite::{OptionalExtension, params};

use super::Tx;
use super::codec::now;
use super::failure::Failure;
use crate::journal::{Goal, GoalId, Meeting, MeetingId, OtherId, QuestionEntry, ReasonId, Role};

impl Tx<'_> {
    /// Gives a significant other a name and role.
    pub fn update_other(&self, id: OtherId, name: &str, role: Role) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE other SET name = ?2, name_key = ?3, role = ?4, updated_at = ?5
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                name,
                crate::journal::name_key(name),
                role,
                now()
            ])
            .with_context(|| Failure::ChangeRecord)?;
        Ok(())
    }

    /// Removes a significant other, and first the sessions' record that
    /// they took part: how many sessions that was.
    pub fn delete_other(&self, id: OtherId) -> Result<u64> {
        let sessions = self
            .tx
            .prepare_cached("DELETE FROM presence WHERE other_id = ?1")?
            .execute([id])
            .with_context(|| Failure::DeleteRecord)?;
        self.tx
            .prepare_cached("DELETE FROM other WHERE id = ?1")?
            .execute([id])
            .with_context(|| Failure::DeleteRecord)?;
        Ok(sessions as u64)
    }

    pub fn meeting(&self, id: MeetingId) -> Result<Option<Meeting>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT id, uuid, held_on, kind, with_whom, note, created_at, updated_at
                 FROM meeting WHERE id = ?1",
            )?
            .query_row([id], super::supervision::meeting_from_row)
            .optional()?)
    }

    /// Writes a meeting's changeable fields back.
    pub fn update_meeting(&self, m: &Meeting) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE meeting SET held_on = ?2, kind = ?3, with_whom = ?4, note = ?5,
                        updated_at = ?6
                 WHERE id = ?1",
            )?
            .execute(params![m.id, m.date, m.kind, m.with, m.note, now()])
            .with_context(|| Failure::ChangeRecord)?;
        Ok(())
    }

    pub fn delete_meeting(&self, id: MeetingId) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM meeting WHERE id = ?1")?
            .execute([id])
            .with_context(|| Failure::DeleteRecord)?;
        Ok(())
    }

    /// Writes a goal's changeable fields back, its reason as `reason_id`.
    pub fn update_goal(&self, g: &Goal, reason_id: ReasonId) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE goal SET text = ?2, reason_id = ?3, since = ?4, done_on = ?5,
                        updated_at = ?6
                 WHERE id = ?1",
            )?
            .execute(params![g.id, g.text, reason_id, g.since, g.done_on, now()])
            .with_context(|| Failure::ChangeRecord)?;
        Ok(())
    }

    pub fn delete_goal(&self, id: GoalId) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM goal WHERE id = ?1")?
            .execute([id])
            .with_context(|| Failure::DeleteRecord)?;
        Ok(())
    }

    /// Writes a question's text, answer and the day it was answered back.
    pub fn update_question(&self, q: &QuestionEntry) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE question SET text = ?2, answer = ?3, answered_on = ?4, updated_at = ?5,
                                     for_group = ?6
                 WHERE id = ?1",
            )?
            .execute(params![
                q.id,
                q.text,
                q.answer,
                q.answered_on,
                now(),
                q.for_group
            ])
            .with_context(|| Failure::ChangeRecord)?;
        Ok(())
    }
}
