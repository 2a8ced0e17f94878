//! The terminal: whether there is one, asking on it (one prompt library,
//! `inquire`), `-` for standard input, and fitting text to a width.

use std::io::{IsTerminal, Read};

use anyhow::{Context, Result};
use inquire::InquireError;
use inquire::PasswordDisplayMode;

use crate::error::Error;
use crate::journal::text::{Field, MAX_TEXT_BYTES, Problem};
use crate::t;

/// Whether standard input is a terminal.
pub fn stdin_is_terminal() -> bool {
    std::io::stdin().is_terminal()
}

/// Whether standard output is a terminal.
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// Whether standard error is a terminal.
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}

/// Whether there is someone to ask: prompts read the terminal and draw on
/// stderr.
pub fn can_ask() -> bool {
    stdin_is_terminal() && stderr_is_terminal()
}

/// The answer to a prompt: Esc and Ctrl-C stop the command
/// ([`Error::Stopped`]: nothing was written); any other failure to ask is
/// worded by `context`.
pub fn answered<T>(answer: Result<T, InquireError>, context: impl FnOnce() -> String) -> Result<T> {
    answer.map_err(|e| match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            Error::Stopped.into()
        }
        other => anyhow::Error::new(other).context(context()),
    })
}

/// What a passphrase shows once it is typed.
const HIDDEN: &str = "[hidden]";

/// A passphrase typed at `prompt`, not echoed; asked again while empty.
pub fn password(prompt: &str) -> Result<String, InquireError> {
    loop {
        let typed = inquire::Password::new(prompt)
            .without_confirmation()
            .with_display_mode(PasswordDisplayMode::Hidden)
            .with_formatter(&|_| HIDDEN.to_string())
            .prompt()?;
        if !typed.is_empty() {
            return Ok(typed);
        }
    }
}

/// A new passphrase typed at `prompt` and again at `confirm`, not echoed;
/// asked again while empty or while the two differ (saying `mismatch`).
pub fn new_password(prompt: &str, confirm: &str, mismatch: &str) -> Result<String, InquireError> {
    loop {
        let typed = inquire::Password::new(prompt)
            .with_custom_confirmation_message(confirm)
            .with_custom_confirmation_error_message(mismatch)
            .with_display_mode(PasswordDisplayMode::Hidden)
            .with_formatter(&|_| HIDDEN.to_string())
            .prompt()?;
        if !typed.is_empty() {
            return Ok(typed);
        }
    }
}

/// A line typed at `prompt` (empty allowed).
pub fn text(prompt: &str) -> Result<String, InquireError> {
    inquire::Text::new(prompt).prompt()
}

/// `-` means: read the text from standard input; more than a text may
/// hold is refused without holding it.
pub fn stdin_if_dash(text: String, field: Field) -> Result<String> {
    if text != "-" {
        return Ok(text);
    }
    let mut stdin = std::io::stdin().lock();
    let mut buf = Vec::new();
    (&mut stdin)
        .take(MAX_TEXT_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .with_context(|| t!("io-read-stdin"))?;
    if buf.len() > MAX_TEXT_BYTES {
        // Say how much it was, reading the rest without keeping it.
        let rest = std::io::copy(&mut stdin, &mut std::io::sink()).unwrap_or(0);
        let problem = Problem::TooLong(buf.len() + rest as usize);
        return Err(Error::BadText { field, problem }.into());
    }
    String::from_utf8(buf)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
        .with_context(|| t!("io-read-stdin"))
}

/// `text` cut at blanks into lines of at most `width` characters; the
/// first line starts with `first`, the others with `rest`.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = vec![first.to_string()];
    let mut fresh = true;
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("there is a line");
        if !fresh && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(format!("{rest}{word}"));
        } else {
            if !fresh {
                line.push(' ');
            }
            line.push_str(word);
        }
        fresh = false;
    }
    lines
}

/// "yes" or "no", in the current language.
pub fn yes_no(value: bool) -> String {
    if value { t!("yes") } else { t!("no") }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_cuts_at_blanks_and_indents_the_rest() {
        assert_eq!(wrap("", 10, "", "    "), [""]);
        assert_eq!(
            wrap("aaa bbb ccc ddd", 8, "", "    "),
            ["aaa bbb", "    ccc", "    ddd"]
        );
        assert_eq!(wrap("aaa bbb ccc", 9, "  ", "  "), ["  aaa bbb", "  ccc"]);
        assert_eq!(wrap("toolongword x", 4, "", ""), ["toolongword", "x"]);
    }
}
