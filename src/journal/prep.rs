//! What a practitioner brings to supervision: one page covering everything
//! since the last meeting. This module puts the figures together (from what
//! `services::prep` reads); the CLI renders them as Markdown or HTML.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::id::{CaseId, ReflectionId};
use super::patterns::{PatternQuery, Patterns, Recurring};
use super::supervision::{GoalProgress, month_range};
use super::{Meeting, QuestionEntry, Side, Step, StepInfo};

mod cut;
mod evidence;
mod view;

pub use cut::cut;
pub use evidence::{Candidate, Situation, choose};
pub use view::{Planned, Threads, Why, plan, threshold};

/// How many dated note excerpts to show per recurring pattern.
pub const EXCERPTS: usize = 3;
/// How many for a pattern in view only as a thread (a question, a goal,
/// the last meeting's page) below the threshold.
pub const THREAD_EXCERPTS: usize = 1;
/// How many recent sessions of each named case may be quoted.
pub const PER_CASE: usize = 3;
/// How many cases are named per pattern.
pub const CASES: usize = 10;
/// How many patterns the page shows.
pub const PATTERNS: usize = 5;
/// How many open questions, and how many answered ones, the page shows.
pub const QUESTIONS: usize = 10;
/// How many characters of a note an excerpt shows.
pub const NOTE_CHARS: usize = 280;
/// How many characters of the last meeting's note the page shows.
pub const MEETING_CHARS: usize = 600;
/// How many characters of a question or an answer the page shows.
pub const QUESTION_CHARS: usize = 300;
/// How many of what went well the page shows, newest first.
pub const WENT_WELL: u64 = 5;
/// How many reasons the per-month chart follows.
pub const TOP_REASONS: usize = 5;
/// How many months the per-month chart shows: the last ones of the period.
pub const MONTHS: usize = 24;

/// Where the page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// The day after the last recorded meeting (everything, if none).
    LastMeeting,
    Date(NaiveDate),
}

#[derive(Debug, Clone, Serialize)]
pub struct Excerpt {
    pub reflection: ReflectionId,
    pub date: NaiveDate,
    pub case: String,
    /// The note as the page shows it: on one line, cut after a sentence or
    /// a word.
    pub note: String,
    /// Whether part of the note was left out.
    pub cut: bool,
}

/// What went well in one session, for the page.
#[derive(Debug, Clone, Serialize)]
pub struct WentWell {
    pub reflection: ReflectionId,
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
    pub fn new(rows: Vec<(ReflectionId, NaiveDate, String, String)>, total: u64) -> WentWellRows {
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

/// An own-side pattern the page follows, why, and the material that
/// shows it.
#[derive(Debug, Clone, Serialize)]
pub struct InView {
    /// Its figures in the period (`cases` 0: not given in it).
    pub pattern: Recurring,
    pub why: Vec<Why>,
    /// The cases that gave it most, at most [`CASES`].
    pub cases: Vec<CaseCount>,
    /// The cases that gave it and are not named.
    pub more_cases: u64,
    /// At most [`EXCERPTS`], newest first.
    pub excerpts: Vec<Excerpt>,
    /// The sessions that gave it and are not quoted.
    pub more_sessions: u64,
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
    /// The last meeting recorded (its note cut to [`MEETING_CHARS`]).
    pub meeting: Option<Meeting>,
    /// Questions answered from this day on are on the page.
    pub answered_since: Option<NaiveDate>,
    /// At most [`QUESTIONS`] of them, newest answer first.
    pub answered: Vec<QuestionEntry>,
    pub more_answered: u64,
    /// The open questions: at most [`QUESTIONS`], most recently asked first.
    pub questions: Vec<QuestionEntry>,
    pub more_questions: u64,
    /// Own-side patterns from the start of the page until today.
    pub patterns: Patterns,
    /// All stalls (steps × reflections) on the own side.
    pub stalls: u64,
    /// The patterns the page follows, at most [`PATTERNS`].
    pub in_view: Vec<InView>,
    /// The codes of those left out.
    pub more_patterns: Vec<String>,
    pub goals: Vec<GoalProgress>,
    /// Every step 0–7 with its own-side stalls in the period (zero included).
    pub steps: Vec<StepBar>,
    /// The own-side reasons given most in the period, most first.
    pub top_reasons: Vec<String>,
    /// The last [`MONTHS`] months of the period.
    pub months: Vec<MonthRow>,
    /// The months of the period before those.
    pub earlier_months: u64,
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
        whose: Default::default(),
    }
}

impl InView {
    /// A planned pattern with its named cases (`(id, name, reflections)`, as
    /// the store gives them) and the sessions chosen with their notes.
    pub fn new(
        planned: Planned,
        cases: Vec<(CaseId, String, u64)>,
        quoted: Vec<(Candidate, String)>,
    ) -> InView {
        let Planned { pattern, why } = planned;
        let excerpts: Vec<Excerpt> = quoted
            .into_iter()
            .map(|(c, note)| {
                let (note, cut) = cut(&note, NOTE_CHARS);
                Excerpt {
                    reflection: c.reflection,
                    date: c.date,
                    case: c.case,
                    note,
                    cut,
                }
            })
            .collect();
        InView {
            more_cases: pattern.cases.saturating_sub(cases.len() as u64),
            more_sessions: pattern.count.saturating_sub(excerpts.len() as u64),
            cases: cases
                .into_iter()
                .map(|(_, case, reflections)| CaseCount { case, reflections })
                .collect(),
            excerpts,
            pattern,
            why,
        }
    }
}

/// A question as the page shows it: text and answer cut to fit.
fn shown(mut q: QuestionEntry) -> QuestionEntry {
    q.text = cut(&q.text, QUESTION_CHARS).0;
    q.answer = q.answer.map(|a| cut(&a, QUESTION_CHARS).0);
    q
}

/// Questions answered from this day on belong on the page: the day of the
/// meeting it follows on (answers are given there), else its start.
pub fn answered_since(query: &PatternQuery, last_meeting: Option<NaiveDate>) -> Option<NaiveDate> {
    match last_meeting {
        Some(meeting) if query.since == Some(meeting + Days::new(1)) => Some(meeting),
        _ => query.since,
    }
}

/// What the store gives for the page.
pub struct PrepRows {
    pub last_meeting: Option<NaiveDate>,
    pub meeting: Option<Meeting>,
    pub answered_since: Option<NaiveDate>,
    /// The answered questions shown, and how many there are.
    pub answered: (Vec<QuestionEntry>, u64),
    /// The open questions shown, and how many there are.
    pub questions: (Vec<QuestionEntry>, u64),
    pub patterns: Patterns,
    pub in_view: Vec<InView>,
    pub more_patterns: Vec<String>,
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
        meeting,
        answered_since,
        answered,
        questions,
        patterns,
        in_view,
        more_patterns,
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
    let mut months: Vec<MonthRow> = match (patterns.period.from, patterns.period.to) {
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
    let earlier_months = months.len().saturating_sub(MONTHS);
    months.drain(..earlier_months);

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
        meeting: meeting.map(|mut m| {
            m.note = cut(&m.note, MEETING_CHARS).0;
            m
        }),
        answered_since,
        more_answered: answered.1.saturating_sub(answered.0.len() as u64),
        answered: answered.0.into_iter().map(shown).collect(),
        more_questions: questions.1.saturating_sub(questions.0.len() as u64),
        questions: questions.0.into_iter().map(shown).collect(),
        patterns,
        in_view,
        more_patterns,
        goals,
        top_reasons,
        months,
        earlier_months: earlier_months as u64,
        went_well,
    }
}
