//! `spiegel brief CASE`: one screen to read in the two minutes before the
//! client walks in, on the terminal or as Markdown; `--json` keeps codes.

use crate::cli::words::journal::catalogue_label;
use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Ctx;
use super::patterns::{of, sessions};
use super::render::markdown_escape as esc;
use super::render::{self, out};
use crate::journal::brief::{AtStake, Brief, Why};
use crate::journal::{Medium, Reflection, date};
use crate::services::{Access, brief};
use crate::t;

/// How many steps and reasons "where it usually stalls" names.
const TOP: usize = 3;
/// A note is cut (at a word) to this many characters; the session before's shorter.
const NOTE: usize = 400;
const NOTE_BEFORE: usize = 200;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text for the terminal
    #[default]
    Text,
    /// Markdown, for pasting into notes
    Md,
}

#[derive(Debug, Args)]
pub struct BriefArgs {
    /// The case's pseudonym
    case: String,
    /// Text for the terminal or Markdown
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Print the brief as one JSON document (codes, not labels)
    #[arg(long, conflicts_with = "format")]
    json: bool,
}

impl BriefArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut journal = ctx.journal(Access::Read)?;
        let brief = brief::brief(&mut journal, &self.case, date::today())?;
        if self.json {
            return render::json(&brief);
        }
        let (title, sections) = sections(&brief);
        match self.format {
            Format::Text => {
                render::heading(&title)?;
                for s in sections {
                    if let Some(heading) = &s.heading {
                        render::blank()?;
                        render::heading(heading)?;
                    }
                    for line in &s.lines {
                        match line {
                            Line::Main(text) => out(text)?,
                            Line::Sub(text) => out(format_args!("  {text}"))?,
                        }
                    }
                }
                Ok(())
            }
            Format::Md => out(markdown(&title, &sections).trim_end()),
        }
    }
}

enum Line {
    Main(String),
    /// Belongs to the line above it (indented, or a nested item).
    Sub(String),
}

struct Section {
    heading: Option<String>,
    lines: Vec<Line>,
}

fn markdown(title: &str, sections: &[Section]) -> String {
    let mut md = format!("# {}\n", esc(title));
    for s in sections {
        md.push('\n');
        if let Some(heading) = &s.heading {
            md.push_str(&format!("## {}\n\n", esc(heading)));
        }
        for line in &s.lines {
            match line {
                Line::Main(text) => md.push_str(&format!("- {}\n", esc(text))),
                Line::Sub(text) => md.push_str(&format!("  - {}\n", esc(text))),
            }
        }
    }
    md
}

/// The text on one line, cut at a word (the page's rule) to at most `max`
/// characters, the "…" included.
fn excerpt(text: &str, max: usize) -> String {
    crate::journal::prep::cut(text, max).0
}

/// The title and the sections, in the language spoken.
fn sections(b: &Brief) -> (String, Vec<Section>) {
    let title = t!("brief-title", case = b.case.name.as_str());
    let mut all = vec![case_section(b)];
    for (i, r) in b.last.iter().enumerate() {
        all.push(session_section(b, r, i == 0));
    }
    if b.last.is_empty() {
        all.push(Section {
            heading: None,
            lines: vec![Line::Main(t!("brief-no-sessions"))],
        });
    }
    if b.usual.sessions > 0 {
        all.push(usual_section(b));
    }
    if let Some(at) = &b.at_stake {
        all.push(at_stake_section(at));
    }
    all.push(questions_section(b));
    all.push(goals_section(b));
    (title, all)
}

fn duration(days: u64) -> String {
    let (unit, n) = match days {
        0..14 => ("days", days),
        14..70 => ("weeks", days / 7),
        70..730 => ("months", days / 30),
        _ => ("years", days / 365),
    };
    t!("brief-duration", unit = unit, n = n)
}

