//! `spiegel add` on a terminal without flags (and with or without a case):
//! one reflection, prompt by prompt, in the method's own words.
//!
//! Everything is gathered first — a new case, new significant others and new
//! reasons included — and written at the end in one transaction through the
//! journal's rules, so stopping anywhere (Esc, Ctrl-C) leaves the journal as
//! it was. No lock is held while the user answers: each read is a short
//! transaction of its own.

use std::io::Write;

use anstyle::Style;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use inquire::list_option::ListOption;
use inquire::validator::Validation;
use inquire::{Confirm, InquireError, MultiSelect, Select, Text};

use super::render::{self, out};
use super::{Ctx, editor, reflection};
use crate::error::{Error, Who};
use crate::journal::rules::{self, ReflectionInput};
use crate::journal::text::{self, Field};
use crate::journal::{
    Case, CaseSummary, Medium, Question, Reason, Reflection, Resistance, Role, Side, Stall,
    StallSpec, Step, StepInfo, chronology, date, name_key,
};
use crate::store::{Access, Store};
use crate::t;

/// The guided reflection; on `case` when one was given (`spiegel add John`
/// on a terminal), else on the case the user picks.
pub fn run(ctx: &Ctx, case: Option<&str>) -> Result<()> {
    let today = date::today();
    // A broken settings file should stop us now, not after ten answers.
    let editor = editor::chosen()?;
    let path = ctx.journal_path()?;
    // Before the first reflection there is no journal yet: read the
    // catalogue from an empty one in memory; saving creates the real one.
    let mut store = if path.exists() {
        Store::open(&path, Access::Read)?
    } else {
        Store::in_memory()?
    };
    let mut known = Known::read(&mut store)?;
    // A case given must exist and be open: said now, not after ten answers.
    let case = match case {
        Some(name) => {
            let tx = store.read()?;
            let found = rules::find_case(&tx, name)?;
            if !found.is_open() {
                return Err(Error::CaseClosed(found.name).into());
            }
            Some(found.name)
        }
        None => None,
    };

    for line in indented(&t!("guided-welcome"), "") {
        tell(&line)?;
    }
    let draft = walk(&mut store, &mut known, case, editor.as_deref(), today)?;
    drop(store);

    let labels = known.labels();
    render::blank()?;
    reflection::show(&t!("guided-preview"), &draft.preview(), &labels)?;
    render::blank()?;
    if !confirm(&t!("guided-save"), true)? {
        return out(t!("guided-not-saved"));
    }
    let id = draft.save(ctx, today)?;
    out(t!(
        "reflection-added",
        id = id,
        case = &draft.case,
        date = draft.date.to_string()
    ))
}

/// What the journal holds that the prompts offer.
struct Known {
    open_cases: Vec<CaseSummary>,
    /// Open and closed: a new case may not take any of these names.
    case_names: Vec<String>,
    steps: Vec<StepInfo>,
    /// The whole catalogue, retired reasons included, and the ones the user
    /// adds on the way.
    reasons: Vec<Reason>,
    resistances: Vec<Resistance>,
}

impl Known {
    fn read(store: &mut Store) -> Result<Known> {
        let tx = store.read()?;
        Ok(Known {
            open_cases: tx.case_summaries(false)?,
            case_names: tx.case_names()?,
            steps: tx.steps()?,
            reasons: tx.reasons()?,
            resistances: tx.resistances()?,
        })
    }

    /// Every reason's code with its labels, as `show` takes them.
    fn labels(&self) -> Vec<(String, String, String)> {
        self.reasons
            .iter()
            .map(|r| (r.code.clone(), r.label_en.clone(), r.label_nl.clone()))
            .collect()
    }
}

/// A new case, created when the reflection is saved.
struct NewCase {
    setting: Option<String>,
    cohabiting: Option<bool>,
}

/// A significant other met for the first time: name and role.
type NewOther = (String, Role);

/// A reason of the user's own, created when the reflection is saved.
struct NewReason {
    code: String,
    side: Side,
    label_en: String,
    label_nl: String,
}

/// The reflection as answered, with what it needs created on the way.
struct Draft {
    case: String,
    new_case: Option<NewCase>,
    date: NaiveDate,
    present: Vec<String>,
    new_others: Vec<NewOther>,
    medium: Medium,
    resistance: Vec<String>,
    stalls: Vec<StallSpec>,
    new_reasons: Vec<NewReason>,
    completed: bool,
    note: String,
    question: String,
}

