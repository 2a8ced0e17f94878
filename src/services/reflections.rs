//! Reflections: adding, editing, listing and deleting the notes on a session.
//! The functions taking a `Tx` work inside the caller's transaction (the
//! demo and the guided walk build on them); the others are the use cases,
//! each one transaction.

use anyhow::Result;
use chrono::NaiveDate;

use super::Journal;
use super::cases::{add_case, add_other_on, find_case, find_own_case};
use super::catalogue::{add_reason, known_resistances, reason_id};
use crate::error::{Error, Theirs};
use crate::journal::catalogue::resistance_code;
use crate::journal::rules::{ListQuery, ReflectionInput, check_texts, conflict};
use crate::journal::suggest::suggest;
use crate::journal::walk::{Draft, Known};
use crate::journal::{
    Case, Medium, OtherId, Reason, ReasonId, Reflection, ReflectionFilter, ReflectionId, Step,
    chronology, name_key, practitioner,
};
use crate::store::{Owned, ReflectionFields, Tx};

/// The reflection with `id` if it is one's own, to delete: another
/// member's pooled one is theirs ([`practitioner::mine`]).
pub fn deletable(journal: &mut Journal, id: ReflectionId) -> Result<Reflection> {
    journal.read(|tx| {
        let reflection = tx.reflection(id)?.ok_or(Error::NoReflection(id))?;
        mine(tx, id, &reflection.case)?;
        Ok(reflection)
    })
}

/// Refuses reflection `id` of case `case` (its label) if it is another
/// member's.
fn mine(tx: &Tx, id: ReflectionId, case: &str) -> Result<()> {
    let code = tx.practitioner_of(Owned::Reflection(id))?;
    Ok(practitioner::mine(code.as_deref(), || {
        Theirs::Reflection {
            id,
            case: case.to_string(),
        }
    })?)
}

/// Deletes reflection `id` (one step for `spiegel undo`).
pub fn delete(journal: &mut Journal, id: ReflectionId) -> Result<()> {
    journal.write(|tx| {
        if let Some(reflection) = tx.reflection(id)? {
            mine(tx, id, &reflection.case)?;
        }
        if !tx.delete_reflection(id)? {
            return Err(Error::NoReflection(id).into());
        }
        Ok(())
    })
}

/// Records a reflection on a session of an open case; returns its id.
pub fn add_reflection(
    tx: &Tx,
    case_name: &str,
    input: &ReflectionInput,
    today: NaiveDate,
) -> Result<ReflectionId> {
    check_texts(input)?;
    let case = find_own_case(tx, case_name)?;
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
        went_well: input.went_well.as_deref().map(str::trim).unwrap_or(""),
    };
    // Resolve everything before the first write, so an error writes nothing
    // even before the transaction is rolled back.
    let children = resolve_children(tx, &case, input)?;
    let id = tx.insert_reflection(&fields)?;
    children.write(tx, id)?;
    Ok(id)
}

/// Replaces what `input` gives in reflection `id`; keeps the rest.
pub fn edit_reflection(tx: &Tx, id: ReflectionId, input: &ReflectionInput) -> Result<Reflection> {
    if input.is_empty() {
        return Err(Error::NothingToEdit.into());
    }
    check_texts(input)?;
    let current = tx.reflection(id)?.ok_or(Error::NoReflection(id))?;
    mine(tx, id, &current.case)?;
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
        went_well: input
            .went_well
            .as_deref()
            .map(str::trim)
            .unwrap_or(&current.went_well),
    };
    let children = resolve_children(tx, &case, input)?;
    tx.update_reflection(id, &fields)?;
    children.write(tx, id)?;
    Ok(tx.reflection(id)?.expect("the reflection was just updated"))
}

/// A reflection's children with names and codes resolved to ids.
struct Children {
    present: Option<Vec<OtherId>>,
    resistance: Option<Vec<String>>,
    stalls: Option<Vec<(Step, ReasonId)>>,
    ask: Option<Option<String>>,
    for_group: Option<bool>,
}

impl Children {
    fn write(&self, tx: &Tx, id: ReflectionId) -> Result<()> {
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
            tx.set_question(id, ask.as_deref(), self.for_group)?;
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
        for_group: input.for_group,
    })
}

