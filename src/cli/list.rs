//! `spiegel list`: reflections, newest first.

use anyhow::Result;
use clap::Args;

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::journal::rules::ListQuery;
use crate::journal::{Step, date};
use crate::services::{Access, reflections};
use crate::t;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this case
    #[arg(long)]
    case: Option<String>,
    /// Only reflections that stalled at this step (0-7)
    #[arg(long, value_name = "N")]
    step: Option<String>,
    /// Only reflections that give this reason, by code or the start of its label (at --step, if given)
    #[arg(long, value_name = "CODE")]
    why: Option<String>,
    /// From this date on
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Up to and including this date
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// At most this many, newest first; 0 = all
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: u64,
    #[command(flatten)]
    json: JsonArg,
}

impl ListArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        let query = ListQuery {
            case: self.case,
            step: self.step.map(|s| s.parse::<Step>()).transpose()?,
            why: self.why,
            since: self.since.map(|d| date::parse(&d, today)).transpose()?,
            until: self.until.map(|d| date::parse(&d, today)).transpose()?,
            limit: (self.limit > 0).then_some(self.limit),
        };
        let mut journal = ctx.journal(Access::Read)?;
        if self.json.json {
            // Streamed: the first reflection is printed at once (issue 15).
            let mut array = render::JsonArray::default();
            reflections::list(&mut journal, &query, |r| array.push(&r))?;
            return array.end();
        }
        // Printed a chunk of rows at a time, in the first chunk's widths
        // (issue 15): the first rows at once, and flat memory.
        let mut table = render::ReflectionTable::new(query.case.is_none());
        let more = reflections::list(&mut journal, &query, |r| table.push(&r))?;
        if table.is_empty() {
            return out(t!("no-reflections"));
        }
        let shown = table.len();
        table.print()?;
        if more {
            out(t!("more-than", shown = shown))?;
        }
        Ok(())
    }
}
