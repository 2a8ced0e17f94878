//! `spiegel case …`: add, list, show, edit, close, reopen, rename and forget cases.

use anyhow::Result;
use clap::{Subcommand, ValueEnum};

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::error::Error;
use crate::journal::{CaseDetail, Outcome, date, name_key};
use crate::services::{Access, cases};
use crate::t;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum YesNo {
    Yes,
    No,
}

impl From<YesNo> for bool {
    fn from(v: YesNo) -> bool {
        matches!(v, YesNo::Yes)
    }
}

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Start a case under a pseudonym
    Add {
        /// The client's pseudonym (unique, ignoring upper and lower case)
        name: String,
        /// Where you see the client, e.g. "addiction clinic"
        #[arg(long)]
        setting: Option<String>,
        /// Whether the client lives with a lasting partner
        #[arg(long, value_name = "yes|no")]
        cohabiting: Option<YesNo>,
        /// When the case started: YYYY-MM-DD, today, yesterday, a weekday or "3 days ago" [default: today]
        #[arg(long, value_name = "DATE")]
        opened: Option<String>,
    },
    /// Open cases with their reflections (--all: closed ones too)
    List {
        /// Include closed cases
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        json: JsonArg,
    },
    /// A case's details, significant others and timeline
    Show {
        /// The case's pseudonym
        name: String,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Change a case's setting, whether the client lives with a partner, or when it started
    Edit {
        /// The case's pseudonym
        name: String,
        /// Where you see the client ("" clears it)
        #[arg(long)]
        setting: Option<String>,
        /// Whether the client lives with a lasting partner
        #[arg(long, value_name = "yes|no")]
        cohabiting: Option<YesNo>,
        /// When the case started (not after its first session)
        #[arg(long, value_name = "DATE")]
        opened: Option<String>,
    },
    /// Close a case with its outcome
    Close {
        /// The case's pseudonym
        name: String,
        /// How the case ended
        #[arg(long)]
        outcome: Outcome,
        /// When it closed [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Reopen a closed case
    Reopen {
        /// The case's pseudonym
        name: String,
    },
    /// Give a case another pseudonym
    Rename {
        /// The pseudonym it has now
        old: String,
        /// The pseudonym it gets
        new: String,
    },
    /// Erase a case and every trace of it (cannot be undone; asks you to type its name)
    Forget {
        /// The case's pseudonym
        name: String,
        /// Do not ask for confirmation
        #[arg(long, short)]
        yes: bool,
    },
}

impl CaseCommand {
    /// Showing cases, not changing them.
    pub fn is_view(&self) -> bool {
        matches!(self, CaseCommand::List { .. } | CaseCommand::Show { .. })
    }

    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        match self {
            CaseCommand::Add {
                name,
                setting,
                cohabiting,
                opened,
            } => {
                let opened = date::session_or_today(opened.as_deref(), today)?;
                let mut journal = ctx.journal(Access::Write)?;
                let case = cases::add(
                    &mut journal,
                    &name,
                    setting.as_deref(),
                    cohabiting.map(bool::from),
                    opened,
                )?;
                out(t!("case-added", name = &case.name))
            }
            CaseCommand::List { all, json } => {
                let mut journal = ctx.journal(Access::Read)?;
                if json.json {
                    // Streamed: the first case is printed at once (issue 15).
                    let mut array = render::JsonArray::default();
                    cases::each(&mut journal, all, |c| array.push(&c))?;
                    return array.end();
                }
                // A chunk of rows at a time, in the first chunk's widths.
                let mut table = render::CaseTable::new(all);
                cases::each(&mut journal, all, |c| table.push(&c))?;
                if table.is_empty() {
                    return out(if all {
                        t!("no-cases")
                    } else {
                        t!("no-open-cases")
                    });
                }
                table.print()
            }
            CaseCommand::Show { name, json } => {
                let mut journal = ctx.journal(Access::Read)?;
                let (detail, labels) = cases::detail_labelled(&mut journal, &name)?;
                if json.json {
                    return render::json(&detail);
                }
                show_case(&detail, &labels)
            }
            CaseCommand::Edit {
                name,
                setting,
                cohabiting,
                opened,
            } => {
                let opened = opened.map(|d| date::parse_session(&d, today)).transpose()?;
                let mut journal = ctx.journal(Access::Write)?;
                let case = cases::update(
                    &mut journal,
                    &name,
                    setting.as_deref(),
                    cohabiting.map(bool::from),
                    opened,
                )?;
                out(t!("case-updated", name = &case.name))
            }
            CaseCommand::Close {
                name,
                outcome,
                date: on,
            } => {
                let on = date::session_or_today(on.as_deref(), today)?;
                let mut journal = ctx.journal(Access::Write)?;
                let case = cases::close(&mut journal, &name, outcome, on)?;
                out(t!(
                    "case-closed",
                    name = &case.name,
                    outcome = outcome.label()
                ))
            }
            CaseCommand::Reopen { name } => {
                let mut journal = ctx.journal(Access::Write)?;
                let case = cases::reopen(&mut journal, &name)?;
                out(t!("case-reopened", name = &case.name))
            }
            CaseCommand::Forget { name, yes } => forget(ctx, &name, yes),
            CaseCommand::Rename { old, new } => {
                let mut journal = ctx.journal(Access::Write)?;
                let (before, case) = cases::rename(&mut journal, &old, &new)?;
                out(t!("case-renamed", old = &before, new = &case.name))
            }
        }
    }
}

/// Erases a case; with secure_delete and a truncated write-ahead log, the
/// file holds none of its text afterwards.
fn forget(ctx: &Ctx, name: &str, yes: bool) -> Result<()> {
    let mut journal = ctx.journal(Access::Write)?;
    let case = cases::find(&mut journal, name)?;
    if !yes {
        if !super::term::can_ask() {
            return Err(Error::ForgetNeedsConfirmation(case.name).into());
        }
        eprintln!("{}", t!("forget-warning", name = &case.name));
        let typed = super::term::answered(
            super::term::text(&t!("forget-prompt", name = &case.name)),
            || t!("io-no-answer"),
        )?;
        if name_key(&typed) != name_key(&case.name) {
            return Err(Error::ForgetNotConfirmed {
                name: case.name,
                typed,
            }
            .into());
        }
    }
    // Refused up front, changing nothing, while another program has the
    // journal open: it could keep the erased text alive in the log.
    let reflections = cases::forget(&mut journal, &case)?;
    out(t!(
        "forget-done",
        name = &case.name,
        reflections = reflections
    ))
}

fn show_case(detail: &CaseDetail, labels: &crate::services::reflections::Labels) -> Result<()> {
    let c = &detail.case;
    let status = match (c.closed_on, c.outcome) {
        (Some(on), Some(outcome)) => t!(
            "label-closed-on",
            date = on.to_string(),
            outcome = outcome.label()
        ),
        _ => t!("label-open"),
    };
    render::fields(&[
        (t!("label-case"), c.label()),
        (t!("label-setting"), c.setting.clone().unwrap_or_default()),
        (t!("label-cohabiting"), render::maybe_yes_no(c.cohabiting)),
        (t!("label-opened"), c.opened_on.to_string()),
        (t!("label-status"), status),
    ])?;
    render::blank()?;
    render::heading(&t!("heading-others"))?;
    super::invite::others_view(&detail.others)?;
    render::blank()?;
    render::heading(&t!("heading-timeline"))?;
    if detail.timeline.is_empty() {
        out(t!("none"))
    } else {
        render::reflections(&detail.timeline, false, labels)
    }
}