fn walk(
    store: &mut Store,
    known: &mut Known,
    case: Option<String>,
    editor: Option<&str>,
    today: NaiveDate,
) -> Result<Draft> {
    let (case, new_case) = match case {
        Some(name) => (name, None),
        None => choose_case(known)?,
    };
    let (others, bounds) = match new_case {
        // A new case opens with the session it is made for.
        Some(_) => (Vec::new(), None),
        None => {
            let tx = store.read()?;
            let found = rules::find_case(&tx, &case)?;
            (tx.others(found.id)?, Some(found))
        }
    };
    let date = ask_date(today, bounds.as_ref())?;
    let offered: Vec<(String, Role)> = others.into_iter().map(|o| (o.name, o.role)).collect();
    let (present, new_others) = who_took_part(&case, &offered)?;
    let medium = ask_medium()?;
    let resistance = ask_resistance(&known.resistances)?;
    let mut new_reasons = Vec::new();
    let stalls = ask_stalls(known, &mut new_reasons)?;
    let completed = if present.is_empty() {
        false
    } else {
        confirm(&t!("guided-completed"), false)?
    };
    let note = ask_note(editor)?;
    let question = Text::new(&t!("guided-question"))
        .with_help_message(&t!("guided-question-help"))
        .with_validator(rule(text::check_free, Field::Question))
        .prompt()
        .answered()?;
    Ok(Draft {
        case,
        new_case,
        date,
        present,
        new_others,
        medium,
        resistance,
        stalls,
        new_reasons,
        completed,
        note,
        question: question.trim().to_string(),
    })
}

/// An open case, or a new one (with its setting and cohabiting, or not).
fn choose_case(known: &Known) -> Result<(String, Option<NewCase>)> {
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
        chronology::session(day, case.opened_on, case.closed_on).map_err(|conflict| {
            Error::DateConflict {
                who: Who::Case(case.name.clone()),
                conflict,
            }
        })?;
    }
    Ok(day)
}

