//! `spiegel supervision`: record and list supervision meetings.

use anyhow::Result;
use clap::Subcommand;

use super::records::{self, MeetingFlags};
use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::journal::text::Field;
use crate::journal::{MeetingId, MeetingKind, date};
use crate::services::{Access, supervision};
use crate::t;

#[derive(Debug, Subcommand)]
pub enum SupervisionCommand {
    /// Record a supervision or peer-supervision meeting
    Add {
        /// When it took place [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// What kind of meeting
        #[arg(long, value_enum, default_value_t = MeetingKind::Individual)]
        kind: MeetingKind,
        /// The supervisor or group
        #[arg(long = "with", value_name = "NAME")]
        with: Option<String>,
        /// What you take from it; `-` reads it from stdin
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// The meetings, most recent first
    List(JsonArg),
    /// Correct a meeting: its date, kind, supervisor or group, or note
    Edit {
        /// The meeting's id (see `spiegel supervision list`)
        id: MeetingId,
        /// When it took place
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// What kind of meeting
        #[arg(long, value_enum)]
        kind: Option<MeetingKind>,
        /// The supervisor or group ("" clears it)
        #[arg(long = "with", value_name = "NAME")]
        with: Option<String>,
        /// What you take from it, in place of the note; `-` reads it from stdin
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Delete a meeting (asks first; `spiegel undo` brings it back)
    Delete {
        /// The meeting's id (see `spiegel supervision list`)
        id: MeetingId,
        /// Do not ask for confirmation
        #[arg(long, short)]
        yes: bool,
    },
}

impl SupervisionCommand {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        match self {
            SupervisionCommand::Add {
                date: on,
                kind,
                with,
                note,
            } => {
                let on = date::session_or_today(on.as_deref(), today)?;
                let note = note
                    .map(|n| super::term::stdin_if_dash(n, Field::Note))
                    .transpose()?
                    .unwrap_or_default();
                let mut journal = ctx.journal(Access::Write)?;
                let id = supervision::meet(&mut journal, on, kind, with.as_deref(), &note)?;
                out(t!(
                    "meeting-added",
                    id = id,
                    date = on.to_string(),
                    kind = kind.label()
                ))
            }
            SupervisionCommand::List(json) => {
                let meetings = supervision::meetings(&mut ctx.journal(Access::Read)?)?;
                if json.json {
                    return render::json(&meetings);
                }
                if meetings.is_empty() {
                    return out(t!("no-meetings"));
                }
                let mut table = render::table(&[
                    t!("col-id"),
                    t!("col-date"),
                    t!("col-kind"),
                    t!("col-with"),
                    t!("col-note"),
                ]);
                for m in &meetings {
                    table.add_row(vec![
                        m.id.to_string(),
                        m.date.to_string(),
                        m.kind.label(),
                        m.with.clone().unwrap_or_default(),
                        render::excerpt(&m.note, 60),
                    ]);
                }
                out(table)
            }
            SupervisionCommand::Edit {
                id,
                date,
                kind,
                with,
                note,
            } => {
                let flags = MeetingFlags {
                    date,
                    kind,
                    with,
                    note,
                };
                records::meeting_edit(ctx, id, flags)
            }
            SupervisionCommand::Delete { id, yes } => records::meeting_delete(ctx, id, yes),
        }
    }
}