fn case_section(b: &Brief) -> Section {
    let c = &b.case;
    let how_long = duration(c.days_open);
    let opened = c.opened_on.to_string();
    let status = match (c.closed_on, c.outcome) {
        (Some(on), Some(outcome)) => t!(
            "brief-closed",
            duration = how_long,
            opened = opened,
            closed = on.to_string(),
            outcome = outcome.label()
        ),
        _ => t!("brief-open", duration = how_long, opened = opened),
    };
    let last = c.last_session.map(|d| d.to_string()).unwrap_or_default();
    let mut lines = vec![
        Line::Main(status),
        Line::Main(t!("brief-sessions", sessions = c.sessions, last = last)),
    ];
    let role = |r: crate::journal::Role| r.label();
    if b.took_part.is_empty() {
        lines.push(Line::Main(t!("brief-nobody-came")));
    } else {
        let people: Vec<String> = b
            .took_part
            .iter()
            .map(|p| {
                t!(
                    "brief-person-came",
                    name = p.name.as_str(),
                    role = role(p.role),
                    sessions = p.sessions
                )
            })
            .collect();
        lines.push(Line::Main(t!(
            "brief-took-part",
            people = people.join(", ")
        )));
    }
    if b.not_yet.is_empty() && b.took_part.is_empty() {
        lines.push(Line::Main(t!("brief-nobody-named")));
    } else if !b.not_yet.is_empty() {
        let people: Vec<String> = b
            .not_yet
            .iter()
            .map(|p| t!("brief-person", name = p.name.as_str(), role = role(p.role)))
            .collect();
        lines.push(Line::Main(t!("brief-not-yet", people = people.join(", "))));
    }
    Section {
        heading: None,
        lines,
    }
}

/// A reason's or resistance reaction's label in the language spoken.
fn label(b: &Brief, code: &str) -> String {
    b.label(code)
        .map_or(code.to_string(), |(en, nl)| catalogue_label(code, en, nl))
}

/// The last session (`latest`) or the one before.
fn session_section(b: &Brief, r: &Reflection, latest: bool) -> Section {
    let who = if r.present.is_empty() {
        t!("label-alone")
    } else {
        t!("brief-with", names = r.present.join(", "))
    };
    let who = if r.medium == Medium::InPerson {
        who
    } else {
        format!("{who} ({})", r.medium.label())
    };
    let date = r.date.to_string();
    let heading = if latest {
        t!("brief-last", date = date, who = who)
    } else {
        t!("brief-before", date = date, who = who)
    };
    let mut lines = Vec::new();
    for s in &r.stalls {
        let reasons: Vec<String> = s.reasons.iter().map(|c| label(b, c)).collect();
        lines.push(Line::Main(t!(
            "brief-stalled",
            step = s.step.number(),
            title = step_title(b, s.step.number()),
            reasons = reasons.join("; ")
        )));
    }
    if r.stalls.is_empty() {
        lines.push(Line::Main(if r.completed {
            t!("label-completed")
        } else {
            t!("brief-no-stall")
        }));
    }
    if !r.resistance.is_empty() {
        let met: Vec<String> = r.resistance.iter().map(|c| label(b, c)).collect();
        lines.push(Line::Main(t!(
            "brief-resistance",
            resistance = met.join("; ")
        )));
    }
    let max = if latest { NOTE } else { NOTE_BEFORE };
    if !r.note.trim().is_empty() {
        lines.push(Line::Main(t!("brief-note", note = excerpt(&r.note, max))));
    }
    if !r.went_well.trim().is_empty() {
        lines.push(Line::Main(t!(
            "brief-went-well",
            text = excerpt(&r.went_well, max)
        )));
    }
    if let Some(q) = &r.question {
        lines.push(Line::Main(t!(
            "brief-question",
            id = q.id,
            question = excerpt(&q.text, max)
        )));
        if let (Some(answer), Some(on)) = (&q.answer, q.answered_on) {
            lines.push(Line::Sub(t!(
                "brief-answer",
                date = on.to_string(),
                answer = excerpt(answer, max)
            )));
        }
    }
    Section {
        heading: Some(heading),
        lines,
    }
}

