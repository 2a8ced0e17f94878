//! The note: in the user's editor if they chose one, else on one line; and
//! what went well, on one line.

use anyhow::Result;
use inquire::Text;

use super::super::editor;
use super::prompt::{Answered, rule, tell};
use crate::journal::text::{self, Field};
use crate::t;

/// The note in the user's editor if they chose one, else on one line here.
pub(super) fn ask_note(editor: Option<&str>) -> Result<String> {
    let Some(editor) = editor else {
        let note = Text::new(&t!("guided-note"))
            .with_help_message(&t!("guided-note-help"))
            .with_validator(rule(text::check_free, Field::Note))
            .prompt()
            .answered()?;
        return Ok(note.trim().to_string());
    };
    tell(&t!("guided-note-in-editor", editor = editor))?;
    let mut template: String = t!("guided-note-template")
        .lines()
        .map(|l| format!("# {l}\n"))
        .collect();
    template.push('\n');
    // A note the journal does not take comes back with why, until it does.
    loop {
        let saved = editor::edit(editor, &template, "note.txt")?;
        let note = without_comments(&saved);
        match text::check_free(&note, Field::Note) {
            Ok(()) => return Ok(note),
            Err(e) => {
                let problem = format!("# {e}\n");
                let kept = saved.strip_prefix(&problem).unwrap_or(&saved);
                template = format!("{problem}{kept}");
            }
        }
    }
}

/// What went well, on one line; Enter skips it.
pub(super) fn ask_went_well() -> Result<String> {
    let went_well = Text::new(&t!("guided-went-well"))
        .with_help_message(&t!("guided-went-well-help"))
        .with_validator(rule(text::check_free, Field::WentWell))
        .prompt()
        .answered()?;
    Ok(went_well.trim().to_string())
}

/// The note without the lines starting with '#', trimmed.
fn without_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_left_out_of_the_note() {
        assert_eq!(
            without_comments("# what happened?\n\nJohn joked.\n  # no\nI laughed.\n"),
            "John joked.\nI laughed."
        );
    }
}
