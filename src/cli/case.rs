//! `spiegel case …` and `spiegel other …`.

use std::io::IsTerminal;

use anyhow::{Context, Result};
use clap::{Subcommand, ValueEnum};

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::error::Error;
use crate::journal::{CaseDetail, Other, Outcome, Role, date, name_key, rules};
use crate::store::Access;
use crate::text::{self, col, heading, label, say};

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
        name: String,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Change a case's setting or whether the client lives with a partner
    Edit {
        name: String,
        /// Where you see the client ("" clears it)
        #[arg(long)]
        setting: Option<String>,
        /// Whether the client lives with a lasting partner
        #[arg(long, value_name = "yes|no")]
        cohabiting: Option<YesNo>,
    },
    /// Close a case with its outcome
    Close {
        name: String,
        /// How the case ended
        #[arg(long)]
        outcome: Outcome,
        /// When it closed [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Reopen a closed case
    Reopen { name: String },
    /// Give a case another pseudonym
    Rename { old: String, new: String },
    /// Erase a case and every trace of it (cannot be undone; asks you to type its name)
    Forget {
        name: String,
        /// Do not ask for confirmation
        #[arg(long, short)]
        yes: bool,
    },
}

impl CaseCommand {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        match self {
            CaseCommand::Add {
                name,
                setting,
                cohabiting,
                opened,
            } => {
                let opened = opened
                    .map(|d| date::parse_session(&d, today))
                    .transpose()?
                    .unwrap_or(today);
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let case = rules::add_case(
                    &tx,
                    &name,
                    setting.as_deref(),
                    cohabiting.map(bool::from),
                    opened,
                )?;
                tx.commit()?;
                out(say::case_added(&case.name))
            }
            CaseCommand::List { all, json } => {
                let mut store = ctx.open(Access::Read)?;
                let cases = store.read()?.case_summaries(all)?;
                if json.json {
                    return render::json(&cases);
                }
                if cases.is_empty() {
                    return out(say::no_cases(all));
                }
                render::case_summaries(&cases, all)
            }
            CaseCommand::Show { name, json } => {
                let mut store = ctx.open(Access::Read)?;
                let tx = store.read()?;
                let case = rules::find_case(&tx, &name)?;
                let detail = CaseDetail {
                    others: tx.others(case.id)?,
                    timeline: tx.timeline(case.id)?,
                    case,
                };
                if json.json {
                    return render::json(&detail);
                }
                show_case(&detail)
            }
            CaseCommand::Edit {
                name,
                setting,
                cohabiting,
            } => {
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let case =
                    rules::update_case(&tx, &name, setting.as_deref(), cohabiting.map(bool::from))?;
                tx.commit()?;
                out(say::case_updated(&case.name))
            }
            CaseCommand::Close {
                name,
                outcome,
                date: on,
            } => {
                let on = on
                    .map(|d| date::parse_session(&d, today))
                    .transpose()?
                    .unwrap_or(today);
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let case = rules::close_case(&tx, &name, outcome, on)?;
                tx.commit()?;
                out(say::case_closed(&case.name, outcome.code()))
            }
            CaseCommand::Reopen { name } => {
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let case = rules::reopen_case(&tx, &name)?;
                tx.commit()?;
                out(say::case_reopened(&case.name))
            }
            CaseCommand::Forget { name, yes } => forget(ctx, &name, yes),
            CaseCommand::Rename { old, new } => {
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let before = rules::find_case(&tx, &old)?.name;
                let case = rules::rename_case(&tx, &old, &new)?;
                tx.commit()?;
                out(say::case_renamed(&before, &case.name))
            }
        }
    }
}

/// Erases a case; with secure_delete and a truncated write-ahead log, the
/// file holds none of its text afterwards.
fn forget(ctx: &Ctx, name: &str, yes: bool) -> Result<()> {
    let mut store = ctx.open(Access::Write)?;
    let case = rules::find_case(&store.read()?, name)?;
    if !yes {
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Error::ForgetNeedsConfirmation(case.name).into());
        }
        eprintln!("{}", text::safety::forget_warning(&case.name));
        let typed: String = dialoguer::Input::new()
            .with_prompt(text::safety::forget_prompt(&case.name))
            .allow_empty(true)
            .interact_text()
            .context("no answer to the question")?;
        if name_key(&typed) != name_key(&case.name) {
            return Err(Error::ForgetNotConfirmed {
                name: case.name,
                typed,
            }
            .into());
        }
    }
    let tx = store.write()?;
    let reflections = tx.forget_case(case.id)?;
    tx.commit()?;
    store.scrub()?;
    out(text::safety::forgotten(&case.name, reflections))
}

fn show_case(detail: &CaseDetail) -> Result<()> {
    let c = &detail.case;
    let status = match (c.closed_on, c.outcome) {
        (Some(on), Some(outcome)) => format!("{} {on}: {outcome}", label::CLOSED_WITH),
        _ => label::OPEN.to_string(),
    };
    render::fields(&[
        (label::CASE, c.name.clone()),
        (label::SETTING, c.setting.clone().unwrap_or_default()),
        (label::COHABITING, render::maybe_yes_no(c.cohabiting).into()),
        (label::OPENED, c.opened_on.to_string()),
        (label::STATUS, status),
    ])?;
    render::blank()?;
    render::heading(heading::OTHERS)?;
    if detail.others.is_empty() {
        out(label::NONE)?;
    } else {
        out(others_table(&detail.others))?;
    }
    render::blank()?;
    render::heading(heading::TIMELINE)?;
    if detail.timeline.is_empty() {
        out(label::NONE)
    } else {
        render::reflections(&detail.timeline, false)
    }
}

fn others_table(others: &[Other]) -> comfy_table::Table {
    let mut table = render::table(&[col::NAME, col::ROLE, col::SESSIONS]);
    for o in others {
        table.add_row(vec![
            o.name.clone(),
            o.role.to_string(),
            o.sessions.to_string(),
        ]);
    }
    table
}

#[derive(Debug, Subcommand)]
pub enum OtherCommand {
    /// Add a significant other to a case
    Add {
        /// The case's pseudonym
        case: String,
        /// The other's name (a pseudonym too)
        name: String,
        /// How they relate to the client
        #[arg(long)]
        role: Role,
    },
    /// A case's significant others and how often each took part
    List {
        case: String,
        #[command(flatten)]
        json: JsonArg,
    },
}

impl OtherCommand {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        match self {
            OtherCommand::Add { case, name, role } => {
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let (case, _) = rules::add_other(&tx, &case, &name, role)?;
                tx.commit()?;
                out(say::other_added(name.trim(), role.code(), &case.name))
            }
            OtherCommand::List { case, json } => {
                let mut store = ctx.open(Access::Read)?;
                let tx = store.read()?;
                let case = rules::find_case(&tx, &case)?;
                let others = tx.others(case.id)?;
                if json.json {
                    return render::json(&others);
                }
                if others.is_empty() {
                    return out(label::NONE);
                }
                out(others_table(&others))
            }
        }
    }
}
