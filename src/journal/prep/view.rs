//! Which patterns the page follows: the recurring ones, and every thread a
//! practitioner already holds (an open question, a learning goal, the last
//! meeting's page), however few cases it has in the period.

use serde::Serialize;

use crate::journal::opportunity::Base;
use crate::journal::patterns::{Patterns, Recurring};
use crate::journal::{Reason, Side};

/// Why a pattern is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// Seen in at least `min_cases` cases in the period.
    Recurring,
    /// An open question on the page was asked in a session that gave it.
    OpenQuestion,
    /// An open learning goal is about it.
    Goal,
    /// It recurred in the period before the last meeting: that meeting's page.
    LastMeeting,
}

/// The reasons of the threads, by code.
#[derive(Debug, Clone, Default)]
pub struct Threads {
    pub questions: Vec<String>,
    pub goals: Vec<String>,
    pub last_meeting: Vec<String>,
}

/// A pattern to show, with why.
#[derive(Debug, Clone)]
pub struct Planned {
    pub pattern: Recurring,
    pub why: Vec<Why>,
}

/// The analysis at `min_cases` from one made at a threshold of one case,
/// and the figures of every reason in it, most cases first.
pub fn threshold(mut all: Patterns, min_cases: u64) -> (Patterns, Vec<Recurring>) {
    let every = std::mem::take(&mut all.recurring);
    all.min_cases = min_cases;
    for r in &mut all.reasons {
        r.recurring = r.cases >= min_cases;
    }
    for p in &mut all.pairs {
        p.recurring = p.cases >= min_cases;
    }
    all.recurring = every
        .iter()
        .filter(|r| r.cases >= min_cases)
        .cloned()
        .collect();
    (all, every)
}

/// The patterns to show, at most `cap`, most cases first, and the codes of
/// those left out. Threads go before patterns that only recur; a thread's
/// reason not given in the period is shown with no figures. Only own-side
/// reasons of the `catalogue` count.
pub fn plan(
    every: &[Recurring],
    min_cases: u64,
    threads: &Threads,
    catalogue: &[Reason],
    cap: usize,
) -> (Vec<Planned>, Vec<String>) {
    let mut planned: Vec<Planned> = Vec::new();
    let mut add = |code: &str, why: Why| {
        if let Some(p) = planned.iter_mut().find(|p| p.pattern.reason == code) {
            if !p.why.contains(&why) {
                p.why.push(why);
            }
            return;
        }
        let pattern = match every.iter().find(|r| r.reason == code) {
            Some(r) => r.clone(),
            None => match catalogue
                .iter()
                .find(|r| r.code == code && r.side == Side::Own)
            {
                Some(r) => unseen(r),
                None => return,
            },
        };
        planned.push(Planned {
            pattern,
            why: vec![why],
        });
    };
    for r in every.iter().filter(|r| r.cases >= min_cases) {
        add(&r.reason, Why::Recurring);
    }
    for (codes, why) in [
        (&threads.questions, Why::OpenQuestion),
        (&threads.goals, Why::Goal),
        (&threads.last_meeting, Why::LastMeeting),
    ] {
        for code in codes {
            add(code, why);
        }
    }
    for p in &mut planned {
        p.why.sort();
    }
    let order = |p: &Planned| {
        (
            std::cmp::Reverse(p.pattern.cases),
            std::cmp::Reverse(p.pattern.count),
            p.pattern.reason.clone(),
        )
    };
    // Which to keep: threads first, then by cases.
    planned.sort_by_key(|p| (p.why == [Why::Recurring], order(p)));
    let left: Vec<String> = planned
        .iter()
        .skip(cap)
        .map(|p| p.pattern.reason.clone())
        .collect();
    planned.truncate(cap);
    planned.sort_by_key(order);
    (planned, left)
}

/// A reason not given in the period: its name, no figures.
fn unseen(r: &Reason) -> Recurring {
    Recurring {
        reason: r.code.clone(),
        label_en: r.label_en.clone(),
        label_nl: r.label_nl.clone(),
        cases: 0,
        count: 0,
        opportunities: 0,
        base: Base::Given,
        when: None,
        top_steps: Vec::new(),
        resistance: None,
        resistance_en: None,
        resistance_nl: None,
        trend: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(code: &str, cases: u64) -> Recurring {
        Recurring {
            cases,
            count: cases,
            ..unseen(&reason(code, Side::Own))
        }
    }

    fn reason(code: &str, side: Side) -> Reason {
        Reason {
            code: code.into(),
            uuid: String::new(),
            side,
            label_en: format!("{code} (en)"),
            label_nl: format!("{code} (nl)"),
            usual_steps: Vec::new(),
            builtin: true,
            retired: false,
            uses: 0,
        }
    }

    fn codes(planned: &[Planned]) -> Vec<&str> {
        planned.iter().map(|p| p.pattern.reason.as_str()).collect()
    }

    #[test]
    fn threads_below_the_threshold_are_kept_and_labelled() {
        let every = vec![seen("a", 5), seen("b", 3), seen("laughed", 2), seen("c", 1)];
        let catalogue = vec![
            reason("goal-only", Side::Own),
            reason("client-thing", Side::Client),
        ];
        let threads = Threads {
            questions: vec!["laughed".into()],
            goals: vec!["goal-only".into(), "client-thing".into(), "a".into()],
            last_meeting: vec!["laughed".into()],
        };
        let (planned, left) = plan(&every, 3, &threads, &catalogue, 8);
        assert!(left.is_empty());
        assert_eq!(codes(&planned), vec!["a", "b", "laughed", "goal-only"]);
        assert_eq!(planned[0].why, vec![Why::Recurring, Why::Goal]);
        assert_eq!(planned[2].why, vec![Why::OpenQuestion, Why::LastMeeting]);
        assert_eq!(planned[3].pattern.cases, 0, "not given in the period");
        assert_eq!(planned[3].why, vec![Why::Goal]);
    }

    #[test]
    fn the_cap_leaves_out_patterns_that_only_recur_first() {
        let every: Vec<_> = (0..12).map(|i| seen(&format!("r{i:02}"), 20 - i)).collect();
        let threads = Threads {
            goals: vec!["r11".into()],
            ..Threads::default()
        };
        let (planned, left) = plan(&every, 3, &threads, &[], 4);
        assert_eq!(codes(&planned), vec!["r00", "r01", "r02", "r11"]);
        assert_eq!(left.len(), 8);
        assert!(!left.contains(&"r11".to_string()));
    }
}
