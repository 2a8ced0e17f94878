//! A reflection as a readable text form for the editor, and back: `render`
//! writes it, `parse` reads what the user saved, `changes` keeps only what
//! differs. No I/O here.
//!
//! ```text
//! date: 2026-03-14
//! with: Levi
//! medium: in-person
//! resistance:
//! 7: laughed-along, did-not-mirror
//! completed: no
//! question: Why do I laugh along?
//! went-well: I mirrored at step 7
//! note:
//! everything from here on, as written
//! ```
//!
//! Lines starting with `#` are comments, except in the note.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::error::{Error, Expected};
use crate::journal::rules::ReflectionInput;
use crate::journal::text::{self, Field};
use crate::journal::{Medium, Reason, Reflection, Side, StallSpec, date, name_key};
use crate::t;

use super::words::values::form_word;

/// What the editor shows besides the reflection: the choices it can offer.
pub struct Context<'a> {
    pub others: Vec<String>,
    pub reasons: &'a [Reason],
    pub resistances: Vec<String>,
}

/// Marks the lines spiegel puts on top to say what was wrong.
const ERROR_MARK: &str = "#!";

pub fn render(r: &Reflection, cx: &Context) -> String {
    let mut t = String::new();
    let mut line = |s: &str| {
        t.push_str(s);
        t.push('\n');
    };
    let comment = |s: &str| format!("# {s}");
    // `key: value`, without a trailing blank when the value is empty.
    let field = |key: &str, value: &str| format!("{key}: {value}").trim_end().to_string();
    line(&comment(&t!(
        "form-title",
        id = r.id,
        case = &r.case,
        date = r.date.to_string()
    )));
    line("#");
    for l in t!("form-intro").lines() {
        line(&comment(l));
    }
    line("");
    line(&comment(&t!("form-date")));
    line(&field("date", &r.date.to_string()));
    line("");
    line(&comment(&t!("form-with")));
    let others = if cx.others.is_empty() {
        t!("form-no-others", case = &r.case)
    } else {
        t!("form-others", case = &r.case, others = cx.others.join(", "))
    };
    line(&comment(&others));
    line(&field("with", &r.present.join(", ").to_string()));
    line("");
    let media: Vec<String> = Medium::ALL.iter().map(|m| form_word(*m)).collect();
    line(&comment(&t!("form-medium", media = media.join(", "))));
    line(&field("medium", &form_word(r.medium)));
    line("");
    line(&comment(&t!(
        "form-resistance",
        codes = cx.resistances.join(", ")
    )));
    line(&field("resistance", &r.resistance.join(", ").to_string()));
    line("");
    for l in t!("form-stalls").lines() {
        line(&comment(l));
    }
    for side in Side::ALL {
        let codes: Vec<&str> = cx
            .reasons
            .iter()
            .filter(|x| x.side == *side && !x.retired)
            .map(|x| x.code.as_str())
            .collect();
        if !codes.is_empty() {
            let reasons = t!("form-reasons", side = side.code(), codes = codes.join(", "));
            for l in super::term::wrap(&reasons, 76, "", "    ") {
                line(&comment(&l));
            }
        }
    }
    for stall in &r.stalls {
        line(&format!("{}: {}", stall.step, stall.reasons.join(", ")));
    }
    line("");
    line(&comment(&t!("form-completed")));
    line(&field("completed", &super::term::yes_no(r.completed)));
    line("");
    line(&comment(&t!("form-question")));
    let question = r.question.as_ref().map(|q| one_line(&q.text));
    line(&field("question", &question.unwrap_or_default()));
    line("");
    line(&comment(&t!("form-went-well")));
    line(&field("went-well", &one_line(&r.went_well)));
    line("");
    line(&comment(&t!("form-note")));
    line("note:");
    t.push_str(&r.note);
    if !r.note.is_empty() && !r.note.ends_with('\n') {
        t.push('\n');
    }
    t
}

/// `text` with `errors` in comments on top (replacing earlier ones).
pub fn with_errors(text: &str, errors: &[String]) -> String {
    let mut t = String::new();
    let fix = t!("form-fix-or-abandon");
    for l in errors.iter().map(String::as_str).chain([fix.as_str()]) {
        t.push_str(&format!("{ERROR_MARK} {l}\n"));
    }
    t.push_str(ERROR_MARK);
    t.push('\n');
    t.push_str(without_error(text));
    t
}

