//! `spiegel undo`, `backup`, `restore` and `check`: getting back what was.

use anyhow::Result;

use super::Ctx;
use super::render::out;
use crate::error::Error;
use crate::journal::change::worth_telling;
use crate::store::Access;
use crate::text;

pub fn undo(ctx: &Ctx) -> Result<()> {
    let mut store = ctx.open(Access::Read)?;
    let tx = store.write()?;
    let changes = tx.undo_last()?.ok_or(Error::NothingToUndo)?;
    tx.commit()?;
    out(text::undo::undone(&worth_telling(&changes)))
}

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write it (a new file) [default: a new file in `backups` beside the journal]
    path: Option<std::path::PathBuf>,
}

impl BackupArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let store = ctx.open(Access::Read)?;
        let dest = store.backup(self.path.as_deref())?;
        out(text::safety::backed_up(
            &dest,
            store.encryption() == crate::store::Encryption::Encrypted,
        ))
    }
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A backup written by `spiegel backup` (or before an upgrade)
    path: std::path::PathBuf,
}

impl RestoreArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut store = ctx.open(Access::Read)?;
        let kept = store.restore(&self.path)?;
        out(text::safety::restored(&self.path, &kept))
    }
}

pub fn check(ctx: &Ctx) -> Result<()> {
    let store = ctx.open(Access::Read)?;
    let health = store.check()?;
    if !health.problems.is_empty() {
        return Err(Error::Damaged {
            path: store.path().to_path_buf(),
            detail: health.problems.join("; "),
        }
        .into());
    }
    out(text::safety::healthy(
        health.version,
        health.cases,
        health.reflections,
    ))
}
