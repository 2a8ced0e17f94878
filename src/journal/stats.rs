//! The pure statistics behind patterns, goals and the supervision page:
//! shares, the halves of a period, trends by Fisher's exact test, top
//! steps and medians. No database and no words: plain numbers in and out.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::Step;

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
