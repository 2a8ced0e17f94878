//! The journal's rules on what a command is given: names that are names,
//! texts the journal takes, dates that fit the case. Pure: the use cases in
//! `crate::services` apply them inside their transaction.

use super::chronology::Conflict;
use super::text::{self, Field};
use super::{Case, Medium, StallSpec, Step};
use crate::error::{Error, Name, Who};
use chrono::NaiveDate;

pub use super::catalogue::{reason_code, resistance_code};

/// `name` trimmed, if it is a name the journal takes (see [`text::name`]).
pub fn non_empty(name: &str, what: Name) -> Result<&str, Error> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::EmptyName { what });
    }
    let field = match what {
        Name::Case => Field::Case,
        Name::Other => Field::Other,
        Name::LabelEn => Field::LabelEn,
        Name::LabelNl => Field::LabelNl,
    };
    text::check_name(name, field)?;
    Ok(name)
}

/// The free texts of a reflection, checked before anything is written.
pub fn check_texts(input: &ReflectionInput) -> Result<(), Error> {
    if let Some(note) = &input.note {
        text::check_free(note, Field::Note)?;
    }
    if let Some(went_well) = &input.went_well {
        text::check_free(went_well, Field::WentWell)?;
    }
    if let Some(ask) = &input.ask {
        text::check_free(ask, Field::Question)?;
    }
    Ok(())
}

/// A date conflict of `case`, as the error that names it.
pub fn conflict(case: &Case, conflict: Conflict) -> Error {
    Error::DateConflict {
        who: Who::Case(case.name.clone()),
        conflict,
    }
}

/// What `add` and `edit` were given. For `edit`, `None` means "keep".
#[derive(Debug, Default, Clone)]
pub struct ReflectionInput {
    pub date: Option<NaiveDate>,
    pub with: Option<Vec<String>>,
    pub medium: Option<Medium>,
    pub resistance: Option<Vec<String>>,
    pub stalls: Option<Vec<StallSpec>>,
    pub completed: Option<bool>,
    pub note: Option<String>,
    /// What went well; `Some("")` clears it.
    pub went_well: Option<String>,
    /// `Some("")` removes the question.
    pub ask: Option<String>,
    /// Whether the question is asked of the peer-supervision group
    /// (`--for-group`); `None` keeps the mark.
    pub for_group: Option<bool>,
}

impl ReflectionInput {
    pub fn is_empty(&self) -> bool {
        self.date.is_none()
            && self.with.is_none()
            && self.medium.is_none()
            && self.resistance.is_none()
            && self.stalls.is_none()
            && self.completed.is_none()
            && self.note.is_none()
            && self.went_well.is_none()
            && self.ask.is_none()
            && self.for_group.is_none()
    }
}

/// `spiegel list`'s selection, with names and codes still as typed.
#[derive(Debug, Default)]
pub struct ListQuery {
    pub case: Option<String>,
    pub step: Option<Step>,
    pub why: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub limit: Option<u64>,
}
