//! `spiegel add` on a terminal without flags (and with or without a case):
//! one reflection, prompt by prompt, in the method's own words.
//!
//! Everything is gathered first — a new case, new significant others and new
//! reasons included — and written at the end in one transaction through the
//! journal's rules, so stopping anywhere (Esc, Ctrl-C) leaves the journal as
//! it was. No lock is held while the user answers: each read is a short
//! transaction of its own.

mod case;
mod invite;
mod note;
mod prompt;
mod session;
mod stalls;

use anyhow::Result;
use chrono::NaiveDate;
use inquire::Text;

use super::render::{self, out};
use super::{Ctx, editor, show};
use crate::error::Error;
use crate::journal::text::{self, Field};
use crate::journal::walk::{Draft, Known};
use crate::journal::{Role, date};
use crate::services::{Access, Journal, cases, reflections};
use crate::t;
use case::{ask_date, choose_case};
use note::{ask_note, ask_went_well};
pub use prompt::confirm;
use prompt::{Answered, indented, rule, tell};
use session::{ask_medium, ask_resistance, who_took_part};
use stalls::ask_stalls;

/// The guided reflection; on `case` when one was given (`spiegel add John`
/// on a terminal), else on the case the user picks.
pub fn run(ctx: &Ctx, case: Option<&str>) -> Result<()> {
    let today = date::today();
    // A broken settings file should stop us now, not after ten answers.
    let editor = editor::chosen()?;
    let path = ctx.journal_path()?;
    // Before the first reflection there is no journal yet: read the
    // catalogue from an empty one in memory; saving creates the real one.
    let mut journal = if path.exists() {
        Journal::open(&path, Access::Read, &|| {
            Err(Error::Locked(path.to_path_buf()).into())
        })?
    } else {
        Journal::in_memory()?
    };
    let mut known = reflections::offers(&mut journal)?;
    // A case given must exist and be open: said now, not after ten answers.
    let case = match case {
        Some(name) => {
            let found = cases::find_own(&mut journal, name)?;
            if !found.is_open() {
                return Err(Error::CaseClosed(found.name).into());
            }
            Some(found.name)
        }
        None => None,
    };

    for line in indented(&t!("guided-welcome"), "") {
        tell(&line)?;
    }
    let draft = walk(&mut journal, &mut known, case, editor.as_deref(), today)?;
    drop(journal);

    let labels = known.labels();
    render::blank()?;
    show::show(&t!("guided-preview"), &draft.preview(), &labels)?;
    render::blank()?;
    if !confirm(&t!("guided-save"), true)? {
        return out(t!("guided-not-saved"));
    }
    let id = reflections::add_walked(&mut ctx.journal(Access::Write)?, &draft, today)?;
    out(t!(
        "reflection-added",
        id = id,
        case = &draft.case,
        date = draft.date.to_string()
    ))
}

fn walk(
    journal: &mut Journal,
    known: &mut Known,
    case: Option<String>,
    editor: Option<&str>,
    today: NaiveDate,
) -> Result<Draft> {
    let (case, new_case) = match case {
        Some(name) => (name, None),
        None => choose_case(known)?,
    };
    let (others, bounds) = match new_case {
        // A new case opens with the session it is made for.
        Some(_) => (Vec::new(), None),
        None => {
            let (found, others) = cases::with_others(journal, &case)?;
            (others, Some(found))
        }
    };
    let date = ask_date(today, bounds.as_ref())?;
    // Who could have refused an invitation by this day.
    let named: Vec<String> = others
        .iter()
        .filter(|o| o.named_on.is_none_or(|on| on <= date))
        .map(|o| o.name.clone())
        .collect();
    let offered: Vec<(String, Role)> = others.into_iter().map(|o| (o.name, o.role)).collect();
    let (present, new_others) = who_took_part(&case, &offered)?;
    let mut invitations = Vec::new();
    for (name, _) in &new_others {
        invitations.extend(invite::ask_invited(name)?);
    }
    let medium = ask_medium()?;
    let resistance = ask_resistance(&known.resistances)?;
    let absent: Vec<String> = named.into_iter().filter(|n| !present.contains(n)).collect();
    invitations.extend(invite::ask_refusal(&absent, &resistance)?);
    let mut new_reasons = Vec::new();
    let stalls = ask_stalls(known, &mut new_reasons)?;
    // What happened first, then whether all seven steps were done (as
    // the README tells it): the story before the verdict on it.
    let note = ask_note(editor)?;
    let completed = if present.is_empty() {
        false
    } else {
        confirm(&t!("guided-completed"), false)?
    };
    let went_well = ask_went_well()?;
    let question = Text::new(&t!("guided-question"))
        .with_help_message(&t!("guided-question-help"))
        .with_validator(rule(text::check_free, Field::Question))
        .prompt()
        .answered()?;
    // In a journal that pools a peer-supervision group's records.
    let for_group =
        known.in_group && !question.trim().is_empty() && confirm(&t!("guided-for-group"), false)?;
    Ok(Draft {
        case,
        new_case,
        date,
        present,
        new_others,
        medium,
        resistance,
        stalls,
        new_reasons,
        completed,
        note,
        went_well,
        question: question.trim().to_string(),
        for_group,
        invitations,
    })
}
