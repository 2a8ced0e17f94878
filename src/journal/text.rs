//! What text the journal takes, the same at every door (flags, stdin, the
//! editor's form, the guided reflection, import), and how text is shown on
//! a terminal.
//!
//! * Free text (notes, questions, answers, goals) may hold any character
//!   but the control characters: tab, new line and carriage return are
//!   kept as written (a note saved on Windows keeps its CRLF line ends,
//!   byte for byte); NUL, escape and the other C0 controls and DEL are
//!   refused. At most [`MAX_TEXT_BYTES`].
//! * Names (cases, significant others, reasons' labels) and one-line fields
//!   (a case's setting, a meeting's participants) refuse every control
//!   character (C0, DEL, C1) and the bidirectional overrides and isolates
//!   (U+202A–U+202E, U+2066–U+2069), which could make a list show what it
//!   does not hold. A name must show something: one of only blanks and
//!   zero-width characters is refused. At most [`MAX_NAME_CHARS`].
//! * On a terminal, escape sequences in text are shown, not obeyed (see
//!   [`visible`]); files, pipes and `--json` get the exact bytes.

use std::borrow::Cow;

use crate::error::Error;

/// The most a free-text field may hold, in bytes of UTF-8: 1 MB, some
/// 150 000 words. Imports refuse a longer text while reading it, so that a
/// huge file cannot fill the memory.
pub const MAX_TEXT_BYTES: usize = 1_000_000;

/// The most characters a name or one-line field may have.
pub const MAX_NAME_CHARS: usize = 200;

/// Which text a user gave, to name it in an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Case,
    Other,
    LabelEn,
    LabelNl,
    Setting,
    Note,
    WentWell,
    Question,
    Answer,
    Goal,
    With,
    InvitationNote,
}

impl Field {
    /// The field's code, as the messages name it ("note"); the command line
    /// words it ("the note").
    pub fn code(self) -> &'static str {
        match self {
            Field::Case => "case",
            Field::Other => "other",
            Field::LabelEn => "label-en",
            Field::LabelNl => "label-nl",
            Field::Setting => "setting",
            Field::Note => "note",
            Field::WentWell => "went-well",
            Field::Question => "question",
            Field::Answer => "answer",
            Field::Goal => "goal",
            Field::With => "with",
            Field::InvitationNote => "invitation-note",
        }
    }
}

/// What is wrong with a text; shown after the field it is about (the
/// command line words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A control character in a free text (which takes tab and new line).
    Control(char),
    /// A control character in a name or another one-line field (which
    /// takes none, not even tab or new line).
    ControlInLine(char),
    /// A bidirectional override or isolate in a name.
    Direction(char),
    /// Longer than [`MAX_TEXT_BYTES`]; how long, in bytes (at least).
    TooLong(usize),
    /// A name longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// A name of only blanks and zero-width characters.
    Invisible,
}

impl std::error::Error for Problem {}

/// Whether free text may hold `c`.
fn free_char(c: char) -> bool {
    !c.is_ascii_control() || matches!(c, '\t' | '\n' | '\r')
}

