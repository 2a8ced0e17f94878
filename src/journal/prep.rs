//! What a practitioner brings to supervision: one page covering everything
//! since the last meeting. This module puts the figures together (from what
//! `services::prep` reads); the CLI renders them as Markdown or HTML.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::patterns::{PatternQuery, Patterns};
use super::supervision::{GoalProgress, month_range};
use super::{QuestionEntry, Side, Step, StepInfo};

/// How many dated note excerpts to show per pattern.
pub const EXCERPTS: u64 = 3;
/// How many of what went well the page shows, newest first.
pub const WENT_WELL: u64 = 5;
/// How many reasons the per-month chart follows.
pub const TOP_REASONS: usize = 5;

/// Where the page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// The day after the last recorded meeting (everything, if none).
    LastMeeting,
    Date(NaiveDate),
}

#[derive(Debug, Clone, Serialize)]
pub struct Excerpt {
    pub reflection: i64,
    pub date: NaiveDate,
    pub case: String,
    pub note: String,
}

/// What went well in one session, for the page.
#[derive(Debug, Clone, Serialize)]
pub struct WentWell {
    pub reflection: i64,
    pub date: NaiveDate,
    pub case: String,
    pub text: String,
}

/// The most recent of what went well in the period, and how many in all.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WentWellRows {
    pub recent: Vec<WentWell>,
    pub total: u64,
}

impl WentWellRows {
    /// From the store's `(reflection, date, case, text)` rows and count.
    pub fn new(rows: Vec<(i64, NaiveDate, String, String)>, total: u64) -> WentWellRows {
        let recent = rows
            .into_iter()
            .map(|(reflection, date, case, text)| WentWell {
                reflection,
                date,
                case,
                text,
            })
            .collect();
        WentWellRows { recent, total }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseCount {
    pub case: String,
    pub reflections: u64,
}

/// A recurring own-side pattern with the material that shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub reason: String,
    pub cases: Vec<CaseCount>,
    pub excerpts: Vec<Excerpt>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepBar {
    pub step: Step,
    pub title_en: String,
    pub title_nl: String,
    pub stalls: u64,
}

/// One month of the chart of top reasons.
#[derive(Debug, Clone, Serialize)]
pub struct MonthRow {
    pub month: String,
    pub reflections: u64,
    /// Counts for [`Prep::top_reasons`], in that order.
    pub counts: Vec<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Prep {
    pub today: NaiveDate,
    /// The meeting the page follows on, when it starts from one.
    pub last_meeting: Option<NaiveDate>,
    /// Own-side patterns from the start of the page until today.
    pub patterns: Patterns,
    /// All stalls (steps × reflections) on the own side.
    pub stalls: u64,
    pub evidence: Vec<Evidence>,
    pub questions: Vec<QuestionEntry>,
    pub goals: Vec<GoalProgress>,
    /// Every step 0–7 with its own-side stalls in the period (zero included).
    pub steps: Vec<StepBar>,
    /// The own-side reasons given most in the period, most first.
    pub top_reasons: Vec<String>,
    pub months: Vec<MonthRow>,
    pub went_well: WentWellRows,
}

/// The patterns `prep` looks at: own reasons, from the day after the last
/// meeting (or `since`) up to `today`.
pub fn query(
    since: Since,
    last_meeting: Option<NaiveDate>,
    min_cases: u64,
    today: NaiveDate,
) -> PatternQuery {
    let from = match since {
        Since::Date(date) => Some(date),
        Since::LastMeeting => last_meeting.map(|d| d + Days::new(1)),
    };
    PatternQuery {
        since: from,
        until: Some(today),
        case_id: None,
        side: Some(Side::Own),
        min_cases,
        when: None,
    }
}

impl Evidence {
    /// A recurring reason's cases (name, reflections) and excerpts
    /// (reflection, date, case, note), as the store gives them.
    pub fn new(
        reason: String,
        cases: Vec<(String, u64)>,
        excerpts: Vec<(i64, NaiveDate, String, String)>,
    ) -> Evidence {
        Evidence {
            reason,
            cases: cases
                .into_iter()
                .map(|(case, reflections)| CaseCount { case, reflections })
                .collect(),
            excerpts: excerpts
                .into_iter()
                .map(|(reflection, date, case, note)| Excerpt {
                    reflection,
                    date,
                    case,
                    note,
                })
                .collect(),
        }
    }
}

/// What the store gives for the page.
pub struct PrepRows {
    pub last_meeting: Option<NaiveDate>,
    pub patterns: Patterns,
    pub evidence: Vec<Evidence>,
    pub questions: Vec<QuestionEntry>,
    pub goals: Vec<GoalProgress>,
    pub steps: Vec<StepInfo>,
    /// Per month: the month, a reason's code, its reflections.
    pub per_month: Vec<(String, String, u64)>,
    /// Per month: the month, its reflections.
    pub recorded: Vec<(String, u64)>,
    pub went_well: WentWellRows,
}

/// The page up to `today`, from the store's `rows`.
pub fn page(since: Since, today: NaiveDate, rows: PrepRows) -> Prep {
    let PrepRows {
        last_meeting,
        patterns,
        evidence,
        questions,
        goals,
        steps,
        per_month,
        recorded,
        went_well,
    } = rows;
    let top_reasons: Vec<String> = patterns
        .reasons
        .iter()
        .take(TOP_REASONS)
        .map(|r| r.code.clone())
        .collect();
    let months = match (patterns.period.from, patterns.period.to) {
        (Some(from), Some(to)) => month_range(from, to)
            .into_iter()
            .map(|month| MonthRow {
                reflections: recorded
                    .iter()
                    .find(|(m, _)| *m == month)
                    .map_or(0, |(_, n)| *n),
                counts: top_reasons
                    .iter()
                    .map(|code| {
                        per_month
                            .iter()
                            .find(|(m, c, _)| *m == month && c == code)
                            .map_or(0, |(_, _, n)| *n)
                    })
                    .collect(),
                month,
            })
            .collect(),
        _ => Vec::new(),
    };

    let steps = steps
        .into_iter()
        .map(|s| StepBar {
            stalls: patterns
                .steps
                .iter()
                .find(|row| row.step == s.step)
                .map_or(0, |row| row.stalls),
            step: s.step,
            title_en: s.title_en,
            title_nl: s.title_nl,
        })
        .collect();

    Prep {
        today,
        steps,
        last_meeting: (since == Since::LastMeeting)
            .then_some(last_meeting)
            .flatten(),
        stalls: patterns.steps.iter().map(|s| s.stalls).sum(),
        patterns,
        evidence,
        questions,
        goals,
        top_reasons,
        months,
        went_well,
    }
}
