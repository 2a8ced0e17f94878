//! Patterns across reflections: where sessions stall, why, what recurs, what
//! goes together, and what followed.
//!
//! The store computes every figure with SQL aggregates; this module asks for
//! them, combines them with plain functions (trend, top steps, median) and
//! returns data for the CLI to render as tables or JSON.

use anyhow::Result;
use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::opportunity::Base;
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
    /// Only sessions where this resistance reaction was met (`--when`).
    pub when: Option<String>,
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
    /// Sessions where the step was at stake (or stalled anyway).
    pub opportunities: u64,
    pub base: Base,
    /// `stalls` / `opportunities`.
    pub share: f64,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Half {
    /// Sessions in this half that give the reason.
    pub count: u64,
    /// Sessions in this half where it could happen (its opportunities).
    pub opportunities: u64,
}

impl Half {
    pub fn rate(&self) -> Option<f64> {
        share(self.count, self.opportunities)
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

/// Fewer opportunities than this in either half: too few to tell a trend.
pub const MIN_TREND_OPPORTUNITIES: u64 = 8;
/// A change between the halves counts as rising or falling only when
/// Fisher's exact test gives a p-value below this.
pub const TREND_P: f64 = 0.10;

/// Two-sided p-value of Fisher's exact test on the 2×2 table
/// `[[a, b], [c, d]]`: the probability, with the margins fixed, of every
/// table no more likely than the one seen (the hypergeometric sum).
pub fn fisher_exact(a: u64, b: u64, c: u64, d: u64) -> f64 {
    let (row, col, n) = (a + b, a + c, a + b + c + d);
    if n == 0 {
        return 1.0;
    }
    let low = col.saturating_sub(c + d);
    let high = row.min(col);
    // ln P(x) up to a constant: P(x+1)/P(x) = (row-x)(col-x) / ((x+1)(n-row-col+x+1)).
    let mut logs = Vec::with_capacity((high - low + 1) as usize);
    let mut log = 0.0;
    for x in low..=high {
        logs.push(log);
        if x < high {
            let num = ((row - x) as f64) * ((col - x) as f64);
            let den = ((x + 1) as f64) * ((n + x + 1 - row - col) as f64);
            log += num.ln() - den.ln();
        }
    }
    let max = logs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let total: f64 = logs.iter().map(|l| (l - max).exp()).sum();
    let seen = logs[(a - low) as usize];
    let tail: f64 = logs
        .iter()
        .filter(|l| **l <= seen + 1e-7)
        .map(|l| (l - max).exp())
        .sum();
    (tail / total).min(1.0)
}

/// Rising or falling when the rate over opportunities changed between the
/// halves by more than chance would (Fisher's exact test, p < 0.10);
/// steady otherwise; `None` ("too few to tell") with fewer than 8
/// opportunities in either half. `patterns`, `prep` and the goals all ask
/// this one function.
pub fn trend(earlier: Half, recent: Half) -> Option<Trend> {
    if earlier.opportunities < MIN_TREND_OPPORTUNITIES
        || recent.opportunities < MIN_TREND_OPPORTUNITIES
    {
        return None;
    }
    let (a, c) = (
        earlier.count.min(earlier.opportunities),
        recent.count.min(recent.opportunities),
    );
    let p = fisher_exact(a, earlier.opportunities - a, c, recent.opportunities - c);
    let (before, after) = (earlier.rate()?, recent.rate()?);
    Some(if p >= TREND_P || before == after {
        Trend::Steady
    } else if after > before {
        Trend::Rising
    } else {
        Trend::Falling
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

/// The sessions that gave reason `code` and its opportunities, up to and
/// including `mid` and after it, within `query` (its side is not used).
pub fn reason_halves(
    tx: &Tx,
    query: &PatternQuery,
    code: &str,
    mid: NaiveDate,
) -> Result<(Half, Half)> {
    let base = tx
        .pattern_usual_steps()?
        .into_iter()
        .find(|(c, _)| c == code)
        .map_or(Base::Given, |(_, steps)| Base::of_stored(&steps));
    let sessions = tx.pattern_sessions(query, mid)?;
    let given = tx.pattern_one_reason_kinds(query, mid, code)?;
    let given: Vec<_> = given.iter().collect();
    let half = |late: bool| Half {
        count: given
            .iter()
            .filter(|b| b.late == late)
            .map(|b| b.count)
            .sum(),
        opportunities: base.opportunities(&sessions, &given, Some(late)),
    };
    Ok((half(false), half(true)))
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
    let mid_day = mid.unwrap_or(NaiveDate::MIN);
    let sessions = tx.pattern_sessions(query, mid_day)?;
    let usual = tx.pattern_usual_steps()?;
    let base_of = |code: &str| {
        usual
            .iter()
            .find(|(c, _)| c == code)
            .map_or(Base::Given, |(_, steps)| Base::of_stored(steps))
    };

    let step_kinds = tx.pattern_step_kinds(query)?;
    let steps: Vec<StepRow> = tx
        .pattern_steps(query)?
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

    let reason_kinds = tx.pattern_reason_kinds(query, mid_day)?;
    let reason_steps = tx.pattern_reason_steps(query)?;
    let reason_resistance = tx.pattern_reason_resistance(query)?;
    let mut reasons: Vec<ReasonRow> = tx
        .pattern_reasons(query, mid_day)?
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

    let met = tx.pattern_resistance_sessions(query)?;
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

    Ok(Patterns {
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
    let kinds = tx.pattern_case_kinds(query)?;
    let all: Vec<_> = kinds.iter().filter(|k| k.reason.is_none()).collect();
    Ok(reasons
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

    /// Sessions of one kind, in one half.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Bucket {
        /// After the midpoint.
        pub late: bool,
        /// Someone from the system took part.
        pub other: bool,
        /// A resistance reaction was met.
        pub met: bool,
        pub count: u64,
    }

    /// Cases by what their sessions in the period offered; `reason` set:
    /// only the cases that give it.
    pub struct CaseKind {
        pub reason: Option<String>,
        /// A session where step 0 was at stake.
        pub step0: bool,
        /// A session with someone from the system.
        pub conversation: bool,
        pub cases: u64,
        /// Reached the system on or after the case's first reflection in the period.
        pub reached: u64,
        /// Reached it on or after the reason's first day in the case.
        pub reached_since_given: u64,
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
    fn fisher_matches_known_values() {
        // Lady tasting tea: two-sided p = 0.4857.
        assert!((fisher_exact(3, 1, 1, 3) - 0.485_714).abs() < 1e-5);
        // Wikipedia's example (dieting by sex): 0.002759.
        assert!((fisher_exact(1, 9, 11, 3) - 0.002_759_5).abs() < 1e-6);
        // All apart: 2 / C(20, 10).
        assert!((fisher_exact(10, 0, 0, 10) - 2.0 / 184_756.0).abs() < 1e-12);
        // Nothing differs, or a margin is empty.
        assert!((fisher_exact(5, 5, 5, 5) - 1.0).abs() < 1e-9);
        assert_eq!(fisher_exact(0, 8, 0, 9), 1.0);
        assert_eq!(fisher_exact(0, 0, 0, 0), 1.0);
        // R: fisher.test(matrix(c(2,7,8,2),2)) p = 0.02301.
        assert!((fisher_exact(2, 8, 7, 2) - 0.023_014).abs() < 1e-5);
    }

    #[test]
    fn trends_need_eight_opportunities_a_side_and_fisher_below_a_tenth() {
        // issue 12.4
        let h = |count, opportunities| Half {
            count,
            opportunities,
        };
        assert_eq!(trend(h(1, 7), h(7, 7)), None);
        assert_eq!(trend(h(1, 2), h(2, 20)), None);
        assert_eq!(trend(h(1, 10), h(3, 10)), Some(Trend::Steady));
        assert_eq!(trend(h(1, 10), h(8, 10)), Some(Trend::Rising));
        assert_eq!(trend(h(8, 10), h(1, 10)), Some(Trend::Falling));
        assert_eq!(trend(h(10, 100), h(14, 100)), Some(Trend::Steady));
        assert_eq!(trend(h(10, 100), h(25, 100)), Some(Trend::Rising));
        assert_eq!(trend(h(0, 8), h(0, 8)), Some(Trend::Steady));
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