fn ask_date(today: NaiveDate, case: Option<&Case>) -> Result<NaiveDate> {
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

/// Who took part — the case's significant others and anyone new. Nobody
/// means an individual session: whether the system took part follows from
/// this answer and is not asked again.
fn who_took_part(case: &str, others: &[(String, Role)]) -> Result<(Vec<String>, Vec<NewOther>)> {
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

fn ask_medium() -> Result<Medium> {
    let options: Vec<String> = Medium::ALL
        .iter()
        .map(|m| t!("guided-medium-option", medium = m.code()))
        .collect();
    let answer = Select::new(&t!("guided-medium"), options)
        .with_help_message(&t!("guided-choose-help"))
        .without_filtering()
        .raw_prompt()
        .answered()?;
    Ok(Medium::ALL[answer.index])
}

fn ask_resistance(known: &[Resistance]) -> Result<Vec<String>> {
    let options: Vec<&str> = known.iter().map(|r| r.label()).collect();
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

/// The steps that stalled, and per step, after the method's instruction for
/// it, the reasons why.
fn ask_stalls(known: &mut Known, new_reasons: &mut Vec<NewReason>) -> Result<Vec<StallSpec>> {
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

/// The reasons offered at `step`: own side first, then the client's and the
/// other's; within a side the most used first, then those the method says
/// mostly stall here. Retired reasons are not offered.
fn offered(reasons: &[Reason], step: Step) -> Vec<&Reason> {
    let mut offered: Vec<(usize, &Reason)> = reasons
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.retired)
        .collect();
    let side_order = |side: Side| Side::ALL.iter().position(|s| *s == side);
    offered.sort_by_key(|(i, r)| {
        (
            side_order(r.side),
            std::cmp::Reverse(r.uses),
            !r.usual_steps.contains(&step),
            *i,
        )
    });
    offered.into_iter().map(|(_, r)| r).collect()
}

fn ask_reasons(
    step: Step,
    known: &mut Known,
    new_reasons: &mut Vec<NewReason>,
) -> Result<Vec<String>> {
    let offered = offered(&known.reasons, step);
    // "yours  · Lost touch with my own need": whose, padded to one width.
    let whose: Vec<String> = Side::ALL
        .iter()
        .map(|s| t!("guided-whose", side = s.code()))
        .collect();
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
        known.reasons.push(Reason {
            code: reason.code.clone(),
            uuid: String::new(),
            side: reason.side,
            label_en: reason.label_en.clone(),
            label_nl: reason.label_nl.clone(),
            usual_steps: vec![step],
            builtin: false,
            retired: false,
            uses: 0,
        });
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

/// "Rushed the ending" → "rushed-the-ending": a code to offer, of at most
/// five words; empty when the words have no ASCII letters or digits.
fn slug(words: &str) -> String {
    words
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect::<Vec<_>>()
        .join("-")
}

/// The note in the user's editor if they chose one, else on one line here.
fn ask_note(editor: Option<&str>) -> Result<String> {
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

/// A prompt's check by one of the journal's rules for text.
fn rule(
    check: fn(&str, Field) -> Result<(), Error>,
    field: Field,
) -> impl Fn(&str) -> Result<Validation, inquire::CustomUserError> + Clone {
    move |input: &str| {
        Ok(match check(input.trim(), field) {
            Ok(()) => Validation::Valid,
            Err(e) => Validation::Invalid(e.to_string().into()),
        })
    }
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

impl Draft {
    /// The entry as `show` prints it, before it exists.
    fn preview(&self) -> Reflection {
        let now = date::now_utc();
        Reflection {
            id: 0,
            uuid: String::new(),
            case: self.case.clone(),
            date: self.date,
            medium: self.medium,
            present: self.present.clone(),
            resistance: self.resistance.clone(),
            stalls: self
                .stalls
                .iter()
                .map(|s| Stall {
                    step: s.step,
                    reasons: s.reasons.clone(),
                })
                .collect(),
            completed: self.completed,
            note: self.note.clone(),
            question: (!self.question.is_empty()).then(|| Question {
                id: 0,
                uuid: String::new(),
                text: self.question.clone(),
                answer: None,
                answered_on: None,
            }),
            created_at: now,
            updated_at: now,
        }
    }

    /// Writes the case, others and reasons the walk-through created, and
    /// the reflection, through the journal's rules in one transaction.
    fn save(&self, ctx: &Ctx, today: NaiveDate) -> Result<i64> {
        let mut store = ctx.open(Access::Write)?;
        let tx = store.write()?;
        if let Some(new) = &self.new_case {
            // The case starts with the session it is opened for.
            rules::add_case(
                &tx,
                &self.case,
                new.setting.as_deref(),
                new.cohabiting,
                self.date,
            )?;
        }
        for (name, role) in &self.new_others {
            rules::add_other(&tx, &self.case, name, *role)?;
        }
        for r in &self.new_reasons {
            rules::add_reason(&tx, &r.code, r.side, &r.label_en, &r.label_nl, &[])?;
        }
        let input = ReflectionInput {
            date: Some(self.date),
            with: Some(self.present.clone()),
            medium: Some(self.medium),
            resistance: Some(self.resistance.clone()),
            stalls: Some(self.stalls.clone()),
            completed: Some(self.completed),
            note: Some(self.note.clone()),
            ask: (!self.question.is_empty()).then(|| self.question.clone()),
        };
        let id = rules::add_reflection(&tx, &self.case, &input, today)?;
        tx.commit()?;
        Ok(id)
    }
}

/// A yes-or-no question, answered in the language spoken (or in English);
/// Esc or Ctrl-C is [`Error::Stopped`].
pub fn confirm(question: &str, default: bool) -> Result<bool> {
    let (yes, no) = (t!("yes"), t!("no"));
    let parse = |answer: &str| {
        let answer = answer.trim().to_lowercase();
        let means = |word: &str, english: &str| {
            !answer.is_empty() && (word.starts_with(&answer) || english.starts_with(&answer))
        };
        if means(&yes, "yes") {
            Ok(true)
        } else if means(&no, "no") {
            Ok(false)
        } else {
            Err(())
        }
    };
    let shown = |answer: bool| capitalised(if answer { &yes } else { &no });
    let hint = |default: bool| {
        if default {
            t!("guided-yes-no-default-yes")
        } else {
            t!("guided-yes-no-default-no")
        }
    };
    Confirm::new(question)
        .with_default(default)
        .with_parser(&parse)
        .with_formatter(&shown)
        .with_default_value_formatter(&hint)
        .with_error_message(&t!("guided-yes-no-error"))
        .prompt()
        .answered()
}

/// "ja" → "Ja".
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// How a significant other relates to the client, in the language spoken.
fn role_name(role: Role) -> String {
    t!("guided-role", role = role.code())
}

/// Filters on what was typed (ignoring upper and lower case), keeping the
/// options' own order; the option at `always` ("a new case…") stays.
fn filter_keeping(always: usize) -> impl Fn(&str, &String, &str, usize) -> Option<i64> {
    filter_also_on(always, Vec::new())
}

/// [`filter_keeping`], where option `i` also matches on `also[i]` (a
/// reason's code, so `laughed` finds "Went along with the joke").
fn filter_also_on(
    always: usize,
    also: Vec<String>,
) -> impl Fn(&str, &String, &str, usize) -> Option<i64> {
    move |typed, _, option, index| {
        let typed = typed.trim().to_lowercase();
        let hit = index == always
            || option.to_lowercase().contains(&typed)
            || also.get(index).is_some_and(|a| a.contains(&typed));
        hit.then_some(-(index as i64))
    }
}

/// The picked options, or `nothing` when none was picked.
fn list_or<T: std::fmt::Display>(picked: &[ListOption<&T>], nothing: &str) -> String {
    if picked.is_empty() {
        return nothing.to_string();
    }
    picked
        .iter()
        .map(|p| p.value.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` in lines that start with `indent` and fit the terminal's width.
fn indented(text: &str, indent: &str) -> Vec<String> {
    let width = terminal_size::terminal_size_of(std::io::stderr())
        .map_or(usize::MAX, |(w, _)| usize::from(w.0).max(40));
    super::term::wrap(text, width - 1, indent, indent)
}

/// A line for the user beside the prompts (on stderr, like them).
fn tell(text: &str) -> Result<()> {
    let mut stderr = anstream::stderr().lock();
    writeln!(stderr, "{text}").with_context(|| t!("io-terminal"))
}

/// Esc and Ctrl-C stop the walk-through; nothing has been written then.
trait Answered<T> {
    fn answered(self) -> Result<T>;
}

impl<T> Answered<T> for Result<T, InquireError> {
    fn answered(self) -> Result<T> {
        super::term::answered(self, || t!("io-prompt"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_offered_from_the_words() {
        assert_eq!(slug("Rushed the ending"), "rushed-the-ending");
        assert_eq!(slug("  Didn't ask — again! "), "didn-t-ask-again");
        assert_eq!(slug("Één keer"), "n-keer");
        assert_eq!(slug("— ?"), "");
        assert_eq!(
            slug("Laughed along with John, and so did Levi"),
            "laughed-along-with-john-and"
        );
    }

    #[test]
    fn comments_are_left_out_of_the_note() {
        assert_eq!(
            without_comments("# what happened?\n\nJohn joked.\n  # no\nI laughed.\n"),
            "John joked.\nI laughed."
        );
    }

    #[test]
    fn the_filter_keeps_the_new_option_and_the_order() {
        let f = filter_keeping(2);
        let name = String::new();
        assert_eq!(f("jo", &name, "John", 0), Some(0));
        assert_eq!(f("jo", &name, "Anna", 1), None);
        assert_eq!(f("jo", &name, "a new case…", 2), Some(-2));
        let f = filter_also_on(1, vec!["laughed-along".into()]);
        assert_eq!(f("laughed", &name, "Went along with the joke", 0), Some(0));
    }

    fn reason(code: &str, side: Side, uses: u64, usual: &[u8], retired: bool) -> Reason {
        Reason {
            code: code.into(),
            uuid: String::new(),
            side,
            label_en: code.into(),
            label_nl: code.into(),
            usual_steps: usual.iter().map(|n| Step::new(*n).unwrap()).collect(),
            builtin: true,
            retired,
            uses,
        }
    }

    #[test]
    fn own_side_first_then_most_used_then_usual_here_and_never_retired() {
        let reasons = [
            reason("client-a", Side::Client, 9, &[3], false),
            reason("own-rare", Side::Own, 0, &[0], false),
            reason("own-here", Side::Own, 0, &[3], false),
            reason("own-often", Side::Own, 4, &[0], false),
            reason("own-retired", Side::Own, 9, &[3], true),
            reason("other-a", Side::Other, 1, &[], false),
        ];
        let codes: Vec<&str> = offered(&reasons, Step::new(3).unwrap())
            .iter()
            .map(|r| r.code.as_str())
            .collect();
        assert_eq!(
            codes,
            ["own-often", "own-here", "own-rare", "client-a", "other-a"]
        );
    }
}
