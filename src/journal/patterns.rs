//! Patterns across reflections: where sessions stall, why, what recurs, what
//! goes together, and what followed.
//!
//! The store computes every figure with SQL aggregates (the rows in
//! [`raw`], read by `services::patterns`); this module combines them with the
//! pure [`super::stats`] into data the CLI renders.

use chrono::NaiveDate;
use serde::Serialize;

use super::opportunity::Base;
pub use super::stats::{
    Half, MIN_TREND_OPPORTUNITIES, TREND_P, Trend, fisher_exact, median, midpoint, share,
    top_steps, trend,
};
use super::{Resistance, Side, Step};

mod query;
pub mod raw;
pub mod table;

pub use query::PatternQuery;

/// The share of the method's source: of clients living with a lasting
/// partner, 65% are still helped individually.
pub const SOURCE_INDIVIDUAL_SHARE: f64 = 0.65;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Period {
    /// The first day looked at: `--since`, else the first reflection's date.
    pub from: Option<NaiveDate>,
    /// The last day looked at: `--until`, else the last reflection's date.
    pub to: Option<NaiveDate>,
    /// The last day of the earlier half (for rising / falling).
    pub midpoint: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepRow {
    pub step: Step,
    pub title_en: String,
    pub title_nl: String,
    /// Reflections that stalled at this step (for a reason on the chosen side).
    pub stalls: u64,
    pub cases: u64,
    /// Sessions where the step was at stake (or stalled anyway).
    pub opportunities: u64,
    pub base: Base,
    /// `stalls` / `opportunities`.
    pub share: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReasonRow {
    pub code: String,
    pub side: Side,
    pub label_en: String,
    pub label_nl: String,
    /// Reflections that give this reason.
    pub count: u64,
    /// Sessions of the period where it could happen (or happened anyway).
    pub opportunities: u64,
    pub base: Base,
    /// Distinct cases in which it was given.
    pub cases: u64,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The step(s) where it stalls most (ties all listed).
    pub top_steps: Vec<Step>,
    pub earlier: Half,
    pub recent: Half,
    /// `None` ("too few to tell") with fewer than 8 opportunities in a half.
    pub trend: Option<Trend>,
    pub recurring: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    pub reason: String,
    /// Set for a reason × step pair.
    pub step: Option<Step>,
    /// Set for a reason × resistance pair.
    pub resistance: Option<String>,
    pub count: u64,
    pub cases: u64,
    /// Sessions where the step was at stake, or where the resistance
    /// reaction was met.
    pub opportunities: u64,
    /// `count` / `opportunities`.
    pub rate: Option<f64>,
    pub recurring: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ResistanceRow {
    pub code: String,
    pub label_en: String,
    pub label_nl: String,
    /// Cases in which the reaction was met.
    pub cases: u64,
    /// Of those, cases where a significant other took part in a later session.
    pub joined_later: u64,
    pub share_joined: Option<f64>,
    /// Median number of individual sessions before the first one with an
    /// other present, over the cases where one joined.
    pub median_individual_sessions: Option<f64>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Share {
    pub cases: u64,
    /// Cases that reached the system: closed as `system-involved`, or a
    /// significant other present at a session on or after the reference day.
    pub reached: u64,
    pub share: Option<f64>,
}

impl Share {
    fn new(cases: u64, reached: u64) -> Share {
        Share {
            cases,
            reached,
            share: share(reached, cases),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReasonOutcome {
    pub reason: String,
    /// Cases with the reason; reference day: the first time it was given.
    pub with: Share,
    /// The other cases of the period that had an opportunity for it;
    /// reference day: their first reflection in it.
    pub without: Share,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Baseline {
    /// Closed cases (in the period) whose client lives with a lasting partner.
    pub cohabiting_cases: u64,
    /// Of those, cases in which no significant other ever took part.
    pub individual_only: u64,
    pub share: Option<f64>,
    /// What the method's source reports.
    pub source_share: f64,
    /// Cohabiting cases left out because they are still open.
    pub open_cases: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcomes {
    pub reasons: Vec<ReasonOutcome>,
    pub baseline: Baseline,
}

/// A recurring pattern, in the order to tell it: most cases first.
#[derive(Debug, Clone, Serialize)]
pub struct Recurring {
    pub reason: String,
    pub label_en: String,
    pub label_nl: String,
    pub cases: u64,
    pub count: u64,
    /// Sessions where it could happen (see [`ReasonRow::opportunities`]).
    pub opportunities: u64,
    pub base: Base,
    /// Only sessions where this reaction was met (`--when`).
    pub when: Option<String>,
    pub top_steps: Vec<Step>,
    /// The resistance reaction met most often together with it.
    pub resistance: Option<String>,
    pub resistance_en: Option<String>,
    pub resistance_nl: Option<String>,
    pub trend: Option<Trend>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Patterns {
    pub period: Period,
    /// `self`, `client`, `other` or `all`.
    pub side: String,
    /// Only sessions where this resistance reaction was met.
    pub when: Option<String>,
    pub min_cases: u64,
    pub reflections: u64,
    pub cases: u64,
    pub steps: Vec<StepRow>,
    pub reasons: Vec<ReasonRow>,
    pub pairs: Vec<Pair>,
    pub resistances: Vec<ResistanceRow>,
    pub outcomes: Outcomes,
    pub recurring: Vec<Recurring>,
    /// Step 0 per person: getting the system to the table.
    pub to_the_table: table::ToTheTable,
}

/// The opportunities of a reason: the sessions of its usual steps (`usual`
/// as the store keeps them), or those that gave it.
pub fn base_of(usual: &[(String, String)], code: &str) -> Base {
    usual
        .iter()
        .find(|(c, _)| c == code)
        .map_or(Base::Given, |(_, steps)| Base::of_stored(steps))
}

/// The sessions that gave a reason (`given`) and its opportunities (of
/// `sessions`, by `base`), up to and including the midpoint and after it.
pub fn reason_halves(base: Base, sessions: &[raw::Bucket], given: &[raw::Bucket]) -> (Half, Half) {
    let given: Vec<_> = given.iter().collect();
    let half = |late: bool| Half {
        count: given
            .iter()
            .filter(|b| b.late == late)
            .map(|b| b.count)
            .sum(),
        opportunities: base.opportunities(sessions, &given, Some(late)),
    };
    (half(false), half(true))
}

/// The period `query` covers, given the dates its reflections span.
pub fn period(query: &PatternQuery, totals: &raw::Totals) -> Period {
    let from = query.since.or(totals.first);
    let to = query.until.or(totals.last);
    Period {
        from,
        to,
        midpoint: from.zip(to).map(|(f, t)| midpoint(f, t)),
    }
}

/// Computes all sections for `query` from the store's `rows`.
pub fn analyse(query: &PatternQuery, rows: raw::Rows) -> Patterns {
    let raw::Rows {
        totals,
        sessions,
        usual,
        step_kinds,
        steps,
        reason_kinds,
        reason_steps,
        reason_resistance,
        reasons,
        met,
        followups,
        case_kinds,
        baseline,
        resistances: catalogue,
        named,
        invitations,
    } = rows;
    let period = period(query, &totals);
    let side = query.side.map_or("all", |s| s.code()).to_string();
    let base_of = |code: &str| base_of(&usual, code);

    let steps: Vec<StepRow> = steps
        .into_iter()
        .map(|row| {
            let base = Base::of_step(row.step.number());
            let stalled: Vec<_> = step_kinds
                .iter()
                .filter(|(n, _)| *n == row.step.number())
                .map(|(_, b)| b)
                .collect();
            let opportunities = base.opportunities(&sessions, &stalled, None);
            StepRow {
                share: share(row.stalls, opportunities).unwrap_or(0.0),
                opportunities,
                base,
                ..row
            }
        })
        .collect();

    let mut reasons: Vec<ReasonRow> = reasons
        .into_iter()
        .map(|raw| {
            let counts: Vec<(Step, u64)> = reason_steps
                .iter()
                .filter(|p| p.reason == raw.code)
                .map(|p| (p.step.expect("a step pair"), p.count))
                .collect();
            let base = base_of(&raw.code);
            let given: Vec<_> = reason_kinds
                .iter()
                .filter(|(c, _)| *c == raw.code)
                .map(|(_, b)| b)
                .collect();
            let earlier = Half {
                count: raw.count - raw.recent,
                opportunities: base.opportunities(&sessions, &given, Some(false)),
            };
            let recent = Half {
                count: raw.recent,
                opportunities: base.opportunities(&sessions, &given, Some(true)),
            };
            ReasonRow {
                top_steps: top_steps(&counts),
                trend: trend(earlier, recent),
                recurring: raw.cases >= query.min_cases,
                opportunities: earlier.opportunities + recent.opportunities,
                base,
                earlier,
                recent,
                code: raw.code,
                side: raw.side,
                label_en: raw.label_en,
                label_nl: raw.label_nl,
                count: raw.count,
                cases: raw.cases,
                first: raw.first,
                last: raw.last,
            }
        })
        .collect();
    reasons.sort_by(|a, b| {
        (b.cases, b.count)
            .cmp(&(a.cases, a.count))
            .then_with(|| a.code.cmp(&b.code))
    });

    let reason_resistance: Vec<Pair> = reason_resistance
        .into_iter()
        .map(|p| {
            let opportunities = met
                .iter()
                .find(|(code, _)| Some(code) == p.resistance.as_ref())
                .map_or(0, |(_, n)| *n);
            Pair {
                opportunities,
                rate: share(p.count, opportunities),
                ..p
            }
        })
        .collect();
    let reason_steps: Vec<Pair> = reason_steps
        .into_iter()
        .map(|p| {
            let opportunities = steps
                .iter()
                .find(|s| Some(s.step) == p.step)
                .map_or(0, |s| s.opportunities);
            Pair {
                opportunities,
                rate: share(p.count, opportunities),
                ..p
            }
        })
        .collect();

    let mut pairs: Vec<Pair> = reason_steps
        .into_iter()
        .chain(reason_resistance.iter().cloned())
        // A pair recurs when it came up in more than one case.
        .filter(|p| p.cases >= 2)
        .map(|p| Pair {
            recurring: p.cases >= query.min_cases,
            ..p
        })
        .collect();
    pairs.sort_by(|a, b| {
        (b.cases, b.count)
            .cmp(&(a.cases, a.count))
            .then_with(|| a.reason.cmp(&b.reason))
            .then_with(|| a.step.cmp(&b.step))
            .then_with(|| a.resistance.cmp(&b.resistance))
    });

    let resistances = resistance_rows(&followups, &catalogue);
    let outcomes = Outcomes {
        reasons: reason_outcomes(&case_kinds, &reasons),
        baseline,
    };

    let recurring = reasons
        .iter()
        .filter(|r| r.recurring)
        .map(|r| {
            let resistance = reason_resistance
                .iter()
                .filter(|p| p.reason == r.code)
                .max_by(|a, b| {
                    (a.count, a.cases)
                        .cmp(&(b.count, b.cases))
                        .then_with(|| b.resistance.cmp(&a.resistance))
                })
                .and_then(|p| p.resistance.clone());
            let label = resistance
                .as_ref()
                .and_then(|code| catalogue.iter().find(|c| &c.code == code));
            Recurring {
                reason: r.code.clone(),
                label_en: r.label_en.clone(),
                label_nl: r.label_nl.clone(),
                cases: r.cases,
                count: r.count,
                opportunities: r.opportunities,
                base: r.base,
                when: query.when.clone(),
                top_steps: r.top_steps.clone(),
                resistance_en: label.map(|l| l.label_en.clone()),
                resistance_nl: label.map(|l| l.label_nl.clone()),
                resistance,
                trend: r.trend,
            }
        })
        .collect();

    Patterns {
        period,
        side,
        when: query.when.clone(),
        min_cases: query.min_cases,
        reflections: totals.reflections,
        cases: totals.cases,
        steps,
        reasons,
        pairs,
        resistances,
        outcomes,
        recurring,
        to_the_table: table::analyse(&named, &invitations),
    }
}

fn resistance_rows(followups: &[raw::Followup], catalogue: &[Resistance]) -> Vec<ResistanceRow> {
    let mut rows = Vec::new();
    for r in catalogue.iter().cloned() {
        let cases: Vec<_> = followups
            .iter()
            .filter(|f| f.resistance == r.code)
            .collect();
        if cases.is_empty() {
            continue;
        }
        let mut before: Vec<u64> = cases
            .iter()
            .filter(|f| f.joined)
            .map(|f| f.individual_before)
            .collect();
        rows.push(ResistanceRow {
            cases: cases.len() as u64,
            joined_later: before.len() as u64,
            share_joined: share(before.len() as u64, cases.len() as u64),
            median_individual_sessions: median(&mut before),
            code: r.code,
            label_en: r.label_en,
            label_nl: r.label_nl,
        });
    }
    rows
}

fn reason_outcomes(kinds: &[raw::CaseKind], reasons: &[ReasonRow]) -> Vec<ReasonOutcome> {
    let all: Vec<_> = kinds.iter().filter(|k| k.reason.is_none()).collect();
    reasons
        .iter()
        .filter_map(|r| {
            let with: Vec<_> = kinds
                .iter()
                .filter(|k| k.reason.as_deref() == Some(r.code.as_str()))
                .collect();
            if with.is_empty() {
                return None;
            }
            // Like with like: only cases that had a session where the
            // reason could happen.
            let offered = |k: &raw::CaseKind| {
                (k.step0 && r.base.admits(false, false))
                    || (k.conversation && r.base.admits(true, false))
            };
            let sum = |rows: &[&raw::CaseKind], f: fn(&raw::CaseKind) -> u64| -> u64 {
                rows.iter().filter(|k| offered(k)).map(|k| f(k)).sum()
            };
            let (all_cases, all_reached) = (sum(&all, |k| k.cases), sum(&all, |k| k.reached));
            let (with_cases, with_reached) = (sum(&with, |k| k.cases), sum(&with, |k| k.reached));
            Some(ReasonOutcome {
                reason: r.code.clone(),
                with: Share::new(
                    with.iter().map(|k| k.cases).sum(),
                    with.iter().map(|k| k.reached_since_given).sum(),
                ),
                without: Share::new(all_cases - with_cases, all_reached - with_reached),
            })
        })
        .collect()
}
