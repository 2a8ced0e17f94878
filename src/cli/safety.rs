//! `spiegel undo`, `backup`, `restore` and `check`: getting back what was.

use anyhow::Result;

use super::Ctx;
use super::render::out;
use crate::error::Error;
use crate::journal::change::{Change, ChangeOp, worth_telling};
use crate::store::Access;
use crate::t;

pub fn undo(ctx: &Ctx) -> Result<()> {
    let mut store = ctx.open(Access::Read)?;
    let tx = store.write()?;
    let changes = tx.undo_last()?.ok_or(Error::NothingToUndo)?;
    tx.commit()?;
    out(undone(&worth_telling(&changes)))
}

/// How many changes [`undone`] names before it counts the rest.
const NAMED: usize = 3;

/// "added case John", in the current language.
fn one(c: &Change) -> String {
    let op = match c.op {
        ChangeOp::Insert => "insert",
        ChangeOp::Update => "update",
        ChangeOp::Delete => "delete",
    };
    let mut what = t!("undo-table", table = c.table.as_str());
    if let Some(key) = &c.key {
        what.push(' ');
        what.push_str(key);
    }
    t!("undo-change", op = op, what = what)
}

/// "undone: deleted reflection 12 (John, 2026-03-15)"
fn undone(told: &[Change]) -> String {
    let mut parts: Vec<String> = told.iter().take(NAMED).map(one).collect();
    if told.len() > NAMED {
        parts.push(t!("undo-more", count = told.len() - NAMED));
    }
    t!("undo-undone", changes = parts.join(", "))
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
        let path = dest.display().to_string();
        out(
            if store.encryption() == crate::store::Encryption::Encrypted {
                t!("backup-written-encrypted", path = path)
            } else {
                t!("backup-written-plain", path = path)
            },
        )
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
        out(t!(
            "backup-restored",
            path = self.path.display().to_string(),
            kept = kept.display().to_string()
        ))
    }
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// First rebuild the stall summary (which `patterns` reads) from the stalls themselves
    #[arg(long)]
    repair: bool,
    /// Read every page and index of the journal (slower), not only its structure
    #[arg(long)]
    full: bool,
}

impl CheckArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        super::crypt::check_leftovers(ctx)?;
        let mut store = ctx.open(Access::Read)?;
        if self.repair {
            let rows = store.rebuild_summary()?;
            out(t!("check-summary-rebuilt", rows = rows))?;
        }
        check(&store, self.full)
    }
}

fn check(store: &crate::store::Store, full: bool) -> Result<()> {
    let health = store.check(full)?;
    if !health.problems.is_empty() {
        return Err(Error::Damaged {
            path: store.path().to_path_buf(),
            detail: health.problems.join("; "),
        }
        .into());
    }
    if health.summary_drift > 0 {
        return Err(Error::SummaryDrift(health.summary_drift).into());
    }
    out(t!(
        "check-healthy",
        version = health.version,
        cases = health.cases,
        reflections = health.reflections
    ))
}
