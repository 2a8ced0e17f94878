//! Invitations: step 0 per person (see `journal::step0`).

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{Row, params};

use super::Tx;
use super::codec::{get_timestamp, new_uuid, now};
use super::failure::Failure;
use crate::journal::step0::{Answer, Invitation, InviteMedium, InvitedBy};
use crate::journal::{CaseId, InvitationId, OtherId};

/// A new invitation, before it has an id.
pub struct NewInvitation<'a> {
    pub date: NaiveDate,
    pub by: InvitedBy,
    pub medium: Option<InviteMedium>,
    pub answer: Answer,
    pub resistance: Option<&'a str>,
    pub note: &'a str,
}

const COLUMNS: &str = "i.id, i.uuid, i.invited_on, i.invited_by, i.medium, i.answer, \
                       i.resistance, i.note, i.created_at, i.updated_at, i.other_id";

fn from_row(row: &Row) -> rusqlite::Result<(OtherId, Invitation)> {
    Ok((
        row.get(10)?,
        Invitation {
            id: row.get(0)?,
            uuid: row.get(1)?,
            date: row.get(2)?,
            by: row.get(3)?,
            medium: row.get(4)?,
            answer: row.get(5)?,
            resistance: row.get(6)?,
            note: row.get(7)?,
            created_at: get_timestamp(row, 8)?,
            updated_at: get_timestamp(row, 9)?,
        },
    ))
}

impl Tx<'_> {
    pub fn insert_invitation(&self, other: OtherId, new: &NewInvitation) -> Result<Invitation> {
        self.tx
            .prepare_cached(
                "INSERT INTO invitation (uuid, other_id, invited_on, invited_by, medium, answer,
                                         resistance, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            )?
            .execute(params![
                new_uuid(),
                other,
                new.date,
                new.by,
                new.medium,
                new.answer,
                new.resistance,
                new.note,
                now()
            ])
            .with_context(|| Failure::RecordInvitation)?;
        let id = InvitationId(self.tx.last_insert_rowid());
        let sql = format!("SELECT {COLUMNS} FROM invitation i WHERE i.id = ?1");
        Ok(self.tx.prepare_cached(&sql)?.query_row([id], from_row)?.1)
    }

    /// Writes an invitation's answer, medium, reaction and note back.
    pub fn update_invitation(&self, invitation: &Invitation) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE invitation SET medium = ?2, answer = ?3, resistance = ?4, note = ?5,
                        updated_at = ?6
                 WHERE id = ?1",
            )?
            .execute(params![
                invitation.id,
                invitation.medium,
                invitation.answer,
                invitation.resistance,
                invitation.note,
                now()
            ])
            .with_context(|| Failure::RecordInvitation)?;
        Ok(())
    }

    /// The invitations of one person, oldest first.
    pub fn invitations_of(&self, other: OtherId) -> Result<Vec<Invitation>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM invitation i WHERE i.other_id = ?1
             ORDER BY i.invited_on, i.id"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map([other], from_row)?;
        Ok(rows
            .map(|r| r.map(|(_, i)| i))
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The invitations of a case's others, by person, each oldest first.
    pub fn case_invitations(&self, case_id: CaseId) -> Result<HashMap<OtherId, Vec<Invitation>>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM other o JOIN invitation i ON i.other_id = o.id
             WHERE o.case_id = ?1 ORDER BY i.invited_on, i.id"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let mut by_other: HashMap<OtherId, Vec<Invitation>> = HashMap::new();
        for row in stmt.query_map([case_id], from_row)? {
            let (other, invitation) = row?;
            by_other.entry(other).or_default().push(invitation);
        }
        Ok(by_other)
    }
}
