//! Where the session stalled and why, with the method's instruction per
//! step, and reasons of the user's own.

use anstyle::Style;
use anyhow::Result;
use inquire::list_option::ListOption;
use inquire::validator::Validation;
use inquire::{MultiSelect, Select, Text};

use super::prompt::{Answered, filter_also_on, indented, rule, tell};
use crate::error::Error;
use crate::journal::text::{self, Field};
use crate::journal::walk::{Known, NewReason, offered, slug};
use crate::journal::{Reason, Side, StallSpec, Step, rules};
use crate::t;

/// The steps that stalled, and per step, after the method's instruction for
/// it, the reasons why.
pub(super) fn ask_stalls(
    known: &mut Known,
    new_reasons: &mut Vec<NewReason>,
) -> Result<Vec<StallSpec>> {
    let options: Vec<String> = known
        .steps
        .iter()
        .map(|s| format!("{} · {}", s.step, s.title()))
        .collect();
    let nowhere = t!("guided-nowhere");
    let picked = MultiSelect::new(&t!("guided-stalled"), options)
        .with_help_message(&t!("guided-stalled-help"))
        .with_page_size(known.steps.len())
        .without_filtering()
        .with_formatter(&|picked| {
            let steps: Vec<String> = picked.iter().map(|p| p.index.to_string()).collect();
            if steps.is_empty() {
                nowhere.clone()
            } else {
                steps.join(", ")
            }
        })
        .raw_prompt()
        .answered()?;
    let mut stalls = Vec::new();
    for p in picked {
        let step = known.steps[p.index].clone();
        tell("")?;
        tell(&format!(
            "{BOLD}{}{BOLD:#}",
            t!(
                "guided-step-heading",
                step = step.step.number(),
                title = step.title()
            )
        ))?;
        let pitfall = t!("guided-pitfall", pitfall = step.pitfall());
        for text in [step.instruction().to_string(), pitfall] {
            for line in indented(&text, "  ") {
                tell(&line)?;
            }
        }
        let reasons = ask_reasons(step.step, known, new_reasons)?;
        stalls.push(StallSpec {
            step: step.step,
            reasons,
        });
    }
    Ok(stalls)
}

const BOLD: Style = Style::new().bold();

fn ask_reasons(
    step: Step,
    known: &mut Known,
    new_reasons: &mut Vec<NewReason>,
) -> Result<Vec<String>> {
    let offered = offered(&known.reasons, step);
    // "yours  · Lost touch with my own need": whose, padded to one width.
    let whose: Vec<String> = Side::ALL.iter().map(|s| s.label()).collect();
    let width = whose.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let whose_of = |side: Side| &whose[Side::ALL.iter().position(|s| *s == side).unwrap_or(0)];
    let mut options: Vec<String> = offered
        .iter()
        .map(|r| format!("{:<width$} · {}", whose_of(r.side), r.label()))
        .collect();
    options.push(t!("guided-another-reason"));
    let another = options.len() - 1;
    let scorer = filter_also_on(another, offered.iter().map(|r| r.code.clone()).collect());
    let at_least_one = |picked: &[ListOption<&String>]| {
        Ok(if picked.is_empty() {
            Validation::Invalid(t!("guided-pick-a-reason").into())
        } else {
            Validation::Valid
        })
    };
    let why = t!("guided-why", step = step.number());
    let picked = MultiSelect::new(&why, options)
        .with_help_message(&t!("guided-why-help"))
        .with_page_size(10)
        .with_scorer(&scorer)
        .with_validator(at_least_one)
        .raw_prompt()
        .answered()?;
    let mut codes: Vec<String> = picked
        .iter()
        .filter(|p| p.index != another)
        .map(|p| offered[p.index].code.clone())
        .collect();
    if picked.iter().any(|p| p.index == another) {
        let reason = new_reason(&known.reasons)?;
        codes.push(reason.code.clone());
        // Later steps offer it too.
        known.learn(&reason, step);
        new_reasons.push(reason);
    }
    Ok(codes)
}

/// A reason of the user's own: its words in the language spoken (English
/// for a third language), a code made from them, the same words in the
/// other of English and Dutch, and whose side it is on.
fn new_reason(known: &[Reason]) -> Result<NewReason> {
    let words = |input: &str| {
        Ok(if input.trim().is_empty() {
            Validation::Invalid(t!("guided-needs-text").into())
        } else {
            Validation::Valid
        })
    };
    // The first label is in the language spoken, the second in the other.
    let (first_field, second_field) = if crate::i18n::dutch() {
        (Field::LabelNl, Field::LabelEn)
    } else {
        (Field::LabelEn, Field::LabelNl)
    };
    let first = Text::new(&t!("guided-reason-label"))
        .with_help_message(&t!("guided-reason-label-help"))
        .with_validator(words)
        .with_validator(rule(text::check_name, first_field))
        .prompt()
        .answered()?;
    let first = first.trim().to_string();
    let taken: Vec<String> = known.iter().map(|r| r.code.clone()).collect();
    let code_ok = move |input: &str| {
        Ok(match rules::reason_code(input) {
            Err(e) => Validation::Invalid(e.to_string().into()),
            Ok(code) if taken.contains(&code) => {
                Validation::Invalid(Error::DuplicateReason(code).to_string().into())
            }
            Ok(_) => Validation::Valid,
        })
    };
    let suggested = slug(&first);
    let (code_question, code_help) = (t!("guided-reason-code"), t!("guided-reason-code-help"));
    let mut code = Text::new(&code_question)
        .with_help_message(&code_help)
        .with_validator(code_ok);
    if !suggested.is_empty() {
        code = code.with_default(&suggested);
    }
    let code = rules::reason_code(&code.prompt().answered()?)?;
    let second = Text::new(&t!("guided-reason-other-language"))
        .with_help_message(&t!("guided-reason-other-language-help"))
        .with_default(&first)
        .with_validator(rule(text::check_name, second_field))
        .prompt()
        .answered()?;
    let second = second.trim().to_string();
    let sides: Vec<String> = Side::ALL
        .iter()
        .map(|s| t!("guided-side", side = s.code()))
        .collect();
    let side = Select::new(&t!("guided-reason-side"), sides)
        .with_help_message(&t!("guided-choose-help"))
        .without_filtering()
        .raw_prompt()
        .answered()?;
    let (label_en, label_nl) = if crate::i18n::dutch() {
        (second, first)
    } else {
        (first, second)
    };
    Ok(NewReason {
        code,
        side: Side::ALL[side.index],
        label_en,
        label_nl,
    })
}
