//! Step 0 per person in the guided walk (issue 14): when someone new took
//! part, or a resistance was met, an offer to record the invitation (a
//! yes/no question, no by default, so that it is easy to skip).

use anyhow::Result;
use inquire::Select;

use super::prompt::{Answered, confirm};
use crate::journal::step0::{Answer, InviteMedium, InvitedBy};
use crate::journal::walk::WalkedInvitation;
use crate::t;

/// Someone new took part: how were they invited? `None` when skipped.
pub(super) fn ask_invited(name: &str) -> Result<Option<WalkedInvitation>> {
    if !confirm(&t!("guided-invite-new", name = name), false)? {
        return Ok(None);
    }
    let (by, medium) = by_and_medium()?;
    let answer = choose(&t!("guided-invite-answer"), Answer::ALL, 0, |a| a.label())?;
    Ok(Some(WalkedInvitation {
        name: name.to_string(),
        by,
        medium,
        answer,
        resistance: None,
    }))
}

/// A resistance was met: did someone of `absent` refuse an invitation, and
/// with which of the reactions `met`? `None` when skipped.
pub(super) fn ask_refusal(absent: &[String], met: &[String]) -> Result<Option<WalkedInvitation>> {
    if absent.is_empty() || met.is_empty() {
        return Ok(None);
    }
    if !confirm(&t!("guided-invite-refusal"), false)? {
        return Ok(None);
    }
    let name = choose(&t!("guided-invite-who"), absent, 0, |n| n.clone())?;
    let (by, medium) = by_and_medium()?;
    let resistance = match met {
        [one] => one.clone(),
        _ => choose(&t!("guided-invite-reaction"), met, 0, |code| {
            crate::cli::words::values::resistance(code)
        })?,
    };
    Ok(Some(WalkedInvitation {
        name,
        by,
        medium,
        answer: Answer::No,
        resistance: Some(resistance),
    }))
}

fn by_and_medium() -> Result<(InvitedBy, Option<InviteMedium>)> {
    let by = choose(&t!("guided-invite-by"), InvitedBy::ALL, 0, |b| b.label())?;
    let mut media: Vec<Option<InviteMedium>> =
        InviteMedium::ALL.iter().copied().map(Some).collect();
    media.push(None);
    let medium = choose(&t!("guided-invite-medium"), &media, media.len() - 1, |m| {
        m.map_or_else(|| t!("guided-invite-medium-skip"), |m| m.label())
    })?;
    Ok((by, medium))
}

/// One of `values`, offered by `label`, the cursor on `start`.
fn choose<T: Clone>(
    question: &str,
    values: &[T],
    start: usize,
    label: impl Fn(&T) -> String,
) -> Result<T> {
    let options: Vec<String> = values.iter().map(&label).collect();
    let answer = Select::new(question, options)
        .with_help_message(&t!("guided-choose-help"))
        .without_filtering()
        .with_starting_cursor(start)
        .raw_prompt()
        .answered()?;
    Ok(values[answer.index].clone())
}
