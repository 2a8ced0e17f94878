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
