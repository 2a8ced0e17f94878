use super::*;
use crate::journal::{Question, QuestionId, ReflectionId, Stall, Step};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn john() -> Reflection {
    Reflection {
        id: ReflectionId(12),
        uuid: "u".into(),
        case: "John".into(),
        date: day("2026-03-14"),
        medium: Medium::Video,
        present: vec!["Levi".into()],
        resistance: vec!["my-own-problem".into()],
        stalls: vec![Stall {
            step: Step::new(7).unwrap(),
            reasons: vec!["did-not-mirror".into(), "laughed-along".into()],
        }],
        completed: false,
        note: "John joked.\n\n# not a comment: part of the note".into(),
        went_well: "I mirrored at step 7.".into(),
        question: Some(Question {
            id: QuestionId(1),
            uuid: "q".into(),
            text: "Why do I laugh along?".into(),
            answer: None,
            answered_on: None,
            for_group: false,
        }),
        created_at: chrono::DateTime::UNIX_EPOCH,
        updated_at: chrono::DateTime::UNIX_EPOCH,
    }
}

fn context() -> Context<'static> {
    Context {
        others: vec!["Levi".into(), "Maarten".into()],
        reasons: &[],
        resistances: vec!["no-one-left".into()],
    }
}

fn form(text: &str) -> Form {
    match parse(text, day("2026-03-15")).unwrap() {
        Saved::Form(f) => f,
        Saved::Empty => panic!("empty"),
    }
}

#[test]
fn an_untouched_form_changes_nothing() {
    let r = john();
    let text = render(&r, &context());
    assert!(
        text.contains("\n7: did-not-mirror, laughed-along\n"),
        "{text}"
    );
    assert!(changes(&r, &form(&text)).is_empty(), "{text}");
}

#[test]
fn only_what_differs_is_changed() {
    let r = john();
    let text = render(&r, &context())
        .replace("medium: video", "medium: Phone")
        .replace("with: Levi", "with: levi, Maarten")
        .replace(
            "7: did-not-mirror, laughed-along",
            "6: went-too-fast\n7: did-not-mirror",
        )
        .replace("completed: no", "completed: ja")
        .replace("date: 2026-03-14", "date: zaterdag");
    let input = changes(&r, &form(&text));
    assert_eq!(input.medium, Some(Medium::Phone));
    assert_eq!(input.with, Some(vec!["levi".into(), "Maarten".into()]));
    assert_eq!(input.completed, Some(true));
    let stalls = input.stalls.unwrap();
    assert_eq!(stalls.len(), 2);
    assert_eq!(stalls[0].reasons, ["went-too-fast"]);
    // Saturday is 2026-03-14, the date it already had.
    assert_eq!(input.date, None);
    assert_eq!(input.note, None);
    assert_eq!(input.ask, None);
    assert_eq!(input.resistance, None);
}

#[test]
fn the_note_is_kept_as_written_and_empty_fields_clear() {
    let r = john();
    let text = render(&r, &context())
        .replace("question: Why do I laugh along?", "question:")
        .replace("resistance: my-own-problem", "resistance:")
        .replace("with: Levi", "with:")
        .replace("John joked.", "John joked.\nLevi laughed.");
    let f = form(&text);
    assert_eq!(
        f.note,
        "John joked.\nLevi laughed.\n\n# not a comment: part of the note"
    );
    let input = changes(&r, &f);
    assert_eq!(input.ask.as_deref(), Some(""));
    assert_eq!(input.resistance, Some(vec![]));
    assert_eq!(input.with, Some(vec![]));
}

#[test]
fn a_form_emptied_of_everything_but_comments_is_abandoned() {
    assert_eq!(parse("", day("2026-03-15")).unwrap(), Saved::Empty);
    assert_eq!(
        parse("# only\n  \n#! error\n", day("2026-03-15")).unwrap(),
        Saved::Empty
    );
}

#[test]
fn mistakes_are_named() {
    let r = john();
    let text = render(&r, &context());
    let today = day("2026-03-15");
    let err = |t: String| parse(&t, today).unwrap_err().lines().join("\n");
    assert!(err(text.replace("date: 2026-03-14", "date: 2026-03-16")).contains("future"));
    assert!(err(text.replace("date: 2026-03-14", "date: soon")).contains("not a date"));
    assert!(err(text.replace("medium: video", "medium: mail")).contains("in-person"));
    assert!(err(text.replace("completed: no", "completed: half")).contains("yes or no"));
    assert!(err(text.replace("7: did", "9: did")).contains("no step '9'"));
    assert!(err(text.replace("7: did-not-mirror, laughed-along", "7:")).contains("no reason"));
    assert!(err(text.replace("medium:", "mediun:")).contains("'mediun'"));
    assert!(err(text.replace("medium: video", "")).contains("'medium:'"));
    assert!(err(text.replace(&format!("note:\n{}\n", r.note), "")).contains("'note:'"));
    assert!(err(text.replace("\nnote:\n", "\n")).contains("'John joked.' is not a line"));
    assert!(err(text.replace("medium: video", "medium: video\nmedium: phone")).contains("twice"));
    assert!(err(text.replace("medium: video", "just words")).contains("'just words'"));
}

#[test]
fn a_note_longer_than_a_text_may_be_is_a_mistake_of_the_form() {
    // issue 10.10: the editor is a door too.
    let r = john();
    let text = render(&r, &context()).replace("John joked.", &"x".repeat(1_000_001));
    let mistakes = parse(&text, day("2026-03-15")).unwrap_err().lines();
    assert_eq!(mistakes.len(), 1, "{mistakes:?}");
    assert!(
        mistakes[0].contains("the note is 1000036 bytes, more than the 1 MB"),
        "{mistakes:?}"
    );
}

#[test]
fn the_error_goes_on_top_and_comes_off_again() {
    let text = "date: x\n";
    let shown = with_errors(text, &["'x' is not a date".into()]);
    assert!(shown.starts_with("#! 'x' is not a date\n"), "{shown}");
    assert_eq!(without_error(&shown), text);
    assert_eq!(without_error(&with_errors(&shown, &["again".into()])), text);
}
