//! `spiegel edit`: change a reflection, by flags or as a form in the editor.

use anyhow::Result;
use clap::Args;

use super::reflection::ReflectionFlags;
use super::render::out;
use super::{Ctx, editor, form};
use crate::error::Error;
use crate::journal::rules::ReflectionInput;
use crate::journal::{ReflectionId, date};
use crate::services::{Access, reflections};
use crate::t;

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The reflection's id (see `spiegel list`)
    id: ReflectionId,
    #[command(flatten)]
    flags: ReflectionFlags,
    /// The seven steps were not completed after all
    #[arg(long, conflicts_with = "completed")]
    not_completed: bool,
    /// Nobody else took part: remove everyone given with --with
    #[arg(long, conflicts_with = "with")]
    alone: bool,
    /// Remove all resistance reactions
    #[arg(long, conflicts_with = "resistance")]
    no_resistance: bool,
    /// Remove all stalls
    #[arg(long, conflicts_with = "stall")]
    no_stalls: bool,
}

impl EditArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut input = self.flags.into_input()?;
        if self.not_completed {
            input.completed = Some(false);
        }
        if self.alone {
            input.with = Some(Vec::new());
        }
        if self.no_resistance {
            input.resistance = Some(Vec::new());
        }
        if self.no_stalls {
            input.stalls = Some(Vec::new());
        }
        if input.is_empty() {
            return edit_in_editor(ctx, self.id);
        }
        let mut journal = ctx.journal(Access::Write)?;
        let r = reflections::edit(&mut journal, self.id, &input)?;
        out(t!("reflection-updated", id = r.id))
    }
}

/// `spiegel edit ID` without flags: the whole reflection as a text form in
/// the editor, applied through the same rules as the flags, in one
/// transaction. An invalid form comes back with the error on top, until it
/// is valid, saved unchanged or emptied.
fn edit_in_editor(ctx: &Ctx, id: ReflectionId) -> Result<()> {
    // Read, then let go of the journal: nobody waits while the user writes.
    let (current, text) = {
        let mut journal = ctx.journal(Access::Read)?;
        let editing = reflections::editing(&mut journal, id)?;
        let context = form::Context {
            others: editing.others,
            reasons: &editing.reasons,
            resistances: editing.resistances,
        };
        let text = form::render(&editing.current, &context);
        (editing.current, text)
    };
    let editor = editor::command(id)?;
    let file_name = format!("reflection-{id}.txt");
    let mut shown = text;
    let mut error: Option<String> = None;
    loop {
        let saved = editor::edit(&editor, &shown, &file_name)?;
        if error.is_some()
            && form::without_error(&saved).trim_end() == form::without_error(&shown).trim_end()
        {
            return out(t!("edit-abandoned", id = id));
        }
        let outcome = match form::parse(&saved, date::today()) {
            Ok(form::Saved::Empty) => return out(t!("edit-abandoned", id = id)),
            Ok(form::Saved::Form(values)) => {
                let input = form::changes(&current, &values);
                if input.is_empty() {
                    return out(t!("edit-nothing-changed", id = id));
                }
                apply(ctx, id, &input).map_err(|e| match e.downcast::<Error>() {
                    Ok(mistake) => Ok(vec![mistake.to_string()]),
                    Err(e) => Err(e),
                })
            }
            Err(mistakes) => Err(Ok(mistakes.lines())),
        };
        match outcome {
            Ok(()) => return out(t!("reflection-updated", id = id)),
            // The user's mistakes: show them in their own text, all at once.
            Err(Ok(mistakes)) => {
                shown = form::with_errors(&saved, &mistakes);
                error = Some(mistakes.join("\n"));
            }
            Err(Err(e)) => return Err(e),
        }
    }
}

/// Applies `input` to reflection `id` in one transaction, or writes nothing.
fn apply(ctx: &Ctx, id: ReflectionId, input: &ReflectionInput) -> Result<()> {
    let mut journal = ctx.journal(Access::Write)?;
    reflections::edit(&mut journal, id, input)?;
    Ok(())
}
