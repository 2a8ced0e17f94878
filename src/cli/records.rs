//! Correcting the records beside the reflections (issue 16.7): `other
//! edit/rename/remove`, `supervision edit/delete`, `goal edit/delete` and
//! `questions edit`. The subcommands' flags live beside their siblings; the
//! running and the words are here.

use anyhow::Result;

use super::render::out;
use super::{Ctx, guided};
use crate::error::{Error, Record};
use crate::journal::records::{GoalChange, MeetingChange, QuestionChange};
use crate::journal::{GoalId, MeetingId, QuestionId, Role, date};
use crate::services::{Access, records};
use crate::t;

/// `spiegel other edit CASE NAME --role ROLE`.
pub fn other_edit(ctx: &Ctx, case: &str, name: &str, role: Option<Role>) -> Result<()> {
    let mut journal = ctx.journal(Access::Write)?;
    let (case, other) = records::edit_other(&mut journal, case, name, role)?;
    out(t!(
        "other-updated",
        name = &other.name,
        role = other.role.label(),
        case = &case.name
    ))
}

/// `spiegel other rename CASE NAME NEW`.
pub fn other_rename(ctx: &Ctx, case: &str, name: &str, new: &str) -> Result<()> {
    let mut journal = ctx.journal(Access::Write)?;
    let (case, before, other) = records::rename_other(&mut journal, case, name, new)?;
    out(t!(
        "other-renamed",
        old = &before,
        new = &other.name,
        case = &case.name,
        sessions = other.sessions
    ))
}

/// `spiegel other remove CASE NAME [--force]`.
pub fn other_remove(ctx: &Ctx, case: &str, name: &str, force: bool) -> Result<()> {
    let mut journal = ctx.journal(Access::Write)?;
    let (case, other) = records::remove_other(&mut journal, case, name, force)?;
    out(t!(
        "other-removed",
        name = &other.name,
        case = &case.name,
        sessions = other.sessions
    ))
}

/// `spiegel supervision edit ID [flags]`; `note` may be `-` for stdin.
/// Without flags, the meeting opens in the editor.
pub fn meeting_edit(ctx: &Ctx, id: MeetingId, flags: MeetingFlags) -> Result<()> {
    let MeetingFlags {
        date: None,
        kind: None,
        with: None,
        note: None,
    } = flags
    else {
        return meeting_edit_flags(ctx, id, flags);
    };
    super::meeting_form::edit(ctx, id)
}

fn meeting_edit_flags(ctx: &Ctx, id: MeetingId, flags: MeetingFlags) -> Result<()> {
    let today = date::today();
    let change = MeetingChange {
        date: flags
            .date
            .map(|d| date::parse_session(&d, today))
            .transpose()?,
        kind: flags.kind,
        with: flags.with,
        note: flags
            .note
            .map(|n| super::term::stdin_if_dash(n, crate::journal::text::Field::Note))
            .transpose()?,
    };
    let mut journal = ctx.journal(Access::Write)?;
    let meeting = records::edit_meeting(&mut journal, id, &change)?;
    out(t!("meeting-updated", id = meeting.id))
}

/// What `supervision edit` may change.
pub struct MeetingFlags {
    pub date: Option<String>,
    pub kind: Option<crate::journal::MeetingKind>,
    pub with: Option<String>,
    pub note: Option<String>,
}

/// `spiegel supervision delete ID [--yes]`: asks first, as `delete` does.
pub fn meeting_delete(ctx: &Ctx, id: MeetingId, yes: bool) -> Result<()> {
    let mut journal = ctx.journal(Access::Read)?;
    if !yes {
        let m = records::meeting(&mut journal, id)?;
        let question = t!(
            "confirm-delete-meeting",
            id = id,
            date = m.date.to_string(),
            kind = m.kind.label()
        );
        if !confirmed(&question, Record::Meeting(id))? {
            return out(t!("not-deleted"));
        }
    }
    records::delete_meeting(&mut journal, id)?;
    out(t!("meeting-deleted", id = id))
}

/// `spiegel goal edit ID [flags]`.
pub fn goal_edit(ctx: &Ctx, id: GoalId, flags: GoalFlags) -> Result<()> {
    let today = date::today();
    let day = |d: Option<String>| d.map(|d| date::parse_session(&d, today)).transpose();
    let done = match (flags.not_done, day(flags.done)?) {
        (true, _) => Some(None),
        (false, done) => done.map(Some),
    };
    let change = GoalChange {
        text: flags.text,
        reason: flags.reason,
        since: day(flags.since)?,
        done,
    };
    let mut journal = ctx.journal(Access::Write)?;
    let goal = records::edit_goal(&mut journal, id, &change)?;
    out(t!("goal-updated", id = goal.id, text = &goal.text))
}

/// What `goal edit` may change.
pub struct GoalFlags {
    pub text: Option<String>,
    pub reason: Option<String>,
    pub since: Option<String>,
    pub done: Option<String>,
    pub not_done: bool,
}

/// `spiegel goal delete ID [--yes]`: asks first, as `delete` does.
pub fn goal_delete(ctx: &Ctx, id: GoalId, yes: bool) -> Result<()> {
    let mut journal = ctx.journal(Access::Read)?;
    if !yes {
        let g = records::goal(&mut journal, id)?;
        let question = t!("confirm-delete-goal", id = id, text = &g.text);
        if !confirmed(&question, Record::Goal(id))? {
            return out(t!("not-deleted"));
        }
    }
    records::delete_goal(&mut journal, id)?;
    out(t!("goal-deleted", id = id))
}

/// `spiegel questions edit ID [--text T] [--answer A] [--answered DATE]
/// [--for-group | --not-for-group]`;
/// `--answer -` reads the answer from stdin, as `questions answer` does.
pub fn question_edit(
    ctx: &Ctx,
    id: QuestionId,
    text: Option<String>,
    answer: Option<String>,
    answered: Option<String>,
    for_group: Option<bool>,
) -> Result<()> {
    let today = date::today();
    let change = QuestionChange {
        for_group,
        text,
        answer: answer
            .map(|a| super::term::stdin_if_dash(a, crate::journal::text::Field::Answer))
            .transpose()?,
        answered_on: answered
            .map(|d| date::parse_session(&d, today))
            .transpose()?,
    };
    let mut journal = ctx.journal(Access::Write)?;
    let q = records::edit_question(&mut journal, id, &change, today)?;
    out(t!("question-updated", id = q.id))
}

/// Asks `question` on the terminal; without one, the error that says to
/// add `--yes`. Esc or Ctrl-C is a no.
fn confirmed(question: &str, record: Record) -> Result<bool> {
    if !super::term::can_ask() {
        return Err(Error::DeleteNeedsConfirmation(record).into());
    }
    match guided::confirm(question, false) {
        Err(e) if matches!(e.downcast_ref(), Some(Error::Stopped)) => Ok(false),
        answer => answer,
    }
}
