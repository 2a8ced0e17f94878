//! Correcting the records beside the reflections (issue 16.7): a
//! significant other's role and name, removing one; a supervision
//! meeting's, a learning goal's and a question's fields; deleting a meeting
//! or a goal. Each is one transaction, recorded for `spiegel undo`, and
//! checked by the rules that adding the record applies.

use anyhow::Result;
use chrono::NaiveDate;

use super::cases::find_own_case;
use super::{Journal, catalogue};
use crate::error::{Error, Record, Theirs};
use crate::journal::records::{self, GoalChange, MeetingChange, QuestionChange};
use crate::journal::suggest::suggest;
use crate::journal::{
    Case, Goal, GoalId, Meeting, MeetingId, Other, QuestionEntry, QuestionId, Role, name_key,
    practitioner,
};
use crate::store::{Owned, Tx};

/// The case called `case_name`, its other called `name`, and all its others.
fn find_other(tx: &Tx, case_name: &str, name: &str) -> Result<(Case, Other, Vec<Other>)> {
    let case = find_own_case(tx, case_name)?;
    let others = tx.others(case.id)?;
    let key = name_key(name);
    let Some(other) = others.iter().find(|o| name_key(&o.name) == key).cloned() else {
        return Err(Error::NoOther {
            suggestion: suggest(name, others.iter().map(|o| o.name.as_str())),
            case: case.name,
            name: name.trim().to_string(),
        }
        .into());
    };
    Ok((case, other, others))
}

/// `spiegel other edit`: gives `name` of `case_name` another role; the
/// case and the other as changed.
pub fn edit_other(
    journal: &mut Journal,
    case_name: &str,
    name: &str,
    role: Option<Role>,
) -> Result<(Case, Other)> {
    let Some(role) = role else {
        return Err(Error::NothingToChange(Record::Other {
            case: case_name.trim().to_string(),
            name: name.trim().to_string(),
        })
        .into());
    };
    journal.write(|tx| {
        let (case, mut other, _) = find_other(tx, case_name, name)?;
        tx.update_other(other.id, &other.name, role)?;
        other.role = role;
        Ok((case, other))
    })
}

/// `spiegel other rename`: the case, the other's name before, and the
/// other as renamed. The sessions they took part in keep them: a session
/// names whoever the row is now.
pub fn rename_other(
    journal: &mut Journal,
    case_name: &str,
    name: &str,
    new: &str,
) -> Result<(Case, String, Other)> {
    journal.write(|tx| {
        let (case, mut other, others) = find_other(tx, case_name, name)?;
        let new = records::rename_other(&case.name, &other, &others, new)?;
        tx.update_other(other.id, new, other.role)?;
        let before = std::mem::replace(&mut other.name, new.to_string());
        Ok((case, before, other))
    })
}

/// `spiegel other remove`: refused while a reflection says they took
/// part, unless `force`; then they go from those reflections too (their
/// notes are kept as written). The case, and the other as it was.
pub fn remove_other(
    journal: &mut Journal,
    case_name: &str,
    name: &str,
    force: bool,
) -> Result<(Case, Other)> {
    journal.write(|tx| {
        let (case, other, _) = find_other(tx, case_name, name)?;
        records::can_remove_other(&case.name, &other, force)?;
        tx.delete_other(other.id)?;
        Ok((case, other))
    })
}

/// Meeting `id`, to show before deleting it.
pub fn meeting(journal: &mut Journal, id: MeetingId) -> Result<Meeting> {
    journal.read(|tx| find_meeting(tx, id))
}

/// One's own meeting `id`: another member's pooled one is theirs.
fn find_meeting(tx: &Tx, id: MeetingId) -> Result<Meeting> {
    let meeting = tx.meeting(id)?.ok_or(Error::NoMeeting(id))?;
    let code = tx.practitioner_of(Owned::Meeting(id))?;
    practitioner::mine(code.as_deref(), || Theirs::Meeting(id))?;
    Ok(meeting)
}

/// `spiegel supervision edit`: the meeting as changed.
pub fn edit_meeting(
    journal: &mut Journal,
    id: MeetingId,
    change: &MeetingChange,
) -> Result<Meeting> {
    if change.is_empty() {
        return Err(Error::NothingToChange(Record::Meeting(id)).into());
    }
    journal.write(|tx| {
        let meeting = records::change_meeting(&find_meeting(tx, id)?, change)?;
        tx.update_meeting(&meeting)?;
        Ok(meeting)
    })
}

/// `spiegel supervision delete`.
pub fn delete_meeting(journal: &mut Journal, id: MeetingId) -> Result<()> {
    journal.write(|tx| {
        find_meeting(tx, id)?;
        tx.delete_meeting(id)
    })
}

/// Goal `id`, to show before deleting it.
pub fn goal(journal: &mut Journal, id: GoalId) -> Result<Goal> {
    journal.read(|tx| find_goal(tx, id))
}

/// One's own goal `id`: another member's pooled one is theirs.
pub(super) fn find_goal(tx: &Tx, id: GoalId) -> Result<Goal> {
    let goal = tx.goal(id)?.ok_or(Error::NoGoal(id))?;
    let code = tx.practitioner_of(Owned::Goal(id))?;
    practitioner::mine(code.as_deref(), || Theirs::Goal(id))?;
    Ok(goal)
}

/// One's own question `id`: another member's pooled one is theirs.
pub(super) fn find_question(tx: &Tx, id: QuestionId) -> Result<QuestionEntry> {
    let question = tx.question(id)?.ok_or(Error::NoQuestion(id))?;
    let code = tx.practitioner_of(Owned::Question(id))?;
    practitioner::mine(code.as_deref(), || Theirs::Question {
        id,
        case: question.case.clone(),
    })?;
    Ok(question)
}

/// `spiegel goal edit`: the goal as changed. A reason is found as `goal
/// add` finds it (its code, or the start of its label).
pub fn edit_goal(journal: &mut Journal, id: GoalId, change: &GoalChange) -> Result<Goal> {
    if change.is_empty() {
        return Err(Error::NothingToChange(Record::Goal(id)).into());
    }
    journal.write(|tx| {
        let goal = find_goal(tx, id)?;
        let mut change = change.clone();
        if let Some(typed) = &change.reason {
            change.reason = Some(catalogue::find_reason(tx, typed)?);
        }
        let goal = records::change_goal(&goal, &change)?;
        let reason_id = catalogue::reason_id(tx, &goal.reason)?;
        tx.update_goal(&goal, reason_id)?;
        Ok(goal)
    })
}

/// `spiegel goal delete`.
pub fn delete_goal(journal: &mut Journal, id: GoalId) -> Result<()> {
    journal.write(|tx| {
        find_goal(tx, id)?;
        tx.delete_goal(id)
    })
}

/// `spiegel questions edit`: the question as changed.
pub fn edit_question(
    journal: &mut Journal,
    id: QuestionId,
    change: &QuestionChange,
    today: NaiveDate,
) -> Result<QuestionEntry> {
    if change.is_empty() {
        return Err(Error::NothingToChange(Record::Question(id)).into());
    }
    journal.write(|tx| {
        let question = find_question(tx, id)?;
        let question = records::change_question(&question, change, today)?;
        tx.update_question(&question)?;
        Ok(question)
    })
}
