//! The prompts' shared parts: checks by the journal's rules, yes or no,
//! filters that keep an option, lines beside the prompts, and Esc or
//! Ctrl-C as a stop.

use std::io::Write;

use anyhow::{Context, Result};
use inquire::list_option::ListOption;
use inquire::validator::Validation;
use inquire::{Confirm, InquireError};

use crate::error::Error;
use crate::journal::Role;
use crate::journal::text::Field;
use crate::t;

/// A prompt's check by one of the journal's rules for text.
pub(super) fn rule(
    check: fn(&str, Field) -> Result<(), Error>,
    field: Field,
) -> impl Fn(&str) -> Result<Validation, inquire::CustomUserError> + Clone {
    move |input: &str| {
        Ok(match check(input.trim(), field) {
            Ok(()) => Validation::Valid,
            Err(e) => Validation::Invalid(e.to_string().into()),
        })
    }
}

/// A yes-or-no question, answered in the language spoken (or in English);
/// Esc or Ctrl-C is [`Error::Stopped`].
pub fn confirm(question: &str, default: bool) -> Result<bool> {
    let (yes, no) = (t!("yes"), t!("no"));
    let parse = |answer: &str| {
        let answer = answer.trim().to_lowercase();
        let means = |word: &str, english: &str| {
            !answer.is_empty() && (word.starts_with(&answer) || english.starts_with(&answer))
        };
        if means(&yes, "yes") {
            Ok(true)
        } else if means(&no, "no") {
            Ok(false)
        } else {
            Err(())
        }
    };
    let shown = |answer: bool| capitalised(if answer { &yes } else { &no });
    let hint = |default: bool| {
        if default {
            t!("guided-yes-no-default-yes")
        } else {
            t!("guided-yes-no-default-no")
        }
    };
    Confirm::new(question)
        .with_default(default)
        .with_parser(&parse)
        .with_formatter(&shown)
        .with_default_value_formatter(&hint)
        .with_error_message(&t!("guided-yes-no-error"))
        .prompt()
        .answered()
}

/// "ja" → "Ja".
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// How a significant other relates to the client, in the language spoken.
pub(super) fn role_name(role: Role) -> String {
    role.label()
}

/// Filters on what was typed (ignoring upper and lower case), keeping the
/// options' own order; the option at `always` ("a new case…") stays.
pub(super) fn filter_keeping(always: usize) -> impl Fn(&str, &String, &str, usize) -> Option<i64> {
    filter_also_on(always, Vec::new())
}

/// [`filter_keeping`], where option `i` also matches on `also[i]` (a
/// reason's code, so `laughed` finds "Went along with the joke").
pub(super) fn filter_also_on(
    always: usize,
    also: Vec<String>,
) -> impl Fn(&str, &String, &str, usize) -> Option<i64> {
    move |typed, _, option, index| {
        let typed = typed.trim().to_lowercase();
        let hit = index == always
            || option.to_lowercase().contains(&typed)
            || also.get(index).is_some_and(|a| a.contains(&typed));
        hit.then_some(-(index as i64))
    }
}

/// The picked options, or `nothing` when none was picked.
pub(super) fn list_or<T: std::fmt::Display>(picked: &[ListOption<&T>], nothing: &str) -> String {
    if picked.is_empty() {
        return nothing.to_string();
    }
    picked
        .iter()
        .map(|p| p.value.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` in lines that start with `indent` and fit the terminal's width.
pub(super) fn indented(text: &str, indent: &str) -> Vec<String> {
    let width = terminal_size::terminal_size_of(std::io::stderr())
        .map_or(usize::MAX, |(w, _)| usize::from(w.0).max(40));
    super::super::term::wrap(text, width - 1, indent, indent)
}

/// A line for the user beside the prompts (on stderr, like them).
pub(super) fn tell(text: &str) -> Result<()> {
    let mut stderr = anstream::stderr().lock();
    writeln!(stderr, "{text}").with_context(|| t!("io-terminal"))
}

/// Esc and Ctrl-C stop the walk-through; nothing has been written then.
pub(super) trait Answered<T> {
    fn answered(self) -> Result<T>;
}

impl<T> Answered<T> for Result<T, InquireError> {
    fn answered(self) -> Result<T> {
        super::super::term::answered(self, || t!("io-prompt"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_keeps_the_new_option_and_the_order() {
        let f = filter_keeping(2);
        let name = String::new();
        assert_eq!(f("jo", &name, "John", 0), Some(0));
        assert_eq!(f("jo", &name, "Anna", 1), None);
        assert_eq!(f("jo", &name, "a new case…", 2), Some(-2));
        let f = filter_also_on(1, vec!["laughed-along".into()]);
        assert_eq!(f("laughed", &name, "Went along with the joke", 0), Some(0));
    }
}