/// Calls `each` with the matching reflections, newest first, one at a time;
/// returns whether there are more than the limit.
fn list_in(
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

/// `spiegel add`: records a reflection on a session of an open case; the
/// reflection as saved.
pub fn add(
    journal: &mut Journal,
    case_name: &str,
    input: &ReflectionInput,
    today: NaiveDate,
) -> Result<Reflection> {
    journal.write(|tx| {
        let id = add_reflection(tx, case_name, input, today)?;
        Ok(tx.reflection(id)?.expect("the reflection was just added"))
    })
}

/// `spiegel edit`: replaces what `input` gives in reflection `id`.
pub fn edit(
    journal: &mut Journal,
    id: ReflectionId,
    input: &ReflectionInput,
) -> Result<Reflection> {
    journal.write(|tx| edit_reflection(tx, id, input))
}

/// `spiegel list`: calls `each` with the matching reflections, newest
/// first, one at a time; returns whether there are more than the limit.
pub fn list(
    journal: &mut Journal,
    query: &ListQuery,
    each: impl FnMut(Reflection) -> Result<()>,
) -> Result<bool> {
    journal.read(|tx| list_in(tx, query, each))
}

/// Every reason's code with its English and Dutch labels.
pub type Labels = Vec<(String, String, String)>;

/// As [`list`], for a table: every reason's labels with each reflection,
/// read in the same transaction.
pub fn list_labelled(
    journal: &mut Journal,
    query: &ListQuery,
    mut each: impl FnMut(&Labels, Reflection) -> Result<()>,
) -> Result<bool> {
    journal.read(|tx| {
        let labels = tx.reason_labels()?;
        list_in(tx, query, |r| each(&labels, r))
    })
}

/// Reflection `id` with every reason's code and labels, for `spiegel show`.
pub fn shown(journal: &mut Journal, id: ReflectionId) -> Result<(Reflection, Labels)> {
    journal.read(|tx| {
        let reflection = tx.reflection(id)?.ok_or(Error::NoReflection(id))?;
        Ok((reflection, tx.reason_labels()?))
    })
}

/// What the editor's form of a reflection offers.
pub struct Editing {
    pub current: Reflection,
    /// The names of the case's significant others.
    pub others: Vec<String>,
    pub reasons: Vec<Reason>,
    /// The codes of the resistance reactions.
    pub resistances: Vec<String>,
}

/// Reflection `id` and what its form offers, for `spiegel edit` without flags.
pub fn editing(journal: &mut Journal, id: ReflectionId) -> Result<Editing> {
    journal.read(|tx| {
        let current = tx.reflection(id)?.ok_or(Error::NoReflection(id))?;
        mine(tx, id, &current.case)?;
        let case = find_case(tx, &current.case)?;
        Ok(Editing {
            others: tx.others(case.id)?.into_iter().map(|o| o.name).collect(),
            reasons: tx.reasons()?,
            resistances: tx.resistances()?.into_iter().map(|r| r.code).collect(),
            current,
        })
    })
}

/// What the journal holds that the guided reflection's prompts offer.
pub fn offers(journal: &mut Journal) -> Result<Known> {
    journal.read(|tx| {
        Ok(Known {
            // One's own: another member's pooled cases are theirs.
            open_cases: tx
                .case_summaries(false)?
                .into_iter()
                .filter(|c| c.case.practitioner.is_none())
                .collect(),
            case_names: tx.case_names()?,
            steps: tx.steps()?,
            reasons: tx.reasons()?,
            resistances: tx.resistances()?,
            in_group: tx.pooled()?.cases > 0,
        })
    })
}

/// Writes the case, others and reasons the guided reflection created, and
/// the reflection, through the journal's rules in one transaction; returns
/// the reflection's id.
pub fn add_walked(journal: &mut Journal, draft: &Draft, today: NaiveDate) -> Result<ReflectionId> {
    journal.write(|tx| {
        if let Some(new) = &draft.new_case {
            // The case starts with the session it is opened for.
            add_case(
                tx,
                &draft.case,
                new.setting.as_deref(),
                new.cohabiting,
                draft.date,
            )?;
        }
        for (name, role) in &draft.new_others {
            // Named in the session the walk reflects on.
            add_other_on(tx, &draft.case, name, *role, Some((draft.date, today)))?;
        }
        for r in &draft.new_reasons {
            add_reason(tx, &r.code, r.side, &r.label_en, &r.label_nl, &[])?;
        }
        let id = add_reflection(tx, &draft.case, &draft.input(), today)?;
        for i in &draft.invitations {
            let invite = super::step0::Invite {
                date: Some(draft.date),
                by: Some(i.by),
                medium: i.medium,
                answer: Some(i.answer),
                resistance: i.resistance.clone(),
                note: None,
            };
            super::step0::invite_other(tx, &draft.case, &i.name, &invite, today)?;
        }
        Ok(id)
    })
}
