//! `spiegel casus CASE`: one page to bring a case to a peer-supervision
//! group (casusinbreng, issue 17): the question for the group, the case in
//! brief with who from the system is named, invited and came, where it
//! stalled session by session, what was tried and what went well. Markdown
//! by default, HTML in the shell of `prep`'s page; `-o FILE` writes a new,
//! private file and never overwrites one.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::Ctx;
use super::prep::html::{esc as html_esc, head};
use super::render::{self, markdown_escape as md_esc};
use super::words::dates::long_date;
use super::words::journal::catalogue_label;
use crate::error::Error;
use crate::fsx;
use crate::journal::casus::Casus;
use crate::journal::{Other, Stall, date, prep};
use crate::services::reflections::Labels;
use crate::services::{Access, casus};
use crate::t;

/// A note or what went well is cut (at a word) to this many characters.
const NOTE: usize = 300;

#[derive(Debug, Clone, Copy, Default, ValueEnum)]
enum Format {
    /// Markdown, for pasting or printing
    #[default]
    Md,
    /// One self-contained HTML page that prints on A4
    Html,
}

#[derive(Debug, Args)]
pub struct CasusArgs {
    /// The case's pseudonym (a group member's: P3·C01 or P3:C01)
    case: String,
    /// The question for the group [default: the case's latest open question]
    #[arg(long, value_name = "TEXT")]
    question: Option<String>,
    /// Markdown or HTML
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Write to this new file (private: mode 0600) instead of stdout
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

impl CasusArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        // A dangling symbolic link counts as there too.
        if let Some(path) = &self.output
            && std::fs::symlink_metadata(path).is_ok()
        {
            return Err(Error::OutputExists(path.clone()).into());
        }
        let mut journal = ctx.journal(Access::Read)?;
        let (page, labels) = casus::gather(
            &mut journal,
            &self.case,
            self.question.as_deref(),
            date::today(),
        )?;
        let sections = sections(&page, &labels);
        let title = t!("casus-title", case = page.detail.case.label());
        let text = match self.format {
            Format::Md => markdown(&title, page.today, &sections),
            Format::Html => html(&title, page.today, &sections),
        };
        match &self.output {
            None => render::out(text.trim_end()),
            Some(path) => {
                fsx::write(path, &fsx::Existing::Refuse, |w| {
                    w.write_all(text.as_bytes())?;
                    Ok(())
                })?;
                eprintln!("{}", t!("casus-written", path = path.display().to_string()));
                Ok(())
            }
        }
    }
}

/// A section of the page: its heading, its lines, and what to say when it
/// has none. `prep --group` writes its page of sections too.
pub(super) struct Section {
    pub heading: String,
    pub lines: Vec<String>,
    pub empty: String,
}

/// The page's content, in the language spoken, for either format.
fn sections(p: &Casus, labels: &Labels) -> Vec<Section> {
    let case = &p.detail.case;
    let mut brief = vec![t!("casus-pseudonym", name = case.label())];
    if let Some(setting) = &case.setting {
        brief.push(t!("casus-setting", setting = setting.as_str()));
    }
    brief.push(t!(
        "casus-cohabiting",
        answer = render::maybe_yes_no(case.cohabiting)
    ));
    brief.push(match (case.closed_on, case.outcome) {
        (Some(on), Some(outcome)) => t!(
            "casus-closed",
            opened = long_date(case.opened_on),
            closed = long_date(on),
            outcome = outcome.label()
        ),
        _ => t!("casus-open", opened = long_date(case.opened_on)),
    });
    brief.push(match p.sessions {
        Some((first, last)) => t!(
            "casus-sessions",
            count = p.detail.timeline.len(),
            first = long_date(first),
            last = long_date(last)
        ),
        None => t!("casus-no-sessions"),
    });

    let one_line = |text: &str| prep::cut(text, NOTE).0;
    vec![
        Section {
            heading: t!("casus-question"),
            lines: p.question.iter().cloned().collect(),
            empty: t!("casus-no-question"),
        },
        Section {
            heading: t!("casus-brief"),
            lines: brief,
            empty: String::new(),
        },
        Section {
            heading: t!("casus-system"),
            lines: p.system().iter().map(other).collect(),
            empty: t!("casus-no-others"),
        },
        Section {
            heading: t!("casus-stalled"),
            lines: p
                .stalled()
                .map(|r| {
                    t!(
                        "casus-stall-line",
                        date = long_date(r.date),
                        stalls = stalls(&r.stalls, labels)
                    )
                })
                .collect(),
            empty: t!("casus-never-stalled"),
        },
        Section {
            heading: t!("casus-tried"),
            lines: p
                .tried()
                .map(|r| {
                    t!(
                        "casus-dated",
                        date = long_date(r.date),
                        text = one_line(&r.note)
                    )
                })
                .collect(),
            empty: t!("casus-nothing-tried"),
        },
        Section {
            heading: t!("casus-went-well"),
            lines: p
                .went_well()
                .map(|r| {
                    t!(
                        "casus-dated",
                        date = long_date(r.date),
                        text = one_line(&r.went_well)
                    )
                })
                .collect(),
            empty: t!("casus-nothing-went-well"),
        },
    ]
}

