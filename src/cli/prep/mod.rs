//! `spiegel prep`: the page a practitioner brings to supervision, as
//! Markdown for pasting or as one self-contained HTML file for printing.

mod chart;
mod group;
pub(super) mod html;
mod html_continuity;
mod markdown;
mod print;
mod went_well;
mod words;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Ctx;
use super::render;
use crate::cli::words::dates::long_date;
use crate::fsx;
use crate::journal::prep::{self, Since};
use crate::journal::{Step, date};
use crate::services::{self, Access};
use crate::t;

pub use html::html;
pub use markdown::markdown;

#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum Format {
    /// Markdown, for pasting into notes or a mail
    #[default]
    Md,
    /// One self-contained HTML page (inline CSS and SVG) that prints on A4
    Html,
}

#[derive(Debug, Args)]
pub struct PrepArgs {
    /// Where the page starts: a date, or `last` for the day after the last recorded supervision meeting
    #[arg(long, value_name = "DATE|last", default_value = "last")]
    since: String,
    /// Markdown or HTML
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Write to this new file (private: mode 0600) instead of stdout (`-` = stdout)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace an earlier page at FILE (never the journal, a backup, an export or a link)
    #[arg(long, requires = "output")]
    force: bool,
    /// A reason seen in at least this many cases is a recurring pattern
    #[arg(long, value_name = "N", default_value_t = 3)]
    min_cases: u64,
    /// Print the page's figures as one JSON document (the data the page renders)
    #[arg(long, conflicts_with_all = ["format", "output", "force"])]
    json: bool,
    /// The page for your peer-supervision group's meeting: shared patterns, each member's most frequent own-side pattern, the questions asked of the group (every record, or from --since DATE)
    #[arg(long, conflicts_with = "min_cases")]
    group: bool,
}

impl PrepArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        let since = if self.since.trim().eq_ignore_ascii_case("last") {
            Since::LastMeeting
        } else {
            Since::Date(date::parse(&self.since, today)?)
        };
        let mut journal = ctx.journal(Access::Read)?;
        let text = if self.group {
            // A member's records are their whole time: every record,
            // unless a date is given.
            let since = match since {
                Since::Date(day) => Some(day),
                Since::LastMeeting => None,
            };
            let page = services::prep::group(&mut journal, since, today)?;
            if self.json {
                return render::json(&group::json(&page));
            }
            group::page(&page, matches!(self.format, Format::Html))
        } else {
            let page = services::prep::gather(&mut journal, since, self.min_cases.max(1), today)?;
            if self.json {
                return render::json(&page);
            }
            match self.format {
                Format::Md => markdown(&page),
                Format::Html => html(&page),
            }
        };
        match self.output.as_deref() {
            None => render::out(text.trim_end()),
            Some(path) if path == Path::new("-") => render::out(text.trim_end()),
            // Readable by the user only, whole or not at all; an earlier
            // page is replaced only with --force, by a new file.
            Some(path) => {
                let existing = fsx::Existing::forced(self.force, ctx.journal_path().ok());
                fsx::write(path, &existing, |w| {
                    w.write_all(text.as_bytes())?;
                    Ok(())
                })
            }
        }
    }
}

/// The text on one line, at most `max` characters, cut after a word.
fn one_line(text: &str, max: usize) -> String {
    prep::cut(text, max).0
}

/// "3 · The client dwells on the other's words", in the page's language.
fn step_label(step: Step) -> String {
    format!("{step} · {}", crate::cli::words::step_title(step))
}

/// "5 Jan 2026 – 15 Mar 2026, since the supervision of 4 Jan 2026"
fn period(p: &prep::Prep) -> String {
    let to = long_date(p.today);
    // An empty journal without `--since` has no first day to name.
    let Some(from) = p.patterns.period.from.map(long_date) else {
        return t!("prep-period-open", to = to);
    };
    match p.last_meeting {
        Some(meeting) => t!(
            "prep-period-since-meeting",
            from = from,
            to = to,
            meeting = long_date(meeting)
        ),
        None => t!("prep-period", from = from, to = to),
    }
}

/// "5 reflections · 3 cases · 5 stalls on my own side"
fn counts(p: &prep::Prep) -> String {
    t!(
        "prep-counts",
        reflections = p.patterns.reflections,
        cases = p.patterns.cases,
        stalls = p.stalls
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_become_one_short_line() {
        assert_eq!(one_line("a\n\n b  c", 10), "a b c");
        assert_eq!(one_line("abcdef ghij", 8), "abcdef…");
    }
}