fn step_title(b: &Brief, step: u8) -> String {
    b.steps
        .iter()
        .find(|s| s.step.number() == step)
        .map(|s| s.title().to_string())
        .unwrap_or_default()
}

fn usual_section(b: &Brief) -> Section {
    let u = &b.usual;
    let mut lines = Vec::new();
    if u.stalled == 0 {
        lines.push(Line::Main(t!("brief-usual-none", sessions = u.sessions)));
    } else {
        lines.push(Line::Main(t!(
            "brief-usual-stalled",
            count = u.stalled,
            total = u.sessions
        )));
    }
    for s in u.steps.iter().take(TOP) {
        lines.push(Line::Sub(t!(
            "brief-usual-step",
            step = s.step.number(),
            title = step_title(b, s.step.number()),
            count = s.sessions,
            total = u.sessions
        )));
    }
    if u.steps.len() > TOP {
        lines.push(Line::Sub(t!("brief-more", count = u.steps.len() - TOP)));
    }
    if !u.reasons.is_empty() {
        lines.push(Line::Main(t!("brief-usual-why")));
    }
    for r in u.reasons.iter().take(TOP) {
        lines.push(Line::Sub(t!(
            "brief-usual-reason",
            label = label(b, &r.reason),
            count = r.sessions,
            total = u.sessions
        )));
    }
    if u.reasons.len() > TOP {
        lines.push(Line::Sub(t!("brief-more", count = u.reasons.len() - TOP)));
    }
    Section {
        heading: Some(t!("brief-usual")),
        lines,
    }
}

fn at_stake_section(at: &AtStake) -> Section {
    let why = match at.why {
        Why::NobodyYet => t!("brief-why-nobody-yet"),
        Why::LastStalled => t!(
            "brief-why-last-stalled",
            date = at.stalled_on.map(|d| d.to_string()).unwrap_or_default()
        ),
    };
    Section {
        heading: Some(t!(
            "brief-at-stake",
            step = at.step.step.number(),
            title = at.step.title()
        )),
        lines: vec![
            Line::Main(why),
            Line::Main(t!("brief-instruction", text = at.step.instruction())),
            Line::Main(t!("brief-pitfall", text = at.step.pitfall())),
        ],
    }
}

fn questions_section(b: &Brief) -> Section {
    let mut lines: Vec<Line> = b
        .open_questions
        .iter()
        .map(|q| {
            Line::Main(t!(
                "brief-open-question",
                id = q.id,
                date = q.date.to_string(),
                text = excerpt(&q.text, NOTE_BEFORE)
            ))
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::Main(t!("brief-no-questions")));
    }
    Section {
        heading: Some(t!("brief-questions")),
        lines,
    }
}

fn goals_section(b: &Brief) -> Section {
    let mut lines = Vec::new();
    for g in &b.goals {
        lines.push(Line::Main(t!(
            "brief-goal",
            id = g.id,
            text = g.text.as_str(),
            reason = label(b, &g.reason)
        )));
        lines.push(Line::Sub(t!(
            "brief-goal-figures",
            since = g.since.to_string(),
            before = of(g.before.count, g.before.opportunities),
            after = of(g.after.count, g.after.opportunities),
            sessions = sessions(g.base, None)
        )));
    }
    if lines.is_empty() {
        lines.push(Line::Main(t!("brief-no-goals")));
    }
    Section {
        heading: Some(t!("brief-goals")),
        lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_cut_at_a_word_never_inside_one() {
        assert_eq!(excerpt("a\n\n b  c", 10), "a b c");
        assert_eq!(
            excerpt("next time: the laughing along", 20),
            "next time: the…"
        );
        assert_eq!(excerpt("abcdefghij", 4), "abc…");
    }
}
