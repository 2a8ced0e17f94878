//! What a practitioner brings to supervision: one page covering everything
//! since the last meeting. This module gathers the figures; the CLI renders
//! them as Markdown or HTML.

use anyhow::Result;
use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::patterns::{self, PatternQuery, Patterns};
use super::supervision::{self, GoalProgress, month_range};
use super::{QuestionEntry, Side, Step};
use crate::store::Tx;

/// How many dated note excerpts to show per pattern.
pub const EXCERPTS: u64 = 3;
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
}

pub fn gather(tx: &Tx, since: Since, min_cases: u64, today: NaiveDate) -> Result<Prep> {
    let last_meeting = tx.last_meeting_date()?;
    let from = match since {
        Since::Date(date) => Some(date),
        Since::LastMeeting => last_meeting.map(|d| d + Days::new(1)),
    };
    let query = PatternQuery {
        since: from,
        until: Some(today),
        case_id: None,
        side: Some(Side::Own),
        min_cases,
        when: None,
    };
    let patterns = patterns::analyse(tx, &query)?;

    let mut evidence = Vec::new();
    for r in &patterns.recurring {
        evidence.push(Evidence {
            reason: r.reason.clone(),
            cases: tx
                .pattern_reason_cases(&query, &r.reason)?
                .into_iter()
                .map(|(case, reflections)| CaseCount { case, reflections })
                .collect(),
            excerpts: tx
                .pattern_reason_notes(&query, &r.reason, EXCERPTS)?
                .into_iter()
                .map(|(reflection, date, case, note)| Excerpt {
                    reflection,
                    date,
                    case,
                    note,
                })
                .collect(),
        });
    }

    let goals = tx
        .goals(false)?
        .into_iter()
        .map(|g| supervision::progress(tx, g, today, None))
        .collect::<Result<Vec<_>>>()?;

    let top_reasons: Vec<String> = patterns
        .reasons
        .iter()
        .take(TOP_REASONS)
        .map(|r| r.code.clone())
        .collect();
    let per_month = tx.pattern_reason_months(&query)?;
    let recorded = tx.pattern_months(&query)?;
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

    let steps = tx
        .steps()?
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

    Ok(Prep {
        today,
        steps,
        last_meeting: (since == Since::LastMeeting)
            .then_some(last_meeting)
            .flatten(),
        stalls: patterns.steps.iter().map(|s| s.stalls).sum(),
        patterns,
        evidence,
        questions: tx.questions(false)?,
        goals,
        top_reasons,
        months,
    })
}