/// "0: Accepted the refusal too quickly; 7: …": each reason by its label
/// in the language spoken, as on `prep`'s page.
fn stalls(stalls: &[Stall], labels: &Labels) -> String {
    let label = |code: &str| match labels.iter().find(|(c, _, _)| c == code) {
        Some((_, en, nl)) => catalogue_label(code, en, nl),
        None => code.to_string(),
    };
    let each: Vec<String> = stalls
        .iter()
        .map(|s| {
            let reasons: Vec<String> = s.reasons.iter().map(|c| label(c)).collect();
            format!("{}: {}", s.step, reasons.join(", "))
        })
        .collect();
    each.join("; ")
}

/// "Levi (friend): named on 3 Jan 2026; invited by me on 10 Jan 2026: yes;
/// came on 17 Jan 2026 (2 sessions)".
fn other(o: &Other) -> String {
    let mut parts = vec![match o.named_on {
        Some(on) => t!("casus-named", date = long_date(on)),
        None => t!("casus-named-unknown"),
    }];
    for i in &o.invitations {
        parts.push(t!(
            "casus-invited",
            by = i.by.label(),
            date = long_date(i.date),
            answer = i.answer.label()
        ));
    }
    parts.push(match o.first_session {
        Some(on) => t!("casus-came", date = long_date(on), sessions = o.sessions),
        None => t!("casus-not-came"),
    });
    t!(
        "casus-other",
        name = o.name.as_str(),
        role = o.role.label(),
        what = parts.join("; ")
    )
}

/// A page of `sections` in Markdown, made `today`.
pub(super) fn markdown(title: &str, today: NaiveDate, sections: &[Section]) -> String {
    let mut md = format!("# {}\n\n{}\n", md_esc(title), long_date(today));
    for s in sections {
        md.push_str(&format!("\n## {}\n\n", md_esc(&s.heading)));
        if s.lines.is_empty() {
            md.push_str(&format!("{}\n", md_esc(&s.empty)));
        }
        for line in &s.lines {
            md.push_str(&format!("- {}\n", md_esc(line)));
        }
    }
    md.push_str(&format!(
        "\n---\n\n{}\n",
        md_esc(&t!("prep-generated", date = long_date(today)))
    ));
    md
}

/// A page of `sections` in HTML, in the shell of `prep`'s page.
pub(super) fn html(title: &str, today: NaiveDate, sections: &[Section]) -> String {
    let mut h = String::new();
    head(&mut h, title, &long_date(today), "");
    h.push_str(&format!("<h1>{}</h1>\n", html_esc(title)));
    for s in sections {
        h.push_str(&format!("<section>\n<h2>{}</h2>\n", html_esc(&s.heading)));
        if s.lines.is_empty() {
            h.push_str(&format!("<p>{}</p>\n", html_esc(&s.empty)));
        } else {
            h.push_str("<ul>\n");
            for line in &s.lines {
                h.push_str(&format!("<li>{}</li>\n", html_esc(line)));
            }
            h.push_str("</ul>\n");
        }
        h.push_str("</section>\n");
    }
    h.push_str(&format!(
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        html_esc(&t!("prep-generated", date = long_date(today)))
    ));
    h
}
