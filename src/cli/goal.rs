//! `spiegel goal`: learning goals and whether their reason became rarer.

use crate::cli::words::journal::reason_name;
use anyhow::Result;
use clap::Subcommand;

use super::records::{self, GoalFlags};
use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::cli::patterns::of;
use crate::journal::supervision::GoalProgress;
use crate::journal::{GoalId, date};
use crate::services::{Access, supervision};
use crate::t;

#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    /// Set a learning goal, tied to the reason it should make rarer
    Add {
        /// What you work on, e.g. "stay with the silence at step 3"
        text: String,
        /// The reason it should make rarer, e.g. went-too-fast (or the start of its label)
        #[arg(long, value_name = "CODE")]
        reason: String,
        /// When you started on it [default: today]
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// Goals with how often their reason came up before and since
    List {
        /// Finished goals too
        #[arg(long)]
        all: bool,
        /// Only sessions where this resistance reaction was met
        #[arg(long, value_name = "CODE")]
        when: Option<String>,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Mark a goal as done
    Done {
        /// The goal's id (see `spiegel goal list`)
        id: GoalId,
        /// When [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Correct a goal: its text, its reason, when it started or was done
    Edit {
        /// The goal's id (see `spiegel goal list --all`)
        id: GoalId,
        /// What you work on
        #[arg(long, value_name = "TEXT")]
        text: Option<String>,
        /// The reason it should make rarer (or the start of its label)
        #[arg(long, value_name = "CODE")]
        reason: Option<String>,
        /// When you started on it
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// When it was done
        #[arg(long, value_name = "DATE", conflicts_with = "not_done")]
        done: Option<String>,
        /// Not done after all: open again
        #[arg(long)]
        not_done: bool,
    },
    /// Delete a goal (asks first; `spiegel undo` brings it back)
    Delete {
        /// The goal's id (see `spiegel goal list --all`)
        id: GoalId,
        /// Do not ask for confirmation
        #[arg(long, short)]
        yes: bool,
    },
}

impl GoalCommand {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        match self {
            GoalCommand::Add {
                text,
                reason,
                since,
            } => {
                let since = date::session_or_today(since.as_deref(), today)?;
                let mut journal = ctx.journal(Access::Write)?;
                let id = supervision::set_goal(&mut journal, &text, &reason, since)?;
                out(t!("goal-added", id = id, text = text.trim()))
            }
            GoalCommand::List { all, when, json } => {
                let mut journal = ctx.journal(Access::Read)?;
                let goals = supervision::goals(&mut journal, all, when.as_deref(), today)?;
                if json.json {
                    return render::json(&goals);
                }
                if goals.is_empty() {
                    return out(if all {
                        t!("no-goals")
                    } else {
                        t!("no-open-goals")
                    });
                }
                out(goal_table(&goals, all))?;
                for line in goal_situations(&goals) {
                    out(line)?;
                }
                out(t!("goal-legend"))
            }
            GoalCommand::Done { id, date: on } => {
                let on = date::session_or_today(on.as_deref(), today)?;
                let mut journal = ctx.journal(Access::Write)?;
                let goal = supervision::finish_goal(&mut journal, id, on)?;
                out(t!(
                    "goal-done",
                    id = id,
                    date = goal.done_on.unwrap_or(on).to_string()
                ))
            }
            GoalCommand::Edit {
                id,
                text,
                reason,
                since,
                done,
                not_done,
            } => {
                let flags = GoalFlags {
                    text,
                    reason,
                    since,
                    done,
                    not_done,
                };
                records::goal_edit(ctx, id, flags)
            }
            GoalCommand::Delete { id, yes } => records::goal_delete(ctx, id, yes),
        }
    }
}

pub fn goal_table(goals: &[GoalProgress], with_done: bool) -> render::Grid {
    let mut header = vec![
        t!("col-id"),
        t!("col-goal"),
        t!("col-reason"),
        t!("col-since"),
        t!("col-before"),
        t!("col-since-then"),
        t!("col-per-month"),
    ];
    if with_done {
        header.push(t!("col-done"));
    }
    let mut table = render::table(&header);
    for g in goals {
        let mut row = vec![
            g.goal.id.to_string(),
            g.goal.text.clone(),
            reason_word(g),
            g.goal.since.to_string(),
            of(g.before.count, g.before.opportunities),
            of(g.after.count, g.after.opportunities),
            render::sparkline(&g.months.iter().map(|m| m.rate).collect::<Vec<_>>()),
        ];
        if with_done {
            row.push(g.goal.done_on.map(|d| d.to_string()).unwrap_or_default());
        }
        table.add_row(row);
    }
    table
}

/// A goal's reason as a table shows it: its code, which is English, or its
/// label in another language (Dutch shows no English code).
pub fn reason_word(g: &GoalProgress) -> String {
    let (en, nl) = &g.reason_label;
    reason_name(&g.goal.reason, Some((en, nl)))
}

/// Per goal and resistance reaction met: "goal 1, where 'They don't want
/// to be involved' was met: 5 of 5 → 3 of 3".
pub fn goal_situations(goals: &[GoalProgress]) -> Vec<String> {
    let labels: Vec<_> = goals.iter().collect();
    let mut lines = Vec::new();
    for g in labels {
        for s in &g.by_resistance {
            lines.push(t!(
                "goal-situation",
                id = g.goal.id,
                resistance = super::words::values::resistance(&s.resistance),
                before = of(s.before.count, s.before.opportunities),
                after = of(s.after.count, s.after.opportunities)
            ));
        }
    }
    lines
}
