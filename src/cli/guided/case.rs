//! The guided reflection's case (an open one, or a new one) and the
//! session's date.

use anyhow::Result;
use chrono::NaiveDate;
use inquire::validator::Validation;
use inquire::{Select, Text};

use super::prompt::{Answered, filter_keeping, rule, tell};
use crate::error::Error;
use crate::journal::text::{self, Field};
use crate::journal::walk::{Known, NewCase};
use crate::journal::{Case, chronology, date, name_key, rules};
use crate::t;

/// An open case, or a new one (with its setting and cohabiting, or not).
pub(super) fn choose_case(known: &Known) -> Result<(String, Option<NewCase>)> {
    if known.open_cases.is_empty() {
        tell(&t!("guided-no-open-cases"))?;
        return new_case(known);
    }
    let mut options: Vec<String> = known
        .open_cases
        .iter()
        .map(|c| {
            // "John · addiction clinic · last session 2026-03-14"
            let mut option = c.case.name.clone();
            if let Some(setting) = &c.case.setting {
                option.push_str(&format!(" · {setting}"));
            }
            if let Some(last) = c.last_session {
                option.push_str(" · ");
                option.push_str(&t!("guided-last-session", date = last.to_string()));
            }
            option
        })
        .collect();
    options.push(t!("guided-new-case"));
    let new = options.len() - 1;
    let scorer = filter_keeping(new);
    let chosen = Select::new(&t!("guided-case"), options)
        .with_help_message(&t!("guided-case-help"))
        .with_page_size(10)
        .with_scorer(&scorer)
        .raw_prompt()
        .answered()?;
    if chosen.index == new {
        return new_case(known);
    }
    Ok((known.open_cases[chosen.index].case.name.clone(), None))
}

fn new_case(known: &Known) -> Result<(String, Option<NewCase>)> {
    let taken = known.case_names.clone();
    let name = Text::new(&t!("guided-new-case-name"))
        .with_help_message(&t!("guided-new-case-name-help"))
        .with_validator(move |input: &str| {
            let key = name_key(input);
            Ok(if key.is_empty() {
                Validation::Invalid(t!("guided-needs-text").into())
            } else if let Some(existing) = taken.iter().find(|n| name_key(n) == key) {
                Validation::Invalid(Error::DuplicateCase(existing.clone()).to_string().into())
            } else {
                Validation::Valid
            })
        })
        .with_validator(rule(text::check_name, Field::Case))
        .prompt()
        .answered()?;
    let setting = Text::new(&t!("guided-setting"))
        .with_help_message(&t!("guided-setting-help"))
        .with_validator(rule(text::check_line, Field::Setting))
        .prompt()
        .answered()?;
    let answers = vec![
        t!("guided-cohabiting-yes"),
        t!("guided-cohabiting-no"),
        t!("guided-cohabiting-skip"),
    ];
    let cohabiting = Select::new(&t!("guided-cohabiting"), answers)
        .with_help_message(&t!("guided-choose-help"))
        .without_filtering()
        .with_starting_cursor(2)
        .raw_prompt()
        .answered()?;
    let setting = setting.trim();
    Ok((
        name.trim().to_string(),
        Some(NewCase {
            setting: (!setting.is_empty()).then(|| setting.to_string()),
            cohabiting: [Some(true), Some(false), None][cohabiting.index],
        }),
    ))
}

/// The session's date: not in the future, and within `case` if it exists
/// (the same rule as `spiegel add`, refused on the spot).
fn session_date(input: &str, today: NaiveDate, case: Option<&Case>) -> Result<NaiveDate, Error> {
    let day = date::parse_session(input, today)?;
    if let Some(case) = case {
        chronology::session(day, case.opened_on, case.closed_on)
            .map_err(|c| rules::conflict(case, c))?;
    }
    Ok(day)
}

pub(super) fn ask_date(today: NaiveDate, case: Option<&Case>) -> Result<NaiveDate> {
    let owned = case.cloned();
    let valid = move |input: &str| {
        Ok(match session_date(input, today, owned.as_ref()) {
            Ok(_) => Validation::Valid,
            Err(e) => Validation::Invalid(e.to_string().into()),
        })
    };
    let shown = |input: &str| {
        date::parse_session(input, today).map_or_else(|_| input.to_string(), |d| d.to_string())
    };
    let answer = Text::new(&t!("guided-date"))
        .with_default(&t!("guided-date-default"))
        .with_help_message(&t!("guided-date-help"))
        .with_validator(valid)
        .with_formatter(&shown)
        .prompt()
        .answered()?;
    Ok(session_date(&answer, today, case)?)
}
