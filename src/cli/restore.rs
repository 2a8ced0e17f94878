//! `spiegel restore`: replace the journal with a backup, keeping the
//! journal as it was.

use anyhow::Result;

use super::Ctx;
use super::render::out;
use crate::services::{Access, safety};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A backup written by `spiegel backup` (or before an upgrade)
    path: std::path::PathBuf,
}

impl RestoreArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut journal = ctx.journal(Access::Read)?;
        let kept = safety::restore(&mut journal, &self.path)?;
        out(t!(
            "backup-restored",
            path = self.path.display().to_string(),
            kept = kept.display().to_string()
        ))
    }
}
