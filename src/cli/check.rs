//! `spiegel check`: that the journal is intact and every reference holds.

use anyhow::Result;

use super::Ctx;
use super::progress::Progress;
use super::render::out;
use crate::services::{Access, safety};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// First rebuild the stall summary (which `patterns` reads) from the stalls, and the search index from the texts
    #[arg(long)]
    repair: bool,
    /// Also read every index against its table, every reference, the summaries row by row and the search index against the texts (slower)
    #[arg(long)]
    full: bool,
}

impl CheckArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        super::crypt::check_leftovers(ctx)?;
        let mut journal = ctx.journal(Access::Read)?;
        let working = Progress::spinner(t!("progress-checking"));
        if self.repair {
            let (rows, texts) = safety::repair(&mut journal)?;
            working.clear();
            out(t!("check-summary-rebuilt", rows = rows))?;
            out(t!("check-search-rebuilt", texts = texts))?;
        }
        let health = safety::check(&journal, self.full)?;
        drop(working);
        let version = health.version;
        let (cases, reflections) = (health.cases, health.reflections);
        out(if self.full {
            t!(
                "check-healthy",
                version = version,
                cases = cases,
                reflections = reflections
            )
        } else {
            t!(
                "check-healthy-quick",
                version = version,
                cases = cases,
                reflections = reflections
            )
        })
    }
}
