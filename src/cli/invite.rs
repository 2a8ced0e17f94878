//! `spiegel invite`: step 0 per person. Records that a significant other
//! was invited (by the client or by you), how, and what they answered; or,
//! without `--by`, the answer to their latest invitation still waiting for one.

use anyhow::Result;
use clap::Args;

use super::Ctx;
use super::render::{self, out};
use crate::journal::step0::{Answer, Invitation, InviteMedium, InvitedBy};
use crate::journal::text::Field;
use crate::journal::{Other, date};
use crate::services::Access;
use crate::services::step0::{self, Invite, Invited};
use crate::t;

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// The case's pseudonym
    case: String,
    /// The significant other's name (see `spiegel other list`)
    name: String,
    /// Who invited them: the client, or you. Without it, the answer to their latest invitation that waits for one
    #[arg(long, value_name = "client|me")]
    by: Option<InvitedBy>,
    /// When they were invited: YYYY-MM-DD, today, yesterday, a weekday or "3 days ago" [default: today]
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// How they were invited
    #[arg(long, value_name = "MEDIUM")]
    medium: Option<InviteMedium>,
    /// What they answered [default for a new invitation: pending]
    #[arg(long, value_name = "yes|no|pending")]
    answer: Option<Answer>,
    /// The resistance reaction met: a code or the start of its label (see `spiegel steps 0`)
    #[arg(long, value_name = "CODE")]
    resistance: Option<String>,
    /// A note on the invitation (added below an earlier one); `-` reads it from stdin
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

impl InviteArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        let note = self
            .note
            .map(|n| super::term::stdin_if_dash(n, Field::InvitationNote))
            .transpose()?;
        let invite = Invite {
            date: self
                .date
                .map(|d| date::parse_session(&d, today))
                .transpose()?,
            by: self.by,
            medium: self.medium,
            answer: self.answer,
            resistance: self.resistance,
            note,
        };
        let mut journal = ctx.journal(Access::Write)?;
        let (case, other, invited) =
            step0::invite(&mut journal, &self.case, &self.name, &invite, today)?;
        match invited {
            Invited::Recorded(i) => out(t!(
                "invite-recorded",
                name = &other.name,
                case = &case.name,
                what = invitation(&i)
            )),
            Invited::Answered(i) => out(t!(
                "invite-answered",
                name = &other.name,
                case = &case.name,
                what = invitation(&i)
            )),
        }
    }
}

/// An invitation in a few words: "2026-03-01, by the client, by phone:
/// no (They don't want to be involved)".
pub fn invitation(i: &Invitation) -> String {
    let answer = match &i.resistance {
        Some(code) => t!(
            "invite-answer-reaction",
            answer = i.answer.label(),
            reaction = super::words::values::resistance(code)
        ),
        None => i.answer.label(),
    };
    match i.medium {
        Some(medium) => t!(
            "invite-summary-medium",
            date = i.date.to_string(),
            by = i.by.label(),
            medium = medium.label(),
            answer = answer
        ),
        None => t!(
            "invite-summary",
            date = i.date.to_string(),
            by = i.by.label(),
            answer = answer
        ),
    }
}

/// A case's significant others with each one's path through step 0: the
/// table of people (named on, first session, sessions), then their
/// invitations, if any.
pub fn others_view(others: &[Other]) -> Result<()> {
    if others.is_empty() {
        return out(t!("none"));
    }
    let mut people = render::table(&[
        t!("col-name"),
        t!("col-role"),
        t!("col-named"),
        t!("col-first-session"),
        t!("col-sessions"),
    ]);
    for o in others {
        people.add_row(vec![
            o.name.clone(),
            o.role.label(),
            o.named_on
                .map_or_else(|| t!("step0-not-known"), |d| d.to_string()),
            o.first_session
                .map_or_else(|| t!("step0-not-yet"), |d| d.to_string()),
            o.sessions.to_string(),
        ]);
    }
    out(people)?;
    if others.iter().all(|o| o.invitations.is_empty()) {
        return Ok(());
    }
    render::blank()?;
    render::heading(&t!("heading-invitations"))?;
    let mut table = render::table(&[
        t!("col-name"),
        t!("col-date"),
        t!("col-invited-by"),
        t!("col-medium"),
        t!("col-answer"),
        t!("col-reaction"),
        t!("col-note"),
    ]);
    for o in others {
        for i in &o.invitations {
            table.add_row(vec![
                o.name.clone(),
                i.date.to_string(),
                i.by.label(),
                i.medium.map(|m| m.label()).unwrap_or_default(),
                i.answer.label(),
                i.resistance
                    .as_deref()
                    .map(super::words::values::resistance)
                    .unwrap_or_default(),
                render::excerpt(&i.note, 50),
            ]);
        }
    }
    out(table)
}
