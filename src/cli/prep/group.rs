//! `spiegel prep --group`: the page for a peer-supervision (intervisie)
//! meeting, in `casus`'s page of sections and `prep`'s shell: the patterns
//! the members share (as `patterns --group` finds them), each member's most
//! frequent pattern on their own side (a rate over their own opportunities,
//! the base named), and the open questions members asked of the group.

use serde::Serialize;

use crate::cli::casus::{self, Section};
use crate::cli::group::{Spread, spread, spread_line, whom};
use crate::cli::patterns::{of, reason_of};
use crate::cli::words::dates::long_date;
use crate::cli::words::lists::list_and;
use crate::journal::practitioner::{GroupPrep, most_frequent_own};
use crate::journal::{QuestionEntry, patterns::Patterns};
use crate::t;

/// The page in Markdown or HTML.
pub fn page(p: &GroupPrep, html: bool) -> String {
    let title = t!("group-prep-title");
    let sections = sections(p);
    if html {
        casus::html(&title, p.today, &sections)
    } else {
        casus::markdown(&title, p.today, &sections)
    }
}

fn sections(p: &GroupPrep) -> Vec<Section> {
    let who: Vec<String> = p.each.iter().map(|(code, _)| whom(code)).collect();
    let members = p.each.len();
    let shared: Vec<Spread> = spread(&p.each).into_iter().filter(|s| s.shared).collect();
    vec![
        Section {
            heading: t!("group-prep-who"),
            lines: vec![t!(
                "group-prep-practitioners",
                count = members,
                who = list_and(&who)
            )],
            empty: String::new(),
        },
        Section {
            heading: t!("group-shared"),
            lines: shared
                .iter()
                .map(|s| spread_line(&p.each, s, members))
                .collect(),
            empty: t!("group-prep-none-shared"),
        },
        Section {
            heading: t!("group-prep-own-side"),
            lines: p.each.iter().map(|(code, p)| own_side(code, p)).collect(),
            empty: String::new(),
        },
        Section {
            heading: t!("group-prep-questions"),
            lines: p.questions.iter().map(question).collect(),
            empty: t!("group-prep-no-questions"),
        },
    ]
}

/// "P3: Laughed along — 3 of 3 sessions where it could happen", or that
/// they recorded no stall on their own side.
fn own_side(code: &Option<String>, p: &Patterns) -> String {
    match most_frequent_own(p) {
        Some(r) => t!(
            "group-prep-own-line",
            whom = whom(code),
            reason = reason_of(p, &r.code),
            rate = of(r.count, r.opportunities)
        ),
        None => t!(
            "group-prep-own-none",
            whom = whom(code),
            reflections = p.reflections
        ),
    }
}

/// "P3·C01, 22 Feb 2026: How do I stop laughing along?"
fn question(q: &QuestionEntry) -> String {
    t!(
        "group-prep-question",
        case = q.case.as_str(),
        date = long_date(q.date),
        text = q.text.as_str()
    )
}

/// The page's figures for `--json`: codes, not words.
#[derive(Serialize)]
pub struct Json<'a> {
    pub today: chrono::NaiveDate,
    /// One's own first (`null`), then each member's code.
    pub practitioners: Vec<Option<&'a str>>,
    pub shared: Vec<Spread>,
    pub own_side: Vec<OwnSide<'a>>,
    pub questions: &'a [QuestionEntry],
}

/// A practitioner's most frequent reason on their own side.
#[derive(Serialize)]
pub struct OwnSide<'a> {
    pub practitioner: Option<&'a str>,
    /// Their sessions in all.
    pub reflections: u64,
    pub reason: Option<&'a str>,
    /// The sessions that gave it, of those where it could happen.
    pub count: u64,
    pub opportunities: u64,
}

pub fn json(p: &GroupPrep) -> Json<'_> {
    Json {
        today: p.today,
        practitioners: p.each.iter().map(|(code, _)| code.as_deref()).collect(),
        shared: spread(&p.each).into_iter().filter(|s| s.shared).collect(),
        own_side: p
            .each
            .iter()
            .map(|(code, patterns)| {
                let top = most_frequent_own(patterns);
                OwnSide {
                    practitioner: code.as_deref(),
                    reflections: patterns.reflections,
                    reason: top.map(|r| r.code.as_str()),
                    count: top.map_or(0, |r| r.count),
                    opportunities: top.map_or(0, |r| r.opportunities),
                }
            })
            .collect(),
        questions: &p.questions,
    }
}
