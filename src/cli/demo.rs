//! `spiegel demo`: a journal to look around in.

use anyhow::{Context, Result};
use clap::Args;

use super::Ctx;
use super::render::{self, out};
use crate::journal::date;
use crate::services::demo;
use crate::t;

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Instead of the demo, generate a journal of this many reflections (for benchmarks)
    #[arg(long, value_name = "N")]
    reflections: Option<u64>,
    /// The generator's seed: the same seed gives the same journal
    #[arg(long, value_name = "S", default_value_t = 1, requires = "reflections")]
    seed: u64,
}

impl DemoArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        // The demo never uses SPIEGEL_DB or the default journal: only an
        // explicit --db, else a fresh private folder.
        let path = match &ctx.db {
            Some(path) => path.clone(),
            // A folder only the user can read (0700), like the journal's own.
            None => crate::fsx::private_tempdir("spiegel-demo-")
                .with_context(|| t!("io-demo-folder"))?
                .keep()
                .join("journal.db"),
        };
        let mut journal = demo::open(&path)?;
        if let Some(n) = self.reflections {
            let started = std::time::Instant::now();
            let summary = demo::generate(&mut journal, n, self.seed)?;
            let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
            return out(t!(
                "demo-generated",
                path = path.display().to_string(),
                cases = summary.cases,
                reflections = summary.reflections,
                seconds = crate::i18n::decimal(seconds.parse().unwrap_or_default())
            ));
        }
        let summary = demo::fill(&mut journal, date::today())?;

        out(t!(
            "demo-written",
            path = path.display().to_string(),
            cases = summary.cases,
            reflections = summary.reflections
        ))?;
        render::blank()?;
        super::patterns::print(&demo::patterns(&mut journal)?)?;
        render::blank()?;
        out(t!("demo-explore", path = path.display().to_string()))
    }
}
