//! `spiegel undo`: reverse the last change.

use anyhow::Result;
use clap::Args;

use super::Ctx;
use super::render::out;
use crate::journal::change::{Change, ChangeOp, worth_telling};
use crate::services::{Access, safety};
use crate::t;

#[derive(Debug, Args)]
pub struct UndoArgs {}

impl UndoArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut journal = ctx.journal(Access::Read)?;
        let done = safety::undo(&mut journal, NAMED)?;
        out(undone(&worth_telling(&done.changes), done.more))
    }
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

/// "undone: deleted reflection 12 (John, 2026-03-15)"; `more` records
/// beyond those told (an import's) are counted with the rest.
fn undone(told: &[Change], more: u64) -> String {
    let mut parts: Vec<String> = told.iter().take(NAMED).map(one).collect();
    let rest = told.len().saturating_sub(NAMED) as u64 + more;
    if rest > 0 {
        parts.push(t!("undo-more", count = rest));
    }
    t!("undo-undone", changes = parts.join(", "))
}
