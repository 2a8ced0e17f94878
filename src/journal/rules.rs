//! The journal's rules: how names, codes and flags become changes, and what
//! is refused. Each function works inside the caller's transaction.

use anyhow::Result;
use chrono::NaiveDate;

use super::catalogue::known_resistances;
use super::chronology::{self, Conflict};
use super::suggest::suggest;
use super::text::{self, Field};
use super::{Case, Medium, Outcome, Reflection, ReflectionFilter, Role, StallSpec, Step, name_key};
use crate::error::{Error, Name, Who};
use crate::store::{NewCase, ReflectionFields, Tx};

pub use super::catalogue::{
    add_reason, find_reason, find_resistance, reason_code, reason_id, remove_reason,
    resistance_code, retire_reason,
};

/// `name` trimmed, if it is a name the journal takes (see [`text::name`]).
pub(super) fn non_empty(name: &str, what: Name) -> Result<&str, Error> {
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
fn check_texts(input: &ReflectionInput) -> Result<(), Error> {
    if let Some(note) = &input.note {
        text::check_free(note, Field::Note)?;
    }
    if let Some(ask) = &input.ask {
        text::check_free(ask, Field::Question)?;
    }
    Ok(())
}

/// The case called `name` (ignoring upper and lower case).
pub fn find_case(tx: &Tx, name: &str) -> Result<Case> {
    if let Some(case) = tx.case_by_key(&name_key(name))? {
        return Ok(case);
    }
    let names = tx.case_names()?;
    Err(Error::NoCase {
        name: name.to_string(),
        suggestion: suggest(name, names.iter().map(String::as_str)),
    }
    .into())
}

pub fn add_case(
    tx: &Tx,
    name: &str,
    setting: Option<&str>,
    cohabiting: Option<bool>,
    opened_on: NaiveDate,
) -> Result<Case> {
    let name = non_empty(name, Name::Case)?;
    if let Some(existing) = tx.case_by_key(&name_key(name))? {
        return Err(Error::DuplicateCase(existing.name).into());
    }
    let setting = setting.map(str::trim).filter(|s| !s.is_empty());
    if let Some(setting) = setting {
        text::check_line(setting, Field::Setting)?;
    }
    tx.insert_case(&NewCase {
        name,
        setting,
        cohabiting,
        opened_on,
    })
}

/// A date conflict of `case`, as the error that names it.
fn conflict(case: &Case, conflict: Conflict) -> Error {
    Error::DateConflict {
        who: Who::Case(case.name.clone()),
        conflict,
    }
}

/// Changes a case's setting, whether the client lives with a partner, and
/// when it opened (not after its first session nor after it closed).
pub fn update_case(
    tx: &Tx,
    name: &str,
    setting: Option<&str>,
    cohabiting: Option<bool>,
    opened_on: Option<NaiveDate>,
) -> Result<Case> {
    let mut case = find_case(tx, name)?;
    if let Some(on) = opened_on {
        let first = tx.session_span(case.id)?.map(|(first, _)| first);
        chronology::open(on, first, case.closed_on).map_err(|c| conflict(&case, c))?;
        case.opened_on = on;
    }
    if let Some(setting) = setting {
        let setting = setting.trim();
        text::check_line(setting, Field::Setting)?;
        case.setting = (!setting.is_empty()).then(|| setting.to_string());
    }
    if cohabiting.is_some() {
        case.cohabiting = cohabiting;
    }
    tx.update_case(&case)?;
    Ok(case)
}

pub fn close_case(tx: &Tx, name: &str, outcome: Outcome, on: NaiveDate) -> Result<Case> {
    let mut case = find_case(tx, name)?;
    if !case.is_open() {
        return Err(Error::CaseAlreadyClosed(case.name).into());
    }
    // Refused, never moved: a closing date that contradicts the case's
    // opening or its sessions says so (issue 10.3).
    let last = tx.session_span(case.id)?.map(|(_, last)| last);
    chronology::close(case.opened_on, last, on).map_err(|c| conflict(&case, c))?;
    case.closed_on = Some(on);
    case.outcome = Some(outcome);
    tx.update_case(&case)?;
    Ok(case)
}

pub fn reopen_case(tx: &Tx, name: &str) -> Result<Case> {
    let mut case = find_case(tx, name)?;
    if case.is_open() {
        return Err(Error::CaseNotClosed(case.name).into());
    }
    case.closed_on = None;
    case.outcome = None;
    tx.update_case(&case)?;
    Ok(case)
}

pub fn rename_case(tx: &Tx, old: &str, new: &str) -> Result<Case> {
    let mut case = find_case(tx, old)?;
    let new = non_empty(new, Name::Case)?;
    if let Some(existing) = tx.case_by_key(&name_key(new))?
        && existing.id != case.id
    {
        return Err(Error::DuplicateCase(existing.name).into());
    }
    case.name = new.to_string();
    tx.update_case(&case)?;
    Ok(case)
}

pub fn add_other(tx: &Tx, case_name: &str, name: &str, role: Role) -> Result<(Case, i64)> {
    let case = find_case(tx, case_name)?;
    let name = non_empty(name, Name::Other)?;
    let key = name_key(name);
    if let Some(existing) = tx
        .others(case.id)?
        .into_iter()
        .find(|o| name_key(&o.name) == key)
    {
        return Err(Error::DuplicateOther {
            case: case.name,
            name: existing.name,
        }
        .into());
    }
    let id = tx.insert_other(case.id, name, role)?;
    Ok((case, id))
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
    /// `Some("")` removes the question.
    pub ask: Option<String>,
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
            && self.ask.is_none()
    }
}

