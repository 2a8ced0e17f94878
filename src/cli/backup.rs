//! `spiegel backup`: copy the journal to a backup file, consistently, even
//! while in use.

use anyhow::Result;

use super::Ctx;
use super::progress::Progress;
use super::render::out;
use crate::services::{Access, safety};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write it (a new file) [default: a new file in `backups` beside the journal]
    path: Option<std::path::PathBuf>,
}

impl BackupArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let journal = ctx.journal(Access::Read)?;
        let working = Progress::spinner(t!("progress-backing-up"));
        let (dest, encrypted) = safety::backup(&journal, self.path.as_deref())?;
        drop(working);
        let path = dest.display().to_string();
        out(if encrypted {
            t!("backup-written-encrypted", path = path)
        } else {
            t!("backup-written-plain", path = path)
        })
    }
}
