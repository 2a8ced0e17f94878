//! Correcting the records beside the reflections: a significant other, a
//! supervision meeting, a learning goal, a question. Each change is checked
//! by the same rules as adding the record (one rule, every door), and
//! applied to a copy of the record: pure, the use cases write the result.

use chrono::NaiveDate;

use super::rules::non_empty;
use super::supervision::{goal_text, meeting, question_text};
use super::{Goal, Meeting, MeetingKind, Other, QuestionEntry, chronology, name_key};
use crate::error::{Error, Name, Who};

/// What `supervision edit` was given; `None` keeps the value.
#[derive(Debug, Default, Clone)]
pub struct MeetingChange {
    pub date: Option<NaiveDate>,
    pub kind: Option<MeetingKind>,
    /// `Some("")` clears it.
    pub with: Option<String>,
    pub note: Option<String>,
}

impl MeetingChange {
    pub fn is_empty(&self) -> bool {
        self.date.is_none() && self.kind.is_none() && self.with.is_none() && self.note.is_none()
    }
}

/// `meeting` with `change` applied, checked as `supervision add` checks.
pub fn change_meeting(meeting_now: &Meeting, change: &MeetingChange) -> Result<Meeting, Error> {
    let mut m = meeting_now.clone();
    let with = match &change.with {
        Some(w) => Some(w.as_str()),
        None => m.with.as_deref(),
    };
    let note = change.note.as_deref().unwrap_or(&m.note);
    let (with, note) = meeting(with, note)?;
    let (with, note) = (with.map(str::to_string), note.to_string());
    m.with = with;
    m.note = note;
    if let Some(date) = change.date {
        m.date = date;
    }
    if let Some(kind) = change.kind {
        m.kind = kind;
    }
    Ok(m)
}

/// What `goal edit` was given; `None` keeps the value.
#[derive(Debug, Default, Clone)]
pub struct GoalChange {
    pub text: Option<String>,
    /// The reason's code, resolved by the use case.
    pub reason: Option<String>,
    pub since: Option<NaiveDate>,
    /// `Some(None)`: not done after all.
    pub done: Option<Option<NaiveDate>>,
}

impl GoalChange {
    pub fn is_empty(&self) -> bool {
        self.text.is_none() && self.reason.is_none() && self.since.is_none() && self.done.is_none()
    }
}

/// `goal` with `change` applied, checked as `goal add` and `goal done`
/// check: a text, and a start no later than the day it was done.
pub fn change_goal(goal: &Goal, change: &GoalChange) -> Result<Goal, Error> {
    let mut g = goal.clone();
    if let Some(text) = &change.text {
        g.text = goal_text(text)?.to_string();
    }
    if let Some(reason) = &change.reason {
        g.reason = reason.clone();
    }
    if let Some(done) = change.done {
        g.done_on = done;
    }
    if let Some(since) = change.since {
        g.since = since;
    }
    let who = || Who::Goal(g.id);
    if let (Some(done), Some(_)) = (g.done_on, change.done) {
        chronology::goal_done(g.since, done).map_err(|conflict| Error::DateConflict {
            who: who(),
            conflict,
        })?;
    }
    chronology::goal_start(g.since, g.done_on).map_err(|conflict| Error::DateConflict {
        who: who(),
        conflict,
    })?;
    Ok(g)
}

/// What `questions edit` was given; `None` keeps the value.
#[derive(Debug, Default, Clone)]
pub struct QuestionChange {
    pub text: Option<String>,
    pub answer: Option<String>,
    pub answered_on: Option<NaiveDate>,
    /// Whether it is asked of the peer-supervision group.
    pub for_group: Option<bool>,
}

impl QuestionChange {
    pub fn is_empty(&self) -> bool {
        self.text.is_none()
            && self.answer.is_none()
            && self.answered_on.is_none()
            && self.for_group.is_none()
    }
}

/// `question` with `change` applied, checked as `add --ask` and `questions
/// answer` check. A new answer to an open question is dated `today` unless
/// a date is given; a date alone needs an answer to date.
pub fn change_question(
    question: &QuestionEntry,
    change: &QuestionChange,
    today: NaiveDate,
) -> Result<QuestionEntry, Error> {
    let mut q = question.clone();
    if let Some(text) = &change.text {
        q.text = question_text(question, text)?.to_string();
    }
    if let Some(answer) = &change.answer {
        let on = change.answered_on.or(q.answered_on).unwrap_or(today);
        let answer = super::supervision::answer(question, answer, on, true)?;
        q.answer = Some(answer.to_string());
        q.answered_on = Some(on);
    } else if let Some(on) = change.answered_on {
        if q.answer.is_none() {
            return Err(Error::NotAnswered(q.id));
        }
        chronology::answer(q.date, on).map_err(|conflict| Error::DateConflict {
            who: Who::Question(q.id),
            conflict,
        })?;
        q.answered_on = Some(on);
    }
    if let Some(for_group) = change.for_group {
        q.for_group = for_group;
    }
    Ok(q)
}

/// The name `new` for `other`, checked as `other add` checks: a name, and
/// no one else of the case called so (ignoring upper and lower case).
pub fn rename_other<'a>(
    case: &str,
    other: &Other,
    others: &[Other],
    new: &'a str,
) -> Result<&'a str, Error> {
    let new = non_empty(new, Name::Other)?;
    let key = name_key(new);
    if let Some(existing) = others
        .iter()
        .find(|o| o.id != other.id && name_key(&o.name) == key)
    {
        return Err(Error::DuplicateOther {
            case: case.to_string(),
            name: existing.name.clone(),
        });
    }
    Ok(new)
}

/// Whether `other` may be removed: not while a reflection says they took
/// part, unless `force` (then they go from those reflections too).
pub fn can_remove_other(case: &str, other: &Other, force: bool) -> Result<(), Error> {
    if other.sessions > 0 && !force {
        return Err(Error::OtherTookPart {
            case: case.to_string(),
            name: other.name.clone(),
            sessions: other.sessions,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn goal() -> Goal {
        let now = crate::journal::date::now_utc();
        Goal {
            id: 1.into(),
            uuid: String::new(),
            text: "Ask twice".into(),
            reason: "accepted-refusal".into(),
            since: day("2026-02-01"),
            done_on: Some(day("2026-03-01")),
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn a_goal_cannot_start_after_it_was_done() {
        let change = GoalChange {
            since: Some(day("2026-03-02")),
            ..GoalChange::default()
        };
        assert!(matches!(
            change_goal(&goal(), &change),
            Err(Error::DateConflict { .. })
        ));
        let reopened = GoalChange {
            since: Some(day("2026-03-02")),
            done: Some(None),
            ..GoalChange::default()
        };
        let g = change_goal(&goal(), &reopened).unwrap();
        assert_eq!((g.since, g.done_on), (day("2026-03-02"), None));
    }

    #[test]
    fn a_goal_text_follows_the_rules_of_goal_add() {
        let change = GoalChange {
            text: Some("   ".into()),
            ..GoalChange::default()
        };
        assert!(matches!(
            change_goal(&goal(), &change),
            Err(Error::EmptyText { .. })
        ));
    }
}
