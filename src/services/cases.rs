//! Cases and their significant others: starting, changing, closing,
//! reopening, renaming and forgetting a case, and adding the people around
//! the client. The `*_case` functions work inside the caller's transaction
//! (the demo and the guided walk build on them); the others are the use
//! cases, each one transaction.

use anyhow::Result;
use chrono::NaiveDate;

use super::Journal;
use crate::error::{Error, Name, Theirs};
use crate::journal::rules::{conflict, non_empty};
use crate::journal::suggest::suggest;
use crate::journal::text::{self, Field};
use crate::journal::{
    Case, CaseDetail, CaseSummary, Other, OtherId, Outcome, Role, chronology, name_key,
    practitioner,
};
use crate::store::{NewCase, Tx};

/// [`detail`] with every reason's code and labels, for the timeline's
/// table.
pub fn detail_labelled(
    journal: &mut Journal,
    name: &str,
) -> Result<(CaseDetail, super::reflections::Labels)> {
    journal.read(|tx| Ok((detail_in(tx, name)?, tx.reason_labels()?)))
}

/// The case called `name` (ignoring upper and lower case): one's own, or
/// a pooled one named with its practitioner's code (`P3·C01`, `P3:C01`).
pub fn find_case(tx: &Tx, name: &str) -> Result<Case> {
    if let (Some(code), pooled) = practitioner::split_case(name)
        && let Some(case) = tx.case_by_key(Some(&code), &name_key(pooled))?
    {
        return Ok(case);
    }
    if let Some(case) = tx.case_by_key(None, &name_key(name))? {
        return Ok(case);
    }
    let names = tx.case_names()?;
    Err(Error::NoCase {
        name: name.to_string(),
        suggestion: suggest(name, names.iter().map(String::as_str)),
    }
    .into())
}

/// The case called `name` if it is one's own: another member's pooled
/// case is theirs to change ([`practitioner::mine`]).
pub fn find_own_case(tx: &Tx, name: &str) -> Result<Case> {
    let case = find_case(tx, name)?;
    practitioner::mine(case.practitioner.as_deref(), || Theirs::Case(case.label()))?;
    Ok(case)
}