/// Records a reflection on a session of an open case; returns its id.
pub fn add_reflection(
    tx: &Tx,
    case_name: &str,
    input: &ReflectionInput,
    today: NaiveDate,
) -> Result<i64> {
    check_texts(input)?;
    let case = find_case(tx, case_name)?;
    if !case.is_open() {
        return Err(Error::CaseClosed(case.name).into());
    }
    let date = input.date.unwrap_or(today);
    chronology::session(date, case.opened_on, case.closed_on).map_err(|c| conflict(&case, c))?;
    let fields = ReflectionFields {
        case_id: case.id,
        date,
        medium: input.medium.unwrap_or(Medium::InPerson),
        completed: input.completed.unwrap_or(false),
        note: input.note.as_deref().map(str::trim).unwrap_or(""),
    };
    // Resolve everything before the first write, so an error writes nothing
    // even before the transaction is rolled back.
    let children = resolve_children(tx, &case, input)?;
    let id = tx.insert_reflection(&fields)?;
    children.write(tx, id)?;
    Ok(id)
}

/// Replaces what `input` gives in reflection `id`; keeps the rest.
pub fn edit_reflection(tx: &Tx, id: i64, input: &ReflectionInput) -> Result<Reflection> {
    if input.is_empty() {
        return Err(Error::NothingToEdit.into());
    }
    check_texts(input)?;
    let current = tx.reflection(id)?.ok_or(Error::NoReflection(id))?;
    let case = find_case(tx, &current.case)?;
    if let Some(date) = input.date {
        chronology::session(date, case.opened_on, case.closed_on)
            .map_err(|c| conflict(&case, c))?;
    }
    let fields = ReflectionFields {
        case_id: case.id,
        date: input.date.unwrap_or(current.date),
        medium: input.medium.unwrap_or(current.medium),
        completed: input.completed.unwrap_or(current.completed),
        note: input
            .note
            .as_deref()
            .map(str::trim)
            .unwrap_or(&current.note),
    };
    let children = resolve_children(tx, &case, input)?;
    tx.update_reflection(id, &fields)?;
    children.write(tx, id)?;
    Ok(tx.reflection(id)?.expect("the reflection was just updated"))
}

/// A reflection's children with names and codes resolved to ids.
struct Children {
    present: Option<Vec<i64>>,
    resistance: Option<Vec<String>>,
    stalls: Option<Vec<(Step, i64)>>,
    ask: Option<Option<String>>,
}

impl Children {
    fn write(&self, tx: &Tx, id: i64) -> Result<()> {
        if let Some(present) = &self.present {
            tx.set_presence(id, present)?;
        }
        if let Some(resistance) = &self.resistance {
            tx.set_resistance(id, resistance)?;
        }
        if let Some(stalls) = &self.stalls {
            tx.set_stalls(id, stalls)?;
        }
        if let Some(ask) = &self.ask {
            tx.set_question(id, ask.as_deref())?;
        }
        Ok(())
    }
}

fn resolve_children(tx: &Tx, case: &Case, input: &ReflectionInput) -> Result<Children> {
    let present = match &input.with {
        None => None,
        Some(names) => {
            let others = tx.others(case.id)?;
            let mut ids = Vec::new();
            for name in names {
                let key = name_key(name);
                let other = others
                    .iter()
                    .find(|o| name_key(&o.name) == key)
                    .ok_or_else(|| Error::NoOther {
                        case: case.name.clone(),
                        name: name.trim().to_string(),
                        suggestion: suggest(name, others.iter().map(|o| o.name.as_str())),
                    })?;
                ids.push(other.id);
            }
            Some(ids)
        }
    };
    let resistance = match &input.resistance {
        None => None,
        Some(codes) => {
            let known = known_resistances(tx)?;
            let mut resolved = Vec::new();
            for typed in codes {
                resolved.push(resistance_code(typed, &known)?);
            }
            Some(resolved)
        }
    };
    let stalls = match &input.stalls {
        None => None,
        Some(specs) => {
            let mut pairs = Vec::new();
            for spec in specs {
                for code in &spec.reasons {
                    pairs.push((spec.step, reason_id(tx, code)?));
                }
            }
            Some(pairs)
        }
    };
    let ask = input.ask.as_ref().map(|text| {
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_string())
    });
    Ok(Children {
        present,
        resistance,
        stalls,
        ask,
    })
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

/// Calls `each` with the matching reflections, newest first, one at a time;
/// returns whether there are more than the limit.
pub fn list(
    tx: &Tx,
    query: &ListQuery,
    mut each: impl FnMut(Reflection) -> Result<()>,
) -> Result<bool> {
    let filter = ReflectionFilter {
        case_id: query
            .case
            .as_deref()
            .map(|name| find_case(tx, name).map(|c| c.id))
            .transpose()?,
        step: query.step,
        reason_id: query.why.as_deref().map(|c| reason_id(tx, c)).transpose()?,
        since: query.since,
        until: query.until,
        // One more than asked tells whether there are more, without counting all.
        limit: query.limit.map(|l| l + 1),
    };
    let mut seen = 0u64;
    tx.each_reflection(&filter, |r| {
        seen += 1;
        if query.limit.is_none_or(|l| seen <= l) {
            each(r)?;
        }
        Ok(())
    })?;
    Ok(query.limit.is_some_and(|l| seen > l))
}
