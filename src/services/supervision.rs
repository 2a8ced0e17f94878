//! Supervision: questions to bring and their answers, meetings held, and
//! learning goals with whether their reason became rarer. The use cases of
//! `spiegel questions`, `spiegel supervision` and `spiegel goal`, and the
//! steps the demo and `prep` take inside their own transaction.

use anyhow::Result;
use chrono::NaiveDate;

use super::{Journal, catalogue, patterns};
use crate::journal::patterns::PatternQuery;
use crate::journal::supervision::{self, GoalProgress, GoalRows};
use crate::journal::{Goal, GoalId, Meeting, MeetingId, MeetingKind, QuestionEntry, QuestionId};
use crate::store::Tx;

/// The questions (all, or the open ones), oldest first, streamed: `each`
/// gets them one at a time as they are read, with whether any of them is
/// asked of the peer-supervision group (the same for every one).
pub fn each_question(
    journal: &mut Journal,
    all: bool,
    mut each: impl FnMut(bool, QuestionEntry) -> Result<()>,
) -> Result<()> {
    journal.read(|tx| {
        let group = tx.any_question_for_group(all)?;
        tx.each_question(all, |q| each(group, q))
    })
}

/// Records what came of question `id` and closes it.
pub fn answer(
    journal: &mut Journal,
    id: QuestionId,
    note: &str,
    on: NaiveDate,
    replace: bool,
) -> Result<()> {
    journal.write(|tx| answer_question(tx, id, note, on, replace))
}

/// The meetings, most recent first.
pub fn meetings(journal: &mut Journal) -> Result<Vec<Meeting>> {
    journal.read(|tx| tx.meetings())
}

/// Records a meeting; its id.
pub fn meet(
    journal: &mut Journal,
    on: NaiveDate,
    kind: MeetingKind,
    with: Option<&str>,
    note: &str,
) -> Result<MeetingId> {
    journal.write(|tx| add_meeting(tx, on, kind, with, note))
}

/// Sets a learning goal tied to the reason `reason` names; its id.
pub fn set_goal(
    journal: &mut Journal,
    goal: &str,
    reason: &str,
    since: NaiveDate,
) -> Result<GoalId> {
    journal.write(|tx| add_goal(tx, goal, reason, since))
}

/// The open goals (or `all`) with their figures up to `today`; `when`:
/// only sessions where the resistance reaction it names was met.
pub fn goals(
    journal: &mut Journal,
    all: bool,
    when: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<GoalProgress>> {
    journal.read(|tx| {
        let when = when
            .map(|w| catalogue::find_resistance(tx, w))
            .transpose()?;
        tx.goals(all)?
            .into_iter()
            .map(|g| progress(tx, g, today, when.as_deref()))
            .collect()
    })
}

/// Marks goal `id` done `on`; the goal as it is now.
pub fn finish_goal(journal: &mut Journal, id: GoalId, on: NaiveDate) -> Result<Goal> {
    journal.write(|tx| goal_done(tx, id, on))
}

/// Records what came of a question and closes it.
pub fn answer_question(
    tx: &Tx,
    id: QuestionId,
    answer: &str,
    on: NaiveDate,
    replace: bool,
) -> Result<()> {
    let question = super::records::find_question(tx, id)?;
    let answer = supervision::answer(&question, answer, on, replace)?;
    tx.answer_question(id, answer, on)
}

/// Records a supervision meeting.
pub fn add_meeting(
    tx: &Tx,
    on: NaiveDate,
    kind: MeetingKind,
    with: Option<&str>,
    note: &str,
) -> Result<MeetingId> {
    let (with, note) = supervision::meeting(with, note)?;
    tx.insert_meeting(on, kind, with, note)
}

/// Sets a learning goal tied to the reason it should make rarer.
pub fn add_goal(tx: &Tx, goal: &str, reason: &str, since: NaiveDate) -> Result<GoalId> {
    let reason_id = catalogue::reason_id(tx, reason)?;
    tx.insert_goal(supervision::goal_text(goal)?, reason_id, since)
}

/// Marks a goal as done.
pub fn goal_done(tx: &Tx, id: GoalId, on: NaiveDate) -> Result<Goal> {
    let goal = super::records::find_goal(tx, id)?;
    supervision::can_finish(&goal, on)?;
    tx.set_goal_done(id, on)?;
    Ok(tx.goal(id)?.expect("the goal exists"))
}

/// The goal's figures; `when`: only sessions where that reaction was met.
pub fn progress(tx: &Tx, goal: Goal, today: NaiveDate, when: Option<&str>) -> Result<GoalProgress> {
    let (before_day, end) = supervision::window(&goal, today);
    // A member's goals are measured on their own records only (issue 17).
    let whose = patterns::own(tx)?;
    let query = |when: Option<&str>| PatternQuery {
        whose: whose.clone(),
        ..supervision::goal_query(end, when)
    };
    let who = whose.key();
    let halves = patterns::reason_halves(tx, &query(when), &goal.reason, before_day)?;
    let (_, before_all) = tx.reason_rate(&goal.reason, None, goal.since.pred_opt(), who)?;
    let (_, after_all) = tx.reason_rate(&goal.reason, Some(goal.since), Some(end), who)?;
    let mut by_resistance = Vec::new();
    for r in tx.resistances()? {
        if when.is_some_and(|w| w != r.code) {
            continue;
        }
        let (before, after) =
            patterns::reason_halves(tx, &query(Some(&r.code)), &goal.reason, before_day)?;
        by_resistance.extend(supervision::situation(r.code, before, after));
    }
    let rows = GoalRows {
        halves,
        before_all,
        after_all,
        by_resistance,
        recorded: tx.reason_rate_by_month(&goal.reason, goal.since, end, who)?,
        usual: tx.pattern_usual_steps()?,
        reason_label: tx
            .reason_labels()?
            .into_iter()
            .find(|(code, _, _)| *code == goal.reason)
            .map(|(_, en, nl)| (en, nl))
            .unwrap_or_default(),
    };
    Ok(supervision::progress(goal, end, when, rows))
}