pub fn add_case(
    tx: &Tx,
    name: &str,
    setting: Option<&str>,
    cohabiting: Option<bool>,
    opened_on: NaiveDate,
) -> Result<Case> {
    let name = non_empty(name, Name::Case)?;
    if let Some(existing) = tx.case_by_key(None, &name_key(name))? {
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

/// Changes a case's setting, whether the client lives with a partner, and
/// when it opened (not after its first session nor after it closed).
pub fn update_case(
    tx: &Tx,
    name: &str,
    setting: Option<&str>,
    cohabiting: Option<bool>,
    opened_on: Option<NaiveDate>,
) -> Result<Case> {
    let mut case = find_own_case(tx, name)?;
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
    let mut case = find_own_case(tx, name)?;
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
    let mut case = find_own_case(tx, name)?;
    if case.is_open() {
        return Err(Error::CaseNotClosed(case.name).into());
    }
    case.closed_on = None;
    case.outcome = None;
    tx.update_case(&case)?;
    Ok(case)
}

pub fn rename_case(tx: &Tx, old: &str, new: &str) -> Result<Case> {
    let mut case = find_own_case(tx, old)?;
    let new = non_empty(new, Name::Case)?;
    if let Some(existing) = tx.case_by_key(case.practitioner.as_deref(), &name_key(new))?
        && existing.id != case.id
    {
        return Err(Error::DuplicateCase(existing.label()).into());
    }
    case.name = new.to_string();
    tx.update_case(&case)?;
    Ok(case)
}

pub fn add_other(tx: &Tx, case_name: &str, name: &str, role: Role) -> Result<(Case, OtherId)> {
    add_other_on(tx, case_name, name, role, None)
}

/// Adds a significant other the client named on `named_on` (`None`: not
/// known), see [`crate::journal::step0::check_named`].
pub fn add_other_on(
    tx: &Tx,
    case_name: &str,
    name: &str,
    role: Role,
    named_on: Option<(NaiveDate, NaiveDate)>,
) -> Result<(Case, OtherId)> {
    let case = find_own_case(tx, case_name)?;
    if let Some((on, today)) = named_on {
        crate::journal::step0::check_named(&case, on, today)?;
    }
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
    let id = tx.insert_other(case.id, name, role, named_on.map(|(on, _)| on))?;
    Ok((case, id))
}

/// `spiegel case add`: starts a case.
pub fn add(
    journal: &mut Journal,
    name: &str,
    setting: Option<&str>,
    cohabiting: Option<bool>,
    opened_on: NaiveDate,
) -> Result<Case> {
    journal.write(|tx| add_case(tx, name, setting, cohabiting, opened_on))
}

/// The cases (with `all`, the closed ones too), in the order of `case
/// list`, handed to `each` one at a time as they are read.
pub fn each(
    journal: &mut Journal,
    all: bool,
    each: impl FnMut(CaseSummary) -> Result<()>,
) -> Result<()> {
    journal.read(|tx| tx.each_case_summary(all, each))
}

/// The case called `name` with its significant others and timeline.
pub fn detail(journal: &mut Journal, name: &str) -> Result<CaseDetail> {
    journal.read(|tx| detail_in(tx, name))
}

fn detail_in(tx: &Tx, name: &str) -> Result<CaseDetail> {
    let case = find_case(tx, name)?;
    Ok(CaseDetail {
        others: tx.others(case.id)?,
        timeline: tx.timeline(case.id)?,
        case,
    })
}

/// The case called `name` (ignoring upper and lower case).
pub fn find(journal: &mut Journal, name: &str) -> Result<Case> {
    journal.read(|tx| find_case(tx, name))
}

/// One's own case called `name`, to add to (see [`find_own_case`]).
pub fn find_own(journal: &mut Journal, name: &str) -> Result<Case> {
    journal.read(|tx| find_own_case(tx, name))
}

/// `spiegel case edit`, see [`update_case`].
pub fn update(
    journal: &mut Journal,
    name: &str,
    setting: Option<&str>,
    cohabiting: Option<bool>,
    opened_on: Option<NaiveDate>,
) -> Result<Case> {
    if setting.is_none() && cohabiting.is_none() && opened_on.is_none() {
        return Err(Error::NothingToChangeCase(name.trim().to_string()).into());
    }
    journal.write(|tx| update_case(tx, name, setting, cohabiting, opened_on))
}

/// `spiegel case close`.
pub fn close(journal: &mut Journal, name: &str, outcome: Outcome, on: NaiveDate) -> Result<Case> {
    journal.write(|tx| close_case(tx, name, outcome, on))
}

/// `spiegel case reopen`.
pub fn reopen(journal: &mut Journal, name: &str) -> Result<Case> {
    journal.write(|tx| reopen_case(tx, name))
}

/// `spiegel case rename`: the name it had, and the case as renamed.
pub fn rename(journal: &mut Journal, old: &str, new: &str) -> Result<(String, Case)> {
    journal.write(|tx| {
        let before = find_own_case(tx, old)?.name;
        let case = rename_case(tx, old, new)?;
        Ok((before, case))
    })
}

/// Erases `case` and every trace of it; returns how many reflections went.
/// Refused up front, changing nothing, while another program has the
/// journal open: it could keep the erased text alive in the log. With
/// secure_delete and a truncated write-ahead log, the file holds none of
/// its text afterwards.
pub fn forget(journal: &mut Journal, case: &Case) -> Result<u64> {
    journal.store.take_alone()?;
    let reflections = journal.write(|tx| {
        let uuid = tx.sync_case_uuid(case.id)?;
        let reflections = tx.forget_case(case.id)?;
        // Every device the journal syncs with erases it too.
        tx.sync_forgotten(&uuid)?;
        Ok(reflections)
    })?;
    journal.store.scrub()?;
    Ok(reflections)
}

/// `spiegel other add`: a significant other of the case called
/// `case_name`, named by the client on `named_on` (not after `today`).
pub fn meet_other(
    journal: &mut Journal,
    case_name: &str,
    name: &str,
    role: Role,
    named_on: NaiveDate,
    today: NaiveDate,
) -> Result<Case> {
    journal.write(|tx| Ok(add_other_on(tx, case_name, name, role, Some((named_on, today)))?.0))
}

/// The significant others of the case called `case_name`.
pub fn others(journal: &mut Journal, case_name: &str) -> Result<Vec<Other>> {
    Ok(with_others(journal, case_name)?.1)
}

/// The case called `case_name` and its significant others.
pub fn with_others(journal: &mut Journal, case_name: &str) -> Result<(Case, Vec<Other>)> {
    journal.read(|tx| {
        let case = find_case(tx, case_name)?;
        let others = tx.others(case.id)?;
        Ok((case, others))
    })
}
