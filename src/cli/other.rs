//! `spiegel other …`: a case's significant others.

use anyhow::Result;
use clap::Subcommand;

use super::records;
use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::journal::{Role, date};
use crate::services::{Access, cases};
use crate::t;

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
        /// When the client named them: YYYY-MM-DD, today, yesterday, a weekday or "3 days ago" [default: today]
        #[arg(long, value_name = "DATE")]
        named: Option<String>,
    },
    /// A case's significant others and how often each took part
    List {
        /// The case's pseudonym
        case: String,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Change how a significant other relates to the client
    Edit {
        /// The case's pseudonym
        case: String,
        /// The other's name
        name: String,
        /// How they relate to the client
        #[arg(long)]
        role: Option<Role>,
    },
    /// Give a significant other another name; the sessions they took part in keep them
    Rename {
        /// The case's pseudonym
        case: String,
        /// The name they have now
        name: String,
        /// The name they get
        new: String,
    },
    /// Remove a significant other who was added by mistake
    Remove {
        /// The case's pseudonym
        case: String,
        /// The other's name
        name: String,
        /// Also when they took part in sessions: they go from those reflections
        #[arg(long)]
        force: bool,
    },
}

impl OtherCommand {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        match self {
            OtherCommand::Add {
                case,
                name,
                role,
                named,
            } => {
                let today = date::today();
                let named = date::session_or_today(named.as_deref(), today)?;
                let mut journal = ctx.journal(Access::Write)?;
                let case = cases::meet_other(&mut journal, &case, &name, role, named, today)?;
                out(t!(
                    "other-added",
                    name = name.trim(),
                    role = role.label(),
                    case = &case.name
                ))
            }
            OtherCommand::List { case, json } => {
                let mut journal = ctx.journal(Access::Read)?;
                let others = cases::others(&mut journal, &case)?;
                if json.json {
                    return render::json(&others);
                }
                super::invite::others_view(&others)
            }
            OtherCommand::Edit { case, name, role } => records::other_edit(ctx, &case, &name, role),
            OtherCommand::Rename { case, name, new } => {
                records::other_rename(ctx, &case, &name, &new)
            }
            OtherCommand::Remove { case, name, force } => {
                records::other_remove(ctx, &case, &name, force)
            }
        }
    }
}
