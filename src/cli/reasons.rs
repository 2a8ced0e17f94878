//! `spiegel reasons …`: the reasons why a step stalls; add, retire,
//! restore or remove one's own.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::journal::{Side, Step};
use crate::services::Access;
use crate::services::catalogue::{self, Change};
use crate::t;

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
        /// The label in the language spoken (the other language gets the
        /// same words until you give it its own)
        #[arg(long, value_name = "TEXT", required_unless_present_any = ["en", "nl"])]
        label: Option<String>,
        /// The label in English
        #[arg(long, value_name = "TEXT")]
        en: Option<String>,
        /// The label in Dutch
        #[arg(long, value_name = "TEXT")]
        nl: Option<String>,
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
    /// Listing the reasons, not changing them.
    pub fn is_view(&self) -> bool {
        self.action.is_none()
    }

    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let Some(action) = self.action else {
            return self.list(ctx);
        };
        let mut journal = ctx.journal(Access::Write)?;
        let (change, said): (_, fn(String) -> String) = match action {
            ReasonsAction::Add {
                code,
                side,
                label,
                en,
                nl,
                steps,
            } => {
                let (label_en, label_nl) = labels(label, en, nl);
                let steps = steps
                    .iter()
                    .map(|s| s.parse::<Step>())
                    .collect::<Result<Vec<_>, _>>()?;
                let change = Change::Add {
                    code,
                    side,
                    label_en,
                    label_nl,
                    steps,
                };
                (change, |code| t!("reason-added", code = code))
            }
            ReasonsAction::Retire { code } => {
                let change = Change::Retire {
                    typed: code,
                    retired: true,
                };
                (change, |code| t!("reason-retired", code = code))
            }
            ReasonsAction::Restore { code } => {
                let change = Change::Retire {
                    typed: code,
                    retired: false,
                };
                (change, |code| t!("reason-restored", code = code))
            }
            ReasonsAction::Remove { code } => {
                let change = Change::Remove { typed: code };
                (change, |code| t!("reason-removed", code = code))
            }
        };
        out(said(catalogue::change(&mut journal, change)?))
    }

    fn list(self, ctx: &Ctx) -> Result<()> {
        let reasons: Vec<_> = catalogue::reasons(&mut ctx.journal(Access::Read)?)?
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
                r.side.label(),
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

/// The English and Dutch labels of a new reason: `--label` is the language
/// spoken's; a language not given gets the other's words.
fn labels(label: Option<String>, en: Option<String>, nl: Option<String>) -> (String, String) {
    let dutch = crate::i18n::current() == "nl";
    let (en, nl) = match label {
        Some(label) if dutch => (en, Some(nl.unwrap_or(label))),
        Some(label) => (Some(en.unwrap_or(label)), nl),
        None => (en, nl),
    };
    match (en, nl) {
        (Some(en), Some(nl)) => (en, nl),
        (Some(one), None) | (None, Some(one)) => (one.clone(), one),
        // clap requires --label, --en or --nl.
        (None, None) => (String::new(), String::new()),
    }
}
