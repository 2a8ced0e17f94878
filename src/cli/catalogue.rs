//! `spiegel steps` and `spiegel reasons …`: the method's catalogue.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::journal::{Side, Step, rules};
use crate::store::Access;
use crate::t;

pub fn steps(ctx: &Ctx, json: bool) -> Result<()> {
    let mut store = ctx.open(Access::Read)?;
    let steps = store.read()?.steps()?;
    if json {
        return render::json(&steps);
    }
    let mut table = render::table(&[t!("col-step"), t!("col-title"), t!("col-pitfall")]);
    for s in &steps {
        table.add_row(vec![
            s.step.to_string(),
            format!("{}\n{}", s.title(), s.instruction()),
            s.pitfall().to_string(),
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
        /// The steps where it usually happens, e.g. 1,4,5: the sessions it is counted over in patterns
        #[arg(long, value_name = "STEPS", value_delimiter = ',')]
        steps: Vec<String>,
    },
    /// Stop offering a reason in prompts; stalls that give it keep it
    Retire {
        /// The reason's code, or the start of its label
        code: String,
    },
    /// Offer a retired reason again
    Restore {
        /// The reason's code, or the start of its label
        code: String,
    },
    /// Remove a reason of your own that no stall uses
    Remove {
        /// The reason's code, or the start of its label
        code: String,
    },
}

impl ReasonsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let Some(action) = self.action else {
            return self.list(ctx);
        };
        let mut store = ctx.open(Access::Write)?;
        let tx = store.write()?;
        let message = match action {
            ReasonsAction::Add {
                code,
                side,
                en,
                nl,
                steps,
            } => {
                let steps = steps
                    .iter()
                    .map(|s| s.parse::<Step>())
                    .collect::<Result<Vec<_>, _>>()?;
                rules::add_reason(&tx, &code, side, &en, &nl, &steps)?;
                t!("reason-added", code = code.trim().to_lowercase())
            }
            ReasonsAction::Retire { code } => {
                let code = rules::retire_reason(&tx, &code, true)?;
                t!("reason-retired", code = code)
            }
            ReasonsAction::Restore { code } => {
                let code = rules::retire_reason(&tx, &code, false)?;
                t!("reason-restored", code = code)
            }
            ReasonsAction::Remove { code } => {
                let code = rules::remove_reason(&tx, &code)?;
                t!("reason-removed", code = code)
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
        // The label in the language spoken, then the other one (Dutch, or
        // English when speaking Dutch).
        let mut header = vec![
            t!("col-code"),
            t!("col-side"),
            t!("col-label"),
            t!("col-label-other"),
            t!("col-usual-steps"),
            t!("col-uses"),
        ];
        if self.all {
            header.push(t!("col-retired"));
        }
        let mut table = render::table(&header);
        for r in &reasons {
            let steps: Vec<String> = r.usual_steps.iter().map(|s| s.to_string()).collect();
            let mut row = vec![
                r.code.clone(),
                r.side.to_string(),
                r.label().to_string(),
                if crate::i18n::dutch() {
                    r.label_en.clone()
                } else {
                    r.label_nl.clone()
                },
                steps.join(", "),
                r.uses.to_string(),
            ];
            if self.all {
                row.push(if r.retired {
                    render::yes_no(true)
                } else {
                    String::new()
                });
            }
            table.add_row(row);
        }
        out(table)
    }
}
