//! `spiegel add`: a reflection on a session, from flags or guided.

use anyhow::Result;
use clap::Args;

use super::reflection::ReflectionFlags;
use super::render::out;
use super::{Ctx, guided};
use crate::error::Error;
use crate::journal::date;
use crate::services::{Access, reflections};
use crate::t;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The case's pseudonym. Give no flags to be guided through the reflection on a terminal (with or without the case)
    case: Option<String>,
    #[command(flatten)]
    flags: ReflectionFlags,
}

impl AddArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let Some(case) = self.case else {
            // Never wait for input that cannot come: without a terminal,
            // or with flags but no case, say what is missing at once.
            if self.flags.is_empty() && super::term::can_ask() {
                return guided::run(ctx, None);
            }
            return Err(Error::NoCaseGiven.into());
        };
        // A case but nothing about the session: guided on a terminal, else
        // a usage error; never an empty reflection (issue 10.13).
        if self.flags.is_empty() {
            if super::term::can_ask() {
                return guided::run(ctx, Some(&case));
            }
            return Err(Error::NothingToAdd(case).into());
        }
        let input = self.flags.into_input()?;
        let mut journal = ctx.journal(Access::Write)?;
        let saved = reflections::add(&mut journal, &case, &input, date::today())?;
        out(t!(
            "reflection-added",
            id = saved.id,
            case = &saved.case,
            date = saved.date.to_string()
        ))
    }
}
