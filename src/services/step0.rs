//! Step 0 per person: recording each significant other's invitations and
//! answers (issue 14). The rules are the domain's
//! ([`crate::journal::step0`]); `invite_other` works inside the caller's
//! transaction (the demo and the guided walk build on it), `invite` is the
//! use case.

use anyhow::Result;
use chrono::NaiveDate;

use super::Journal;
use super::cases::find_own_case;
use super::catalogue::find_resistance;
use crate::error::Error;
use crate::journal::step0::{
    self, Answer, Invitation, InviteMedium, InvitedBy, append_note, check_invited, check_note,
};
use crate::journal::suggest::suggest;
use crate::journal::{Case, Other, name_key};
use crate::store::{NewInvitation, Tx};

/// What `spiegel invite` was given. With `by`, a new invitation (on
/// `date`, else today; `answer` else pending); without it, the answer to
/// the person's latest invitation still waiting for one.
#[derive(Debug, Default, Clone)]
pub struct Invite {
    pub date: Option<NaiveDate>,
    pub by: Option<InvitedBy>,
    pub medium: Option<InviteMedium>,
    pub answer: Option<Answer>,
    /// A resistance reaction as typed: its code or the start of its label.
    pub resistance: Option<String>,
    pub note: Option<String>,
}

/// What `invite` did.
#[derive(Debug, Clone)]
pub enum Invited {
    /// A new invitation.
    Recorded(Invitation),
    /// The answer to one recorded before.
    Answered(Invitation),
}

/// The significant other called `name` in `case`.
pub fn find_other(tx: &Tx, case: &Case, name: &str) -> Result<Other> {
    let key = name_key(name);
    let others = tx.others(case.id)?;
    if let Some(i) = others.iter().position(|o| name_key(&o.name) == key) {
        return Ok(others.into_iter().nth(i).expect("found"));
    }
    Err(Error::NoOther {
        case: case.name.clone(),
        name: name.trim().to_string(),
        suggestion: suggest(name, others.iter().map(|o| o.name.as_str())),
    }
    .into())
}

/// Records an invitation of `name` in `case_name`, or the answer to one,
/// inside the caller's transaction.
pub fn invite_other(
    tx: &Tx,
    case_name: &str,
    name: &str,
    invite: &Invite,
    today: NaiveDate,
) -> Result<(Case, Other, Invited)> {
    let case = find_own_case(tx, case_name)?;
    let other = find_other(tx, &case, name)?;
    if let Some(note) = &invite.note {
        check_note(note)?;
    }
    let resistance = invite
        .resistance
        .as_deref()
        .map(|typed| find_resistance(tx, typed))
        .transpose()?;
    let invited = match invite.by {
        Some(by) => {
            let date = invite.date.unwrap_or(today);
            check_invited(&case, other.named_on, date, today)?;
            Invited::Recorded(tx.insert_invitation(
                other.id,
                &NewInvitation {
                    date,
                    by,
                    medium: invite.medium,
                    answer: invite.answer.unwrap_or(Answer::Pending),
                    resistance: resistance.as_deref(),
                    note: invite.note.as_deref().map(str::trim).unwrap_or(""),
                },
            )?)
        }
        None => {
            if invite.date.is_some()
                || (invite.answer.is_none()
                    && invite.medium.is_none()
                    && resistance.is_none()
                    && invite.note.is_none())
            {
                return Err(Error::InvitationNeedsBy(other.name).into());
            }
            let Some(waiting) = step0::waiting(&other.invitations) else {
                return Err(Error::NoInvitationWaiting {
                    case: case.name,
                    name: other.name,
                }
                .into());
            };
            let mut answered = waiting.clone();
            if let Some(answer) = invite.answer {
                answered.answer = answer;
            }
            if invite.medium.is_some() {
                answered.medium = invite.medium;
            }
            if resistance.is_some() {
                answered.resistance = resistance;
            }
            if let Some(note) = &invite.note {
                answered.note = append_note(&answered.note, note);
                check_note(&answered.note)?;
            }
            tx.update_invitation(&answered)?;
            Invited::Answered(answered)
        }
    };
    Ok((case, other, invited))
}

/// `spiegel invite`: one transaction.
pub fn invite(
    journal: &mut Journal,
    case_name: &str,
    name: &str,
    invite: &Invite,
    today: NaiveDate,
) -> Result<(Case, Other, Invited)> {
    journal.write(|tx| invite_other(tx, case_name, name, invite, today))
}
