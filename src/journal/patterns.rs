//! Patterns across reflections: where sessions stall, why, what recurs, what
//! goes together, and what followed.
//!
//! The store computes every figure with SQL aggregates; this module asks for
//! them, combines them with plain functions (trend, top steps, median) and
//! returns data for the CLI to render as tables or JSON.

use anyhow::Result;
use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::{Side, Step};
use crate::store::Tx;

/// The share of the method's source: of clients living with a lasting
/// partner, 65% are still helped individually.
pub const SOURCE_INDIVIDUAL_SHARE: f64 = 0.65;

/// What to look at.
#[derive(Debug, Clone)]
pub struct PatternQuery {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub case_id: Option<i64>,
    /// `None` = all sides.
    pub side: Option<Side>,
    /// A reason seen in at least this many distinct cases is a recurring pattern.
    pub min_cases: u64,
}

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
    /// `stalls` / reflections in the period.
    pub share: f64,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Half {
    /// Reflections in this half that give the reason.
    pub count: u64,
    /// All reflections in this half.
    pub reflections: u64,
}

impl Half {
    pub fn rate(&self) -> Option<f64> {
        share(self.count, self.reflections)
    }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Trend {
    Rising,
    Falling,
    Steady,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReasonRow {
    pub code: String,
    pub side: Side,
    pub label_en: String,
    pub label_nl: String,
    /// Reflections that give this reason.
    pub count: u64,
    /// Distinct cases in which it was given.
    pub cases: u64,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The step(s) where it stalls most (ties all listed).
    pub top_steps: Vec<Step>,
    pub earlier: Half,
    pub recent: Half,
    /// `None` when one half has no reflections to compare with.
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
    /// The other cases of the period; reference day: their first reflection in it.
    pub without: Share,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Baseline {
    /// Cases (in the period) whose client lives with a lasting partner.
    pub cohabiting_cases: u64,
    /// Of those, cases in which no significant other ever took part.
    pub individual_only: u64,
    pub share: Option<f64>,
    /// What the method's source reports.
    pub source_share: f64,
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
    pub min_cases: u64,
    pub reflections: u64,
    pub cases: u64,
    pub steps: Vec<StepRow>,
    pub reasons: Vec<ReasonRow>,
    pub pairs: Vec<Pair>,
    pub resistances: Vec<ResistanceRow>,
    pub outcomes: Outcomes,
    pub recurring: Vec<Recurring>,
}

/// `numerator / denominator`, or `None` for an empty denominator.
pub fn share(numerator: u64, denominator: u64) -> Option<f64> {
    (denominator > 0).then(|| numerator as f64 / denominator as f64)
}

/// The last day of the earlier half of `from..=to`.
pub fn midpoint(from: NaiveDate, to: NaiveDate) -> NaiveDate {
    let days = (to - from).num_days().max(0) as u64;
    from + Days::new(days / 2)
}

/// Rising or falling when the rate per reflection moved by at least five
/// percentage points between the halves; steady otherwise.
pub fn trend(earlier: Half, recent: Half) -> Option<Trend> {
    let (before, after) = (earlier.rate()?, recent.rate()?);
    let change = after - before;
    Some(if change >= 0.05 {
        Trend::Rising
    } else if change <= -0.05 {
        Trend::Falling
    } else {
        Trend::Steady
    })
}

/// The steps with the highest count (all of them on a tie), in step order.
pub fn top_steps(counts: &[(Step, u64)]) -> Vec<Step> {
    let max = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let mut steps: Vec<Step> = counts
        .iter()
        .filter(|(_, n)| *n == max && max > 0)
        .map(|(s, _)| *s)
        .collect();
    steps.sort();
    steps
}

pub fn median(values: &mut [u64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 0 {
        (values[mid - 1] + values[mid]) as f64 / 2.0
    } else {
        values[mid] as f64
    })
}

/// Computes all sections for `query`.
pub fn analyse(tx: &Tx, query: &PatternQuery) -> Result<Patterns> {
    let totals = tx.pattern_totals(query)?;
    let from = query.since.or(totals.first);
    let to = query.until.or(totals.last);
    let mid = from.zip(to).map(|(f, t)| midpoint(f, t));
    let period = Period {
        from,
        to,
        midpoint: mid,
    };
    let side = query.side.map_or("all", |s| s.code()).to_string();
    let (earlier_total, recent_total) = match mid {
        Some(mid) => tx.pattern_halves(query, mid)?,
        None => (0, 0),
    };

    let steps = tx
        .pattern_steps(query)?
        .into_iter()
        .map(|row| StepRow {
            share: share(row.stalls, totals.reflections).unwrap_or(0.0),
            ..row
        })
        .collect();

    let reason_steps = tx.pattern_reason_steps(query)?;
    let reason_resistance = tx.pattern_reason_resistance(query)?;
    let mut reasons: Vec<ReasonRow> = tx
        .pattern_reasons(query, mid.unwrap_or(NaiveDate::MIN))?
        .into_iter()
        .map(|raw| {
            let counts: Vec<(Step, u64)> = reason_steps
                .iter()
                .filter(|p| p.reason == raw.code)
                .map(|p| (p.step.expect("a step pair"), p.count))
                .collect();
            let earlier = Half {
                count: raw.count - raw.recent,
                reflections: earlier_total,
            };
            let recent = Half {
                count: raw.recent,
                reflections: recent_total,
            };
            ReasonRow {
                top_steps: top_steps(&counts),
                trend: trend(earlier, recent),
                recurring: raw.cases >= query.min_cases,
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

    let resistances = resistance_rows(tx, query)?;
    let outcomes = Outcomes {
        reasons: reason_outcomes(tx, query, &reasons)?,
        baseline: tx.pattern_baseline(query)?,
    };

    let catalogue = tx.resistances()?;
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
                top_steps: r.top_steps.clone(),
                resistance_en: label.map(|l| l.label_en.clone()),
                resistance_nl: label.map(|l| l.label_nl.clone()),
                resistance,
                trend: r.trend,
            }
        })
        .collect();

    Ok(Patterns {
        period,
        side,
        min_cases: query.min_cases,
        reflections: totals.reflections,
        cases: totals.cases,
        steps,
        reasons,
        pairs,
        resistances,
        outcomes,
        recurring,
    })
}

fn resistance_rows(tx: &Tx, query: &PatternQuery) -> Result<Vec<ResistanceRow>> {
    let followups = tx.pattern_resistance_followup(query)?;
    let mut rows = Vec::new();
    for r in tx.resistances()? {
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
    Ok(rows)
}

fn reason_outcomes(
    tx: &Tx,
    query: &PatternQuery,
    reasons: &[ReasonRow],
) -> Result<Vec<ReasonOutcome>> {
    let raw = tx.pattern_reason_outcomes(query)?;
    Ok(reasons
        .iter()
        .filter_map(|r| {
            let o = raw.per_reason.iter().find(|o| o.reason == r.code)?;
            Some(ReasonOutcome {
                reason: r.code.clone(),
                with: Share::new(o.cases, o.reached),
                without: Share::new(
                    raw.cases - o.cases,
                    raw.reached - o.reached_from_first_reflection,
                ),
            })
        })
        .collect())
}

/// Rows the store returns; combined above.
pub mod raw {
    use chrono::NaiveDate;

    use crate::journal::Side;

    pub struct Totals {
        pub reflections: u64,
        pub cases: u64,
        pub first: Option<NaiveDate>,
        pub last: Option<NaiveDate>,
    }

    pub struct Reason {
        pub code: String,
        pub side: Side,
        pub label_en: String,
        pub label_nl: String,
        pub count: u64,
        pub cases: u64,
        pub first: NaiveDate,
        pub last: NaiveDate,
        /// Of `count`, those after the midpoint.
        pub recent: u64,
    }

    pub struct ReasonOutcome {
        pub reason: String,
        pub cases: u64,
        /// Reached the system on or after the reason's first day in the case.
        pub reached: u64,
        /// Reached the system on or after the case's first reflection in the period.
        pub reached_from_first_reflection: u64,
    }

    pub struct Outcomes {
        /// Cases in the period, and how many of them reached the system on or
        /// after their first reflection in it.
        pub cases: u64,
        pub reached: u64,
        pub per_reason: Vec<ReasonOutcome>,
    }

    /// One case in which a resistance reaction was met.
    pub struct Followup {
        pub resistance: String,
        /// A significant other took part in a session after it was first met.
        pub joined: bool,
        /// Individual sessions of the case before that first session with an other.
        pub individual_before: u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_midpoint_closes_the_earlier_half() {
        assert_eq!(
            midpoint(day("2026-01-01"), day("2026-01-11")),
            day("2026-01-06")
        );
        assert_eq!(
            midpoint(day("2026-01-01"), day("2026-01-02")),
            day("2026-01-01")
        );
        assert_eq!(
            midpoint(day("2026-01-01"), day("2026-01-01")),
            day("2026-01-01")
        );
    }

    #[test]
    fn trends_need_five_points_of_change_and_two_halves() {
        let h = |count, reflections| Half { count, reflections };
        assert_eq!(trend(h(1, 10), h(3, 10)), Some(Trend::Rising));
        assert_eq!(trend(h(3, 10), h(1, 10)), Some(Trend::Falling));
        assert_eq!(trend(h(10, 100), h(14, 100)), Some(Trend::Steady));
        assert_eq!(trend(h(0, 0), h(3, 10)), None);
    }

    #[test]
    fn top_steps_keep_ties() {
        let s = |n| Step::new(n).unwrap();
        assert_eq!(top_steps(&[(s(3), 2), (s(0), 5), (s(6), 5)]), [s(0), s(6)]);
        assert_eq!(top_steps(&[]), Vec::<Step>::new());
    }

    #[test]
    fn medians() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [1, 2, 3, 4]), Some(2.5));
    }
}
