//! `spiegel delete`: a reflection, after asking.

use anyhow::Result;
use clap::Args;

use super::render::out;
use super::{Ctx, guided};
use crate::error::Error;
use crate::journal::ReflectionId;
use crate::services::{Access, reflections};
use crate::t;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The reflection's id (see `spiegel list`)
    id: ReflectionId,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

impl DeleteArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut journal = ctx.journal(Access::Read)?;
        if !self.yes {
            // Ask before taking the write lock, so another terminal is not
            // kept waiting while the user decides.
            let r = reflections::deletable(&mut journal, self.id)?;
            if !super::term::can_ask() {
                return Err(Error::ConfirmationNeeded(self.id).into());
            }
            let question = t!(
                "confirm-delete",
                id = r.id,
                case = &r.case,
                date = r.date.to_string()
            );
            // Esc or Ctrl-C is a no.
            let confirmed = match guided::confirm(&question, false) {
                Err(e) if matches!(e.downcast_ref(), Some(Error::Stopped)) => false,
                answer => answer?,
            };
            if !confirmed {
                return out(t!("not-deleted"));
            }
        }
        reflections::delete(&mut journal, self.id)?;
        out(t!("reflection-deleted", id = self.id))
    }
}
