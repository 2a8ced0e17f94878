//! `spiegel steps` and `spiegel reasons …`: the method's catalogue.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::journal::{Side, rules};
use crate::store::Access;
use crate::text::{col, say};

pub fn steps(ctx: &Ctx, json: bool) -> Result<()> {
    let mut store = ctx.open(Access::Read)?;
    let steps = store.read()?.steps()?;
    if json {
        return render::json(&steps);
    }
    let mut table = render::table(&[col::STEP, col::TITLE, col::PITFALL]);
    for s in &steps {
        table.add_row(vec![
            s.step.to_string(),
            format!("{}\n{}", s.title_en, s.instruction_en),
            s.pitfall_en.clone(),
        ]);
    }
    out(table)
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ReasonsArgs {
    #[command(subcommand)]
    action: Option<ReasonsAction>,
    /// Only reasons on this side
    #[arg(long)]
    side: Option<Side>,
    /// Include retired reasons
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    json: JsonArg,
}

#[derive(Debug, Subcommand)]
enum ReasonsAction {
    /// Add a reason of your own
    Add {
        /// Lower-case letters, digits and dashes, e.g. rushed-the-ending
        code: String,
        /// Whose part it is about
        #[arg(long)]
        side: Side,
        /// The label in English
        #[arg(long, value_name = "TEXT")]
        en: String,
        /// The label in Dutch
        #[arg(long, value_name = "TEXT")]
        nl: String,
    },
    /// Stop offering a reason in prompts; stalls that give it keep it
    Retire { code: String },
    /// Offer a retired reason again
    Restore { code: String },
    /// Remove a reason of your own that no stall uses
    Remove { code: String },
}

impl ReasonsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let Some(action) = self.action else {
            return self.list(ctx);
        };
        let mut store = ctx.open(Access::Write)?;
        let tx = store.write()?;
        let message = match action {
            ReasonsAction::Add { code, side, en, nl } => {
                rules::add_reason(&tx, &code, side, &en, &nl)?;
                say::reason_added(&code.trim().to_lowercase())
            }
            ReasonsAction::Retire { code } => {
                rules::retire_reason(&tx, &code, true)?;
                say::reason_retired(&code)
            }
            ReasonsAction::Restore { code } => {
                rules::retire_reason(&tx, &code, false)?;
                say::reason_restored(&code)
            }
            ReasonsAction::Remove { code } => {
                rules::remove_reason(&tx, &code)?;
                say::reason_removed(&code)
            }
        };
        tx.commit()?;
        out(message)
    }

    fn list(self, ctx: &Ctx) -> Result<()> {
        let mut store = ctx.open(Access::Read)?;
        let reasons: Vec<_> = store
            .read()?
            .reasons()?
            .into_iter()
            .filter(|r| self.all || !r.retired)
            .filter(|r| self.side.is_none_or(|side| r.side == side))
            .collect();
        if self.json.json {
            return render::json(&reasons);
        }
        let mut header = vec![
            col::CODE,
            col::SIDE,
            col::LABEL,
            col::LABEL_NL,
            col::USUAL_STEPS,
            col::USES,
        ];
        if self.all {
            header.push(col::RETIRED);
        }
        let mut table = render::table(&header);
        for r in &reasons {
            let steps: Vec<String> = r.usual_steps.iter().map(|s| s.to_string()).collect();
            let mut row = vec![
                r.code.clone(),
                r.side.to_string(),
                r.label_en.clone(),
                r.label_nl.clone(),
                steps.join(", "),
                r.uses.to_string(),
            ];
            if self.all {
                row.push(if r.retired { render::yes_no(true) } else { "" }.to_string());
            }
            table.add_row(row);
        }
        out(table)
    }
}
