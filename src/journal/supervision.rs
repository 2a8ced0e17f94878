//! Supervision: questions to bring, meetings held, and learning goals with
//! whether their reason became rarer.

use chrono::NaiveDate;
use serde::Serialize;

use super::chronology;
use super::opportunity::Base;
use super::patterns::{self, Half, PatternQuery, share};
use super::text::{self, Field};
use super::{Goal, QuestionEntry};
use crate::error::{Error, Text, Who};

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

/// The answer to `question`, checked (trimmed): refused when it is
/// answered already (unless `replace`) or `on` is before it was asked.
pub fn answer<'a>(
    question: &QuestionEntry,
    answer: &'a str,
    on: NaiveDate,
    replace: bool,
) -> Result<&'a str, Error> {
    let id = question.id;
    if let (Some(answered_on), false) = (question.answered_on, replace) {
        return Err(Error::AlreadyAnswered {
            id,
            on: answered_on,
        });
    }
    chronology::answer(question.date, on).map_err(|conflict| Error::DateConflict {
        who: Who::Question(id),
        conflict,
    })?;
    text(answer, Text::Answer)
}

/// A meeting's `with` (none when blank) and note, checked and trimmed.
pub fn meeting<'a>(
    with: Option<&'a str>,
    note: &'a str,
) -> Result<(Option<&'a str>, &'a str), Error> {
    let with = with.map(str::trim).filter(|w| !w.is_empty());
    if let Some(with) = with {
        text::check_line(with, Field::With)?;
    }
    text::check_free(note, Field::Note)?;
    Ok((with, note.trim()))
}

/// A learning goal's text, checked and trimmed.
pub fn goal_text(goal: &str) -> Result<&str, Error> {
    text(goal, Text::Goal)
}

/// The new text of `question`, checked and trimmed: to remove a question,
/// its reflection is edited (`edit ID --ask ""`), never emptied here.
pub fn question_text<'a>(question: &QuestionEntry, new: &'a str) -> Result<&'a str, Error> {
    let new = new.trim();
    if new.is_empty() {
        return Err(Error::EmptyQuestion {
            id: question.id,
            reflection: question.reflection,
        });
    }
    text::check_free(new, Field::Question)?;
    Ok(new)
}

/// Whether `goal` may be marked done `on`: not done yet, and not before it
/// started.
pub fn can_finish(goal: &Goal, on: NaiveDate) -> Result<(), Error> {
    let id = goal.id;
    if let Some(done) = goal.done_on {
        return Err(Error::GoalAlreadyDone { id, on: done });
    }
    chronology::goal_done(goal.since, on).map_err(|conflict| Error::DateConflict {
        who: Who::Goal(id),
        conflict,
    })
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
    pub fn new(half: Half, reflections: u64) -> GoalHalf {
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
    /// The reason's English and Dutch label, for the command line to word
    /// it (not in `--json`, which keeps the code).
    #[serde(skip)]
    pub reason_label: (String, String),
}

/// The days a goal's figures split at: the last day before it started,
/// and the last one they count (the day it was done, else `today`; never
/// before its start).
pub fn window(goal: &Goal, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let end = goal.done_on.unwrap_or(today).max(goal.since);
    let before_day = goal.since.pred_opt().unwrap_or(NaiveDate::MIN);
    (before_day, end)
}

/// All sessions up to `end`; `when`: only those where that reaction was met.
pub fn goal_query(end: NaiveDate, when: Option<&str>) -> PatternQuery {
    PatternQuery {
        since: None,
        until: Some(end),
        case_id: None,
        side: None,
        min_cases: 1,
        when: when.map(str::to_string),
        whose: Default::default(),
    }
}

/// A goal's before and after where `resistance` was met, if it was met in
/// a session where the reason could happen.
pub fn situation(resistance: String, before: Half, after: Half) -> Option<Situation> {
    (before.opportunities + after.opportunities > 0).then_some(Situation {
        resistance,
        before,
        after,
    })
}

/// What the store gives for one goal's figures.
pub struct GoalRows {
    /// The sessions that gave its reason, and its opportunities, before
    /// and since.
    pub halves: (Half, Half),
    /// All reflections before it started, and since.
    pub before_all: u64,
    pub after_all: u64,
    pub by_resistance: Vec<Situation>,
    /// Per month since it started: the month, the count, the reflections.
    pub recorded: Vec<(String, u64, u64)>,
    /// Each reason's usual steps, as stored.
    pub usual: Vec<(String, String)>,
    /// The reason's English and Dutch label.
    pub reason_label: (String, String),
}

/// The goal's figures up to `end`; `when`: only sessions where that
/// reaction was met.
pub fn progress(goal: Goal, end: NaiveDate, when: Option<&str>, rows: GoalRows) -> GoalProgress {
    let (before, after) = rows.halves;
    let recorded = rows.recorded;
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
    let base = patterns::base_of(&rows.usual, &goal.reason);
    GoalProgress {
        base,
        when: when.map(str::to_string),
        before: GoalHalf::new(
            before,
            if goal.since.pred_opt().is_some() {
                rows.before_all
            } else {
                0
            },
        ),
        after: GoalHalf::new(after, rows.after_all),
        by_resistance: rows.by_resistance,
        goal,
        months,
        reason_label: rows.reason_label,
    }
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
