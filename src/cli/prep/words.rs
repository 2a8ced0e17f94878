//! The words of the supervision page that Markdown and HTML share: the
//! last meeting, why a pattern is in view, and what is left out and how to
//! see it.

use crate::cli::patterns::recurring_line;
use crate::cli::words::dates::long_date;
use crate::cli::words::journal::catalogue_label;
use crate::i18n;
use crate::journal::prep::{InView, Prep, Why};
use crate::journal::{Meeting, MeetingKind};
use crate::t;

/// "2 990" as the language writes it: "2,990", "2.990".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let separator = i18n::pick(",", ".");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// "2026-01-31 · individual supervision with the supervisor"
pub fn meeting(m: &Meeting) -> String {
    let kind = match m.kind {
        MeetingKind::Individual => t!("prep-kind-individual"),
        MeetingKind::Group => t!("prep-kind-group"),
        MeetingKind::Peer => t!("prep-kind-peer"),
    };
    let date = long_date(m.date);
    match m.with.as_deref().filter(|w| !w.trim().is_empty()) {
        Some(with) => t!("prep-meeting-with", date = date, kind = kind, with = with),
        None => t!("prep-meeting", date = date, kind = kind),
    }
}

/// The heading of a pattern: its figures, or that it was not given.
pub fn heading(v: &InView) -> String {
    if v.pattern.cases == 0 {
        let label = catalogue_label(&v.pattern.reason, &v.pattern.label_en, &v.pattern.label_nl);
        t!("prep-not-given", label = label)
    } else {
        recurring_line(&v.pattern)
    }
}

/// "In view because: recurs in 3 or more cases · an open question"
pub fn why(v: &InView, min_cases: u64) -> String {
    let reasons: Vec<String> = v
        .why
        .iter()
        .map(|w| match w {
            Why::Recurring => t!("prep-why-recurring", min = min_cases),
            Why::OpenQuestion => t!("prep-why-open-question"),
            Why::Goal => t!("prep-why-goal"),
            Why::LastMeeting => t!("prep-why-last-meeting"),
        })
        .collect();
    t!("prep-why", reasons = reasons.join(" · "))
}

/// "Anna (3), Bert (1), and 2,990 more": the named cases, each name
/// escaped for the format by `esc`.
pub fn cases(v: &InView, esc: fn(&str) -> String) -> String {
    let mut cases: Vec<String> = v
        .cases
        .iter()
        .map(|c| format!("{} ({})", esc(&c.case), c.reflections))
        .collect();
    if v.more_cases > 0 {
        cases.push(esc(&t!("prep-more-cases", count = grouped(v.more_cases))));
    }
    cases.join(", ")
}

/// `--since DATE` for the commands that show what the page leaves out.
fn since(p: &Prep) -> String {
    p.patterns
        .period
        .from
        .map(|d| format!(" --since {d}"))
        .unwrap_or_default()
}

/// The sessions of a pattern not quoted, and the command that lists them:
/// the words and the command apart, for each format to mark up.
pub fn more_sessions(p: &Prep, v: &InView) -> Option<(String, String)> {
    (v.more_sessions > 0 && v.pattern.cases > 0).then(|| {
        let command = format!(
            "spiegel list --why {}{} --limit 0",
            v.pattern.reason,
            since(p)
        );
        let n = v.more_sessions;
        (t!("prep-more-sessions", n = n, count = grouped(n)), command)
    })
}

/// The patterns left out, and the command that shows them all.
pub fn more_patterns(p: &Prep) -> Option<(String, String)> {
    let n = p.more_patterns.len() as u64;
    (n > 0).then(|| {
        let command = format!("spiegel patterns{}", since(p));
        (t!("prep-more-patterns", n = n, count = grouped(n)), command)
    })
}

/// The open questions left out, and the command that lists them.
pub fn more_questions(p: &Prep) -> Option<(String, String)> {
    let n = p.more_questions;
    (n > 0).then(|| {
        let text = t!("prep-more-questions", n = n, count = grouped(n));
        (text, "spiegel questions".to_string())
    })
}

/// The answered questions left out, and the command that lists them.
pub fn more_answered(p: &Prep) -> Option<(String, String)> {
    let n = p.more_answered;
    (n > 0).then(|| {
        let text = t!("prep-more-answered", n = n, count = grouped(n));
        (text, "spiegel questions --all".to_string())
    })
}

/// The heading over the answered questions.
pub fn answered_heading(p: &Prep) -> String {
    match p.answered_since {
        Some(date) => t!("prep-answered", date = long_date(date)),
        None => t!("prep-answered-all"),
    }
}

/// That the chart leaves out the period's first months.
pub fn earlier_months(p: &Prep) -> Option<String> {
    (p.earlier_months > 0).then(|| {
        t!(
            "prep-earlier-months",
            shown = p.months.len(),
            earlier = grouped(p.earlier_months)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn large_numbers_are_grouped_in_threes() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(990), "990");
        assert_eq!(grouped(2990), "2,990");
        assert_eq!(grouped(1_000_000), "1,000,000");
    }
}
