//! Property tests for the editor's form (issue 10, fuzzing under `cargo
//! test`): any text gives a form or a list of mistakes, never a panic; a
//! form read, shown again and read again is the same form.

use chrono::{DateTime, NaiveDate};
use proptest::prelude::*;

use super::form::{Context, Form, Saved, parse, render};
use crate::journal::{Question, QuestionId, Reflection, ReflectionId, Stall};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 300,
        failure_persistence: None,
        // The same cases on every run, so that CI never fails by chance; a
        // case that fails is found again the same way.
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5049_4547_454c),
        ..ProptestConfig::default()
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
}

/// A line of the form, right or wrong.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        "(date|with|medium|resistance|completed|question|went-well|note|#|#!|[0-9]{1,2}|x)?: ?[ -~]{0,12}",
        "(date: (2026-03-1[0-9]|today|zondag|soon))",
        "(medium: (video|phone|in-person|Mail))",
        "(completed: (yes|no|ja|nee|half))",
        "[0-9]: ?[a-z, -]{0,16}",
        "with: ?[A-Za-z ,]{0,16}",
        any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..14).prop_map(|lines| lines.join("\n"))
}

/// A whole form with valid fields and a note and question of any text.
fn whole() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just("2026-03-14"), Just("today"), Just("maandag")],
        "[A-Za-z]{1,6}(, [A-Za-z]{1,6}){0,2}|",
        prop_oneof![Just("video"), Just("phone"), Just("in-person")],
        "([a-z-]{1,8}(, [a-z-]{1,8})?)?",
        prop::collection::vec("[0-7]: [a-z-]{1,8}(, [a-z-]{1,8})?", 0..3),
        prop_oneof![Just("yes"), Just("no"), Just("ja")],
        ("[^\n]{0,20}", "[^\n]{0,20}"),
        "(.|\n){0,60}",
    )
        .prop_map(
            |(date, with, medium, resistance, stalls, completed, (question, went_well), note)| {
                format!(
                    "# comment\ndate: {date}\nwith: {with}\nmedium: {medium}\n\
                     resistance: {resistance}\n{}\ncompleted: {completed}\n\
                     question: {question}\nwent-well: {went_well}\nnote:\n{note}",
                    stalls.join("\n")
                )
            },
        )
}

/// The reflection a form describes, to render it again.
fn reflection(f: &Form) -> Reflection {
    Reflection {
        id: ReflectionId(1),
        uuid: "u".into(),
        case: "John".into(),
        date: f.date,
        medium: f.medium,
        present: f.with.clone(),
        resistance: f.resistance.clone(),
        stalls: f
            .stalls
            .iter()
            .map(|s| Stall {
                step: s.step,
                reasons: s.reasons.clone(),
            })
            .collect(),
        completed: f.completed,
        note: f.note.clone(),
        went_well: f.went_well.clone(),
        question: (!f.question.is_empty()).then(|| Question {
            id: QuestionId(1),
            uuid: "q".into(),
            text: f.question.clone(),
            answer: None,
            answered_on: None,
            for_group: false,
        }),
        created_at: DateTime::UNIX_EPOCH,
        updated_at: DateTime::UNIX_EPOCH,
    }
}

/// A form as it reads back: a question is one line, blanks folded.
fn folded(mut f: Form) -> Form {
    f.question = f.question.split_whitespace().collect::<Vec<_>>().join(" ");
    f.went_well = f.went_well.split_whitespace().collect::<Vec<_>>().join(" ");
    f
}

fn round_trip(text: &str) -> Result<(), TestCaseError> {
    let Ok(Saved::Form(first)) = parse(text, today()) else {
        return Ok(());
    };
    let cx = Context {
        others: vec![],
        reasons: &[],
        resistances: vec![],
    };
    let shown = render(&reflection(&first), &cx);
    match parse(&shown, today()) {
        Ok(Saved::Form(again)) => prop_assert_eq!(folded(again), folded(first)),
        other => prop_assert!(false, "{:?} from\n{}", other, shown),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_gives_a_form_or_its_mistakes(text in text()) {
        if let Err(mistakes) = parse(&text, today()) {
            prop_assert!(!mistakes.0.is_empty());
            prop_assert!(mistakes.lines().iter().all(|l| !l.contains('\n')));
        }
        round_trip(&text)?;
    }

    #[test]
    fn a_form_read_shown_and_read_again_is_the_same(text in whole()) {
        round_trip(&text)?;
    }
}
