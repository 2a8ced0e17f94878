//! Supervision: questions to bring, meetings held, and learning goals with
//! whether their reason became rarer.

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::chronology;
use super::opportunity::Base;
use super::patterns::{self, Half, PatternQuery, share};
use super::text::{self, Field};
use super::{Goal, MeetingKind, rules};
use crate::error::{Error, Text, Who};
use crate::store::Tx;

fn text(value: &str, what: Text) -> Result<&str, Error> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::EmptyText { what });
    }
    let field = match what {
        Text::Answer => Field::Answer,
        Text::Goal => Field::Goal,
    };
    text::check_free(value, field)?;
    Ok(value)
}

/// Records what came of a question and closes it.
pub fn answer_question(tx: &Tx, id: i64, answer: &str, on: NaiveDate, replace: bool) -> Result<()> {
    let question = tx.question(id)?.ok_or(Error::NoQuestion(id))?;
    if let (Some(answered_on), false) = (question.answered_on, replace) {
        return Err(Error::AlreadyAnswered {
            id,
            on: answered_on,
        }
        .into());
    }
    chronology::answer(question.date, on).map_err(|conflict| Error::DateConflict {
        who: Who::Question(id),
        conflict,
    })?;
    tx.answer_question(id, text(answer, Text::Answer)?, on)
}

pub fn add_meeting(
    tx: &Tx,
    on: NaiveDate,
    kind: MeetingKind,
    with: Option<&str>,
    note: &str,
) -> Result<i64> {
    let with = with.map(str::trim).filter(|w| !w.is_empty());
    if let Some(with) = with {
        text::check_line(with, Field::With)?;
    }
    text::check_free(note, Field::Note)?;
    tx.insert_meeting(on, kind, with, note.trim())
}

pub fn add_goal(tx: &Tx, goal: &str, reason: &str, since: NaiveDate) -> Result<i64> {
    let reason_id = rules::reason_id(tx, reason)?;
    tx.insert_goal(text(goal, Text::Goal)?, reason_id, since)
}

pub fn goal_done(tx: &Tx, id: i64, on: NaiveDate) -> Result<Goal> {
    let goal = tx.goal(id)?.ok_or(Error::NoGoal(id))?;
    if let Some(done) = goal.done_on {
        return Err(Error::GoalAlreadyDone { id, on: done }.into());
    }
    chronology::goal_done(goal.since, on).map_err(|conflict| Error::DateConflict {
        who: Who::Goal(id),
        conflict,
    })?;
    tx.set_goal_done(id, on)?;
    Ok(tx.goal(id)?.expect("the goal exists"))
}

/// One month since a goal: how often its reason came up.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Month {
    /// `YYYY-MM`
    pub month: String,
    pub count: u64,
    pub reflections: u64,
    pub rate: Option<f64>,
}

/// Before or since a goal: the sessions that gave its reason, of the
/// sessions where it could happen (issue 12).
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct GoalHalf {
    pub count: u64,
    /// All reflections in the period (the old, naive base).
    pub reflections: u64,
    pub opportunities: u64,
    /// `count` / `opportunities`.
    pub rate: Option<f64>,
}

impl GoalHalf {
    fn new(half: Half, reflections: u64) -> GoalHalf {
        GoalHalf {
            count: half.count,
            reflections,
            opportunities: half.opportunities,
            rate: half.rate(),
        }
    }
}

/// The goal's before and after in the sessions where one resistance
/// reaction was met.
#[derive(Debug, Clone, Serialize)]
pub struct Situation {
    pub resistance: String,
    pub before: Half,
    pub after: Half,
}

/// A goal with the rate of its reason before and since it.
#[derive(Debug, Clone, Serialize)]
pub struct GoalProgress {
    #[serde(flatten)]
    pub goal: Goal,
    /// Which sessions the rates count over.
    pub base: Base,
    /// Only sessions where this resistance reaction was met (`--when`).
    pub when: Option<String>,
    /// Sessions before the goal's start.
    pub before: GoalHalf,
    /// Sessions from the start on, until it was done (or today).
    pub after: GoalHalf,
    /// The same, per resistance reaction met.
    pub by_resistance: Vec<Situation>,
    /// Per month from the start on, including months without reflections.
    pub months: Vec<Month>,
}

/// The goal's figures; `when`: only sessions where that reaction was met.
pub fn progress(tx: &Tx, goal: Goal, today: NaiveDate, when: Option<&str>) -> Result<GoalProgress> {
    let end = goal.done_on.unwrap_or(today).max(goal.since);
    let before_day = goal.since.pred_opt().unwrap_or(NaiveDate::MIN);
    let query = |when: Option<&str>| PatternQuery {
        since: None,
        until: Some(end),
        case_id: None,
        side: None,
        min_cases: 1,
        when: when.map(str::to_string),
    };
    let (before, after) = patterns::reason_halves(tx, &query(when), &goal.reason, before_day)?;
    let (_, before_all) = tx.reason_rate(&goal.reason, None, goal.since.pred_opt())?;
    let (_, after_all) = tx.reason_rate(&goal.reason, Some(goal.since), Some(end))?;
    let mut by_resistance = Vec::new();
    for r in tx.resistances()? {
        if when.is_some_and(|w| w != r.code) {
            continue;
        }
        let (before, after) =
            patterns::reason_halves(tx, &query(Some(&r.code)), &goal.reason, before_day)?;
        if before.opportunities + after.opportunities > 0 {
            by_resistance.push(Situation {
                resistance: r.code,
                before,
                after,
            });
        }
    }
    let recorded = tx.reason_rate_by_month(&goal.reason, goal.since, end)?;
    let months = month_range(goal.since, end)
        .into_iter()
        .map(|month| {
            let (count, reflections) = recorded
                .iter()
                .find(|(m, _, _)| *m == month)
                .map(|(_, c, r)| (*c, *r))
                .unwrap_or((0, 0));
            Month {
                rate: share(count, reflections),
                month,
                count,
                reflections,
            }
        })
        .collect();
    let base = tx
        .pattern_usual_steps()?
        .into_iter()
        .find(|(c, _)| *c == goal.reason)
        .map_or(Base::Given, |(_, steps)| Base::of_stored(&steps));
    Ok(GoalProgress {
        base,
        when: when.map(str::to_string),
        before: GoalHalf::new(
            before,
            if goal.since.pred_opt().is_some() {
                before_all
            } else {
                0
            },
        ),
        after: GoalHalf::new(after, after_all),
        by_resistance,
        goal,
        months,
    })
}

/// Every month from `from`'s to `to`'s, as `YYYY-MM`.
pub fn month_range(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    use chrono::Datelike;
    let (mut year, mut month) = (from.year(), from.month());
    let mut months = Vec::new();
    while (year, month) <= (to.year(), to.month()) {
        months.push(format!("{year:04}-{month:02}"));
        (year, month) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
    }
    months
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_ranges_cross_years() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            month_range(d("2025-11-30"), d("2026-02-01")),
            ["2025-11", "2025-12", "2026-01", "2026-02"]
        );
        assert_eq!(month_range(d("2026-03-05"), d("2026-03-20")), ["2026-03"]);
    }
}
