//! A peer-supervision group's pooled view in `patterns` (issue 17): the
//! line that says pooled records are left out, `--by practitioner` (each
//! pattern per practitioner code, one's own as "me") and `--group` (which
//! patterns the members share, and which are one member's).

use anyhow::Result;
use clap::ValueEnum;
use serde::Serialize;

use super::patterns::{of, reason_of};
use super::render::{self, out};
use crate::journal::patterns::Patterns;
use crate::journal::practitioner::Pooled;
use crate::t;

/// What `--by` splits the patterns by.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum By {
    /// Each practitioner code of a pooled journal (yours: "me")
    Practitioner,
}

/// One's own patterns with the pooled records the journal also holds, for
/// `--json`: the patterns' fields, and `pooled`.
#[derive(Serialize)]
pub struct Own<'a> {
    #[serde(flatten)]
    pub patterns: &'a Patterns,
    pub pooled: &'a Pooled,
}

/// "Not counted: 6 reflections in 2 cases of P3 and P5 — see them with …",
/// or nothing when the journal holds only one's own.
pub fn pooled_note(pooled: &Pooled) -> Result<()> {
    if pooled.cases == 0 {
        return Ok(());
    }
    out(t!(
        "group-pooled-left-out",
        reflections = pooled.reflections,
        cases = pooled.cases,
        codes = super::words::lists::list_and(&pooled.practitioners)
    ))
}

/// On stderr after an anonymized export of a pooled journal: what of
/// other members' records it left out, and why.
pub fn left_out_of_export(left_out: &Pooled) -> String {
    t!(
        "group-export-left-out",
        reflections = left_out.reflections,
        cases = left_out.cases,
        codes = super::words::lists::list_and(&left_out.practitioners)
    )
}

/// The practitioner's name in a column: the code, or "me" for one's own.
pub fn whom(code: &Option<String>) -> String {
    code.clone().unwrap_or_else(|| t!("group-me"))
}

/// Every reason given in any practitioner's records, in the order of the
/// first practitioner who gave it (own first).
fn codes(each: &[(Option<String>, Patterns)]) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for (_, p) in each {
        for r in &p.reasons {
            if r.count > 0 && !codes.contains(&r.code) {
                codes.push(r.code.clone());
            }
        }
    }
    codes
}

/// The patterns of whoever gave `code` first: its label comes from there.
fn labelled<'a>(each: &'a [(Option<String>, Patterns)], code: &str) -> &'a Patterns {
    each.iter()
        .map(|(_, p)| p)
        .find(|p| p.reasons.iter().any(|r| r.code == code))
        .unwrap_or(&each[0].1)
}

/// `patterns --by practitioner`: per reason, how often each practitioner
/// gave it over their own opportunities ("3 of 4", a percentage only from 5).
pub fn print_by_practitioner(each: &[(Option<String>, Patterns)]) -> Result<()> {
    let mut header = vec![t!("col-reason")];
    header.extend(each.iter().map(|(code, p)| {
        t!(
            "group-col-practitioner",
            whom = whom(code),
            reflections = p.reflections
        )
    }));
    let codes = codes(each);
    if codes.is_empty() {
        return out(t!("patterns-empty"));
    }
    let mut table = render::table(&header);
    for code in &codes {
        let mut row = vec![reason_of(labelled(each, code), code)];
        for (_, p) in each {
            let cell = match p.reasons.iter().find(|r| &r.code == code) {
                Some(r) => of(r.count, r.opportunities),
                None if p.reflections == 0 => t!("unknown"),
                None => t!("group-never"),
            };
            row.push(cell);
        }
        table.add_row(row);
    }
    out(table)?;
    out(t!("group-by-legend"))
}

/// A reason's spread over the group: who gave it, in how many cases.
#[derive(Debug, Serialize)]
pub struct Spread {
    pub reason: String,
    /// The practitioners who gave it (`None`: one's own), with their cases.
    pub practitioners: Vec<(Option<String>, u64)>,
    /// Whether more than one practitioner gave it.
    pub shared: bool,
}

/// Each reason given, with who gave it in how many cases; shared ones first.
pub fn spread(each: &[(Option<String>, Patterns)]) -> Vec<Spread> {
    let mut all: Vec<Spread> = codes(each)
        .into_iter()
        .map(|code| {
            let practitioners: Vec<(Option<String>, u64)> = each
                .iter()
                .filter_map(|(whom, p)| {
                    p.reasons
                        .iter()
                        .find(|r| r.code == code && r.cases > 0)
                        .map(|r| (whom.clone(), r.cases))
                })
                .collect();
            Spread {
                shared: practitioners.len() > 1,
                reason: code,
                practitioners,
            }
        })
        .collect();
    all.sort_by_key(|s| std::cmp::Reverse(s.practitioners.len()));
    all
}

/// "Laughed along — 2 of 3 practitioners: me (1 case) and P3 (2 cases)".
pub fn spread_line(each: &[(Option<String>, Patterns)], s: &Spread, members: usize) -> String {
    let who: Vec<String> = s
        .practitioners
        .iter()
        .map(|(code, cases)| t!("group-whom-cases", whom = whom(code), cases = *cases))
        .collect();
    t!(
        "group-spread-line",
        reason = reason_of(labelled(each, &s.reason), &s.reason),
        practitioners = s.practitioners.len(),
        members = members,
        who = super::words::lists::list_and(&who)
    )
}

/// `patterns --group`: which patterns the members share (in how many
/// practitioners' cases, each named) and which belong to one member.
pub fn print_group(each: &[(Option<String>, Patterns)]) -> Result<()> {
    let spread = spread(each);
    if spread.is_empty() {
        return out(t!("patterns-empty"));
    }
    let members = each.len();
    for shared in [true, false] {
        render::heading(&if shared {
            t!("group-shared")
        } else {
            t!("group-one-member")
        })?;
        let mut none = true;
        for s in spread.iter().filter(|s| s.shared == shared) {
            none = false;
            out(spread_line(each, s, members))?;
        }
        if none {
            out(t!("none"))?;
        }
        render::blank()?;
    }
    Ok(())
}