/// `text` without the error lines spiegel put on top.
pub fn without_error(text: &str) -> &str {
    let mut rest = text;
    while rest.starts_with(ERROR_MARK) {
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    rest
}

/// What the user saved.
#[derive(Debug, PartialEq)]
pub enum Saved {
    /// Nothing but comments and blanks: leave the reflection alone.
    Empty,
    Form(Form),
}

#[derive(Debug, PartialEq)]
pub struct Form {
    pub date: NaiveDate,
    pub with: Vec<String>,
    pub medium: Medium,
    pub resistance: Vec<String>,
    pub stalls: Vec<StallSpec>,
    pub completed: bool,
    /// Empty: no question.
    pub question: String,
    /// Empty: nothing recorded.
    pub went_well: String,
    pub note: String,
}

const FIELDS: [&str; 8] = [
    "date",
    "with",
    "medium",
    "resistance",
    "completed",
    "question",
    "went-well",
    "note",
];

/// Every mistake found in a saved form, in the order of the form.
#[derive(Debug)]
pub struct Mistakes(pub Vec<Error>);

impl Mistakes {
    /// The messages, one line each.
    pub fn lines(&self) -> Vec<String> {
        self.0.iter().map(Error::to_string).collect()
    }
}

/// Reads a saved form; a form with mistakes gives them all, not just the
/// first, so that the user can fix them in one go.
pub fn parse(text: &str, today: NaiveDate) -> Result<Saved, Mistakes> {
    let text = without_error(text);
    let is_content = |l: &&str| !l.trim().is_empty() && !l.trim_start().starts_with('#');
    if !text.lines().any(|l| is_content(&l)) {
        return Ok(Saved::Empty);
    }
    let mut mistakes = Vec::new();
    let mut values: [Option<String>; 8] = Default::default();
    let mut stalls = Vec::new();
    let mut lines = text.split_inclusive('\n');
    let mut note = None;
    for raw in lines.by_ref() {
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let Some((key, value)) = l.split_once(':') else {
            mistakes.push(Error::FormBadLine(l.to_string()));
            continue;
        };
        let key = key.trim().to_lowercase();
        if key.chars().all(|c| c.is_ascii_digit()) {
            match l.parse::<StallSpec>() {
                Ok(stall) => stalls.push(stall),
                Err(e) => mistakes.push(e),
            }
            continue;
        }
        let Some(i) = FIELDS.iter().position(|f| *f == key) else {
            mistakes.push(Error::FormUnknownField(key));
            continue;
        };
        if values[i].is_some() {
            mistakes.push(Error::FormDuplicateField(FIELDS[i]));
            continue;
        }
        values[i] = Some(value.trim().to_string());
        if key == "note" {
            // The note is everything after this line, as written; text on
            // the `note:` line itself starts it.
            let mut text = value.trim_start().to_string();
            if !text.is_empty() {
                text.push('\n');
            }
            text.extend(lines.by_ref());
            note = Some(text);
            break;
        }
    }
    let mut take = |i: usize| {
        let value = values[i].take();
        if value.is_none() {
            mistakes.push(Error::FormMissingField(FIELDS[i]));
        }
        value
    };
    let date = take(0);
    let with = take(1);
    let medium_text = take(2);
    let resistance = take(3);
    let completed_text = take(4);
    let question = take(5);
    let went_well = take(6);
    if note.is_none() {
        mistakes.push(Error::FormMissingField("note"));
    }

    let date = date.and_then(|d| {
        date::parse_session(&d, today)
            .map_err(|e| mistakes.push(e))
            .ok()
    });
    let medium = medium_text.and_then(|m| {
        let medium = super::words::values::parse::<Medium>(&m);
        if medium.is_none() {
            mistakes.push(Error::BadFormValue {
                field: "medium",
                value: m,
                expected: Expected::Medium,
            });
        }
        medium
    });
    // Yes or no in English, Dutch and the language spoken.
    let completed = completed_text.and_then(|c| {
        let answer = c.to_lowercase();
        if ["yes", "ja"].contains(&answer.as_str()) || answer == t!("yes") {
            Some(true)
        } else if ["no", "nee"].contains(&answer.as_str()) || answer == t!("no") {
            Some(false)
        } else {
            mistakes.push(Error::BadFormValue {
                field: "completed",
                value: c,
                expected: Expected::YesNo,
            });
            None
        }
    });
    let note = note.map(|n| n.trim().to_string());
    for (value, field) in [
        (&question, Field::Question),
        (&went_well, Field::WentWell),
        (&note, Field::Note),
    ] {
        if let Some(Err(e)) = value.as_deref().map(|v| text::check_free(v, field)) {
            mistakes.push(e);
        }
    }
    match (
        date, with, medium, resistance, completed, question, went_well, note,
    ) {
        (
            Some(date),
            Some(with),
            Some(medium),
            Some(resistance),
            Some(completed),
            Some(question),
            Some(went_well),
            Some(note),
        ) if mistakes.is_empty() => Ok(Saved::Form(Form {
            date,
            with: list(&with),
            medium,
            resistance: list(&resistance),
            stalls,
            completed,
            question,
            went_well,
            note,
        })),
        _ => Err(Mistakes(mistakes)),
    }
}

/// What the form changes in `r`, as `edit_reflection` takes it: only the
/// fields that differ, so a field changed elsewhere meanwhile is kept.
pub fn changes(r: &Reflection, f: &Form) -> ReflectionInput {
    let keys = |names: &[String]| names.iter().map(|n| name_key(n)).collect::<BTreeSet<_>>();
    let codes = |codes: &[String]| {
        codes
            .iter()
            .map(|c| c.trim().to_lowercase())
            .collect::<BTreeSet<_>>()
    };
    let stalls_now: BTreeSet<(u8, String)> = r
        .stalls
        .iter()
        .flat_map(|s| s.reasons.iter().map(|c| (s.step.number(), c.clone())))
        .collect();
    let stalls_form: BTreeSet<(u8, String)> = f
        .stalls
        .iter()
        .flat_map(|s| s.reasons.iter().map(|c| (s.step.number(), c.clone())))
        .collect();
    let question_now = r
        .question
        .as_ref()
        .map(|q| one_line(&q.text))
        .unwrap_or_default();
    ReflectionInput {
        date: (f.date != r.date).then_some(f.date),
        with: (keys(&f.with) != keys(&r.present)).then(|| f.with.clone()),
        medium: (f.medium != r.medium).then_some(f.medium),
        resistance: (codes(&f.resistance) != codes(&r.resistance)).then(|| f.resistance.clone()),
        stalls: (stalls_form != stalls_now).then(|| f.stalls.clone()),
        completed: (f.completed != r.completed).then_some(f.completed),
        note: (f.note != r.note.trim()).then(|| f.note.clone()),
        // One line in the form, like the question: a text of several lines
        // is kept unless the line was changed.
        went_well: (one_line(&f.went_well) != one_line(&r.went_well)).then(|| f.went_well.clone()),
        ask: (one_line(&f.question) != question_now).then(|| f.question.clone()),
        for_group: None,
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
