//! Why an import file is refused: a typed value the command line words.

use std::fmt;

use crate::journal::chronology::Conflict;
use crate::journal::text;

/// Why a file cannot be imported: the line or the field, and what is wrong
/// (the command line words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Not JSON, or cut short: serde_json's own words (they name the line).
    NotJson(String),
    /// JSON of another shape (a key twice, unknown or missing, a value of
    /// the wrong type): serde_json's own words.
    Shape(String),
    /// A field, by its path (`cases[0].name`), and what is wrong with it.
    Field { at: String, problem: Problem },
}

/// What is wrong with a field of an import file. A value is held as the
/// message shows it: quoted (Rust's `{:?}`) where the file has it quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The format is not [`super::FORMAT`].
    NotFormat,
    /// A version other than [`super::VERSION`].
    NewerFormat(u64),
    NoVersion,
    NotUuid(String),
    Twice(String),
    NotTimestamp(String),
    NotDate(String),
    TooEarly(String),
    Future(String),
    UpdatedBeforeCreated {
        updated: String,
        created: String,
    },
    /// A date that contradicts another (see [`crate::journal::chronology`]).
    Dates(Conflict),
    UnknownCode(String),
    /// A practitioner code that is not 1-8 capitals or digits (quoted).
    BadPractitioner(String),
    /// A name that is empty or has blanks around it.
    BadName,
    /// A text the journal does not take (see [`text`]).
    Text(text::Problem),
    /// A built-in reason whose code, side or label the file changes.
    BuiltinChanged {
        code: &'static str,
        value: String,
    },
    Empty,
    NoStep(u8),
    ClosedCase,
    NotAnOther(String),
    StallWithoutReason,
    UnknownReason(String),
    AnswerDate,
}

pub(super) fn invalid(field: impl fmt::Display, problem: Problem) -> Invalid {
    Invalid::Field {
        at: field.to_string(),
        problem,
    }
}
