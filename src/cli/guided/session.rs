//! Who took part in the session, met for the first time or not, how it took
//! place, and the resistance met.

use anyhow::Result;
use inquire::validator::Validation;
use inquire::{MultiSelect, Select, Text};

use super::prompt::{Answered, confirm, filter_keeping, list_or, role_name, rule};
use crate::error::Error;
use crate::journal::text::{self, Field};
use crate::journal::walk::NewOther;
use crate::journal::{Medium, Resistance, Role, name_key};
use crate::t;

/// Who took part — the case's significant others and anyone new. Nobody
/// means an individual session: whether the system took part follows from
/// this answer and is not asked again.
pub(super) fn who_took_part(
    case: &str,
    others: &[(String, Role)],
) -> Result<(Vec<String>, Vec<NewOther>)> {
    let mut present = Vec::new();
    let wants_new = if others.is_empty() {
        let answers = vec![t!("guided-anyone-no"), t!("guided-anyone-yes")];
        let answer = Select::new(&t!("guided-anyone"), answers)
            .with_help_message(&t!("guided-choose-help"))
            .without_filtering()
            .raw_prompt()
            .answered()?;
        answer.index == 1
    } else {
        let mut options: Vec<String> = others
            .iter()
            .map(|(name, role)| format!("{name} ({})", role_name(*role)))
            .collect();
        options.push(t!("guided-someone-new"));
        let new = options.len() - 1;
        let scorer = filter_keeping(new);
        let individual = t!("guided-individual");
        let picked = MultiSelect::new(&t!("guided-present"), options)
            .with_help_message(&t!("guided-present-help"))
            .with_page_size(10)
            .with_scorer(&scorer)
            .with_formatter(&|picked| list_or(picked, &individual))
            .raw_prompt()
            .answered()?;
        let mut wants_new = false;
        for p in picked {
            if p.index == new {
                wants_new = true;
            } else {
                present.push(others[p.index].0.clone());
            }
        }
        wants_new
    };
    let mut new_others: Vec<NewOther> = Vec::new();
    if wants_new {
        loop {
            let mut taken: Vec<String> = others.iter().map(|(n, _)| n.clone()).collect();
            taken.extend(new_others.iter().map(|(n, _)| n.clone()));
            let (name, role) = new_other(case.to_string(), taken)?;
            present.push(name.clone());
            new_others.push((name, role));
            if !confirm(&t!("guided-another-new"), false)? {
                break;
            }
        }
    }
    Ok((present, new_others))
}

fn new_other(case: String, taken: Vec<String>) -> Result<(String, Role)> {
    let name = Text::new(&t!("guided-other-name"))
        .with_validator(move |input: &str| {
            let key = name_key(input);
            Ok(if key.is_empty() {
                Validation::Invalid(t!("guided-needs-text").into())
            } else if let Some(existing) = taken.iter().find(|n| name_key(n) == key) {
                let e = Error::DuplicateOther {
                    case: case.clone(),
                    name: existing.clone(),
                };
                Validation::Invalid(e.to_string().into())
            } else {
                Validation::Valid
            })
        })
        .with_validator(rule(text::check_name, Field::Other))
        .prompt()
        .answered()?;
    let roles: Vec<String> = Role::ALL.iter().map(|r| role_name(*r)).collect();
    let role = Select::new(&t!("guided-other-role"), roles)
        .with_help_message(&t!("guided-select-help"))
        .with_page_size(Role::ALL.len())
        .raw_prompt()
        .answered()?;
    Ok((name.trim().to_string(), Role::ALL[role.index]))
}

pub(super) fn ask_medium() -> Result<Medium> {
    let options: Vec<String> = Medium::ALL.iter().map(|m| m.label()).collect();
    let answer = Select::new(&t!("guided-medium"), options)
        .with_help_message(&t!("guided-choose-help"))
        .without_filtering()
        .raw_prompt()
        .answered()?;
    Ok(Medium::ALL[answer.index])
}

pub(super) fn ask_resistance(known: &[Resistance]) -> Result<Vec<String>> {
    let options: Vec<String> = known.iter().map(|r| r.label()).collect();
    let none = t!("none");
    let picked = MultiSelect::new(&t!("guided-resistance"), options)
        .with_help_message(&t!("guided-resistance-help"))
        .without_filtering()
        .with_formatter(&|picked| list_or(picked, &none))
        .raw_prompt()
        .answered()?;
    Ok(picked
        .into_iter()
        .map(|p| known[p.index].code.clone())
        .collect())
}
