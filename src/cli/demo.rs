//! `spiegel demo`: a journal to look around in.

use anyhow::{Context, Result};

use super::Ctx;
use super::render::{self, out};
use crate::error::Error;
use crate::journal::patterns::{PatternQuery, analyse};
use crate::journal::{Side, date};
use crate::store::{Access, Store};
use crate::text::say;

pub fn run(ctx: &Ctx) -> Result<()> {
    // The demo never uses SPIEGEL_DB or the default journal: only an
    // explicit --db, else a fresh private folder.
    let path = match &ctx.db {
        Some(path) => path.clone(),
        None => tempfile::Builder::new()
            .prefix("spiegel-demo-")
            .tempdir()
            .context("could not create a folder for the demo journal")?
            .keep()
            .join("journal.db"),
    };
    let mut store = Store::open(&path, Access::Write)?;
    let tx = store.write()?;
    if !tx.is_empty()? {
        return Err(Error::DemoNeedsEmptyJournal(path).into());
    }
    let summary = crate::demo::fill(&tx, date::today())?;
    tx.commit()?;

    out(say::demo_written(&path, summary.cases, summary.reflections))?;
    render::blank()?;
    let tx = store.read()?;
    let query = PatternQuery {
        since: None,
        until: None,
        case_id: None,
        side: Some(Side::Own),
        min_cases: 3,
    };
    super::patterns::print(&analyse(&tx, &query)?)?;
    render::blank()?;
    out(say::demo_explore(&path))
}