/// Whether `c` is a bidirectional override or isolate.
fn direction(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` shows nothing: blanks and zero-width or filler characters.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
        )
}

/// Checks a free text: no control characters but tab, new line and
/// carriage return; at most [`MAX_TEXT_BYTES`].
pub fn free(text: &str) -> Result<(), Problem> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Problem::TooLong(text.len()));
    }
    match text.chars().find(|c| !free_char(*c)) {
        Some(c) => Err(Problem::Control(c)),
        None => Ok(()),
    }
}

/// Checks a one-line field (a setting, a meeting's participants): no
/// control or text-direction characters; at most [`MAX_NAME_CHARS`].
pub fn line(text: &str) -> Result<(), Problem> {
    for c in text.chars() {
        if c.is_control() {
            return Err(Problem::ControlInLine(c));
        }
        if direction(c) {
            return Err(Problem::Direction(c));
        }
    }
    if text.chars().nth(MAX_NAME_CHARS).is_some() {
        return Err(Problem::NameTooLong);
    }
    Ok(())
}

/// Checks a name: a [`line`] that shows something. (Whether it is empty
/// is the caller's check: that has its own message.)
pub fn name(text: &str) -> Result<(), Problem> {
    line(text)?;
    if !text.is_empty() && text.chars().all(invisible) {
        return Err(Problem::Invisible);
    }
    Ok(())
}

/// [`free`], as the error a user sees.
pub fn check_free(text: &str, field: Field) -> Result<(), Error> {
    free(text).map_err(|problem| Error::BadText { field, problem })
}

/// [`line`], as the error a user sees.
pub fn check_line(text: &str, field: Field) -> Result<(), Error> {
    line(text).map_err(|problem| Error::BadText { field, problem })
}

/// [`name`], as the error a user sees.
pub fn check_name(text: &str, field: Field) -> Result<(), Error> {
    name(text).map_err(|problem| Error::BadText { field, problem })
}

/// `text` as it may go to a terminal: escape, the other control characters
/// but tab and new line (and a carriage return before a new line), and the
/// C1 controls are shown as `\u{1b}`, not obeyed. Unchanged text is not
/// copied.
pub fn visible(text: &str) -> Cow<'_, str> {
    let shown = |c: char, next: Option<char>| match c {
        '\t' | '\n' => true,
        '\r' => next == Some('\n'),
        c => !c.is_control(),
    };
    let mut chars = text.chars().peekable();
    let mut clean = true;
    while let Some(c) = chars.next() {
        if !shown(c, chars.peek().copied()) {
            clean = false;
            break;
        }
    }
    if clean {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if shown(c, chars.peek().copied()) {
            out.push(c);
        } else {
            out.push_str(&c.escape_unicode().to_string());
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_keeps_tabs_and_line_ends_only() {
        assert_eq!(free("a\tb\r\nc\n"), Ok(()));
        assert_eq!(free("before\0after"), Err(Problem::Control('\0')));
        assert_eq!(free("\u{1b}[31m"), Err(Problem::Control('\u{1b}')));
        assert_eq!(free("\u{7f}"), Err(Problem::Control('\u{7f}')));
        assert_eq!(free("Cliënt — ‘quoted’ \u{202E}"), Ok(()));
        let long = "x".repeat(MAX_TEXT_BYTES + 1);
        assert_eq!(free(&long), Err(Problem::TooLong(MAX_TEXT_BYTES + 1)));
        assert_eq!(free(&long[1..]), Ok(()));
    }

    #[test]
    fn names_refuse_controls_direction_marks_and_invisibility() {
        assert_eq!(name("Anne-Marie O'Neil"), Ok(()));
        assert_eq!(name("Bob\nDrop"), Err(Problem::ControlInLine('\n')));
        assert_eq!(name("Bob\tDrop"), Err(Problem::ControlInLine('\t')));
        assert_eq!(name("x\u{85}"), Err(Problem::ControlInLine('\u{85}')));
        assert_eq!(name("abc\u{202E}fed"), Err(Problem::Direction('\u{202E}')));
        assert_eq!(name("a\u{2066}b"), Err(Problem::Direction('\u{2066}')));
        assert_eq!(name("\u{200B}\u{200B}"), Err(Problem::Invisible));
        assert_eq!(name("\u{3000}\u{FEFF}"), Err(Problem::Invisible));
        assert_eq!(name("Zoë\u{200D}"), Ok(()));
        assert_eq!(name(&"n".repeat(MAX_NAME_CHARS)), Ok(()));
        assert_eq!(
            name(&"n".repeat(MAX_NAME_CHARS + 1)),
            Err(Problem::NameTooLong)
        );
    }

    #[test]
    fn a_terminal_sees_escapes_not_their_effect() {
        assert!(matches!(visible("plain\ttext\r\n"), Cow::Borrowed(_)));
        assert_eq!(visible("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(visible("over\rwrite"), "over\\u{d}write");
        assert_eq!(visible("c1\u{9b}31m"), "c1\\u{9b}31m");
    }
}
