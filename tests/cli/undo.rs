//! `spiegel undo`: one change log in the journal reverses any command.

use crate::support::Journal;

fn add_full(j: &Journal) {
    j.ok(&[
        "add",
        "John",
        "--with",
        "Levi",
        "--resistance",
        "no-one-left",
        "--stall",
        "7:laughed-along,did-not-mirror",
        "--note",
        "John joked; so did I.",
        "--ask",
        "Why do I laugh along?",
    ]);
}

#[test]
fn undo_reverses_an_add_and_says_what_it_undid() {
    let j = Journal::with_john();
    let before = j.snapshot();
    add_full(&j);
    let said = j.ok(&["undo"]);
    assert_eq!(said.trim(), "undone: added reflection 1 (John, 2026-03-15)");
    assert_eq!(j.snapshot(), before);
}

#[test]
fn a_deleted_reflection_comes_back_whole() {
    let j = Journal::with_john();
    add_full(&j);
    let before = j.snapshot();
    let said = j.ok(&["delete", "1", "--yes"]);
    assert!(said.contains("undo with `spiegel undo`"), "{said}");
    let said = j.ok(&["undo"]);
    assert!(said.contains("deleted reflection 1 (John"), "{said}");
    // Same id, uuid, timestamps, stalls, presence and question.
    assert_eq!(j.snapshot(), before);
}

#[test]
fn an_edit_is_undone_exactly() {
    let j = Journal::with_john();
    add_full(&j);
    let before = j.json(&["show", "1"]);
    j.ok(&[
        "edit",
        "1",
        "--note",
        "rewritten",
        "--no-stalls",
        "--alone",
        "--ask",
        "",
        "--completed",
    ]);
    assert_ne!(j.json(&["show", "1"]), before);
    assert_eq!(
        j.ok(&["undo"]).trim(),
        "undone: changed reflection 1 (John, 2026-03-15)"
    );
    assert_eq!(j.json(&["show", "1"]), before);
}

#[test]
fn undo_can_be_repeated_back_to_the_start_and_is_not_itself_undone() {
    let j = Journal::new();
    j.ok(&["case", "add", "John"]);
    j.ok(&["case", "rename", "John", "Johan"]);
    j.ok(&["case", "close", "Johan", "--outcome", "dropped-out"]);
    j.ok(&[
        "reasons",
        "add",
        "rushed-the-ending",
        "--side",
        "self",
        "--en",
        "Rushed",
        "--nl",
        "Gehaast",
    ]);

    assert!(j.ok(&["undo"]).contains("added reason rushed-the-ending"));
    assert!(j.ok(&["undo"]).contains("changed case Johan"));
    assert_eq!(
        j.json(&["case", "list"])[0]["outcome"],
        serde_json::Value::Null
    );
    assert!(j.ok(&["undo"]).contains("changed case Johan"));
    assert_eq!(j.json(&["case", "list"])[0]["name"], "John");
    assert!(j.ok(&["undo"]).contains("added case John"));
    assert_eq!(j.json(&["case", "list", "--all"]), serde_json::json!([]));
    let err = j.err(&["undo"]);
    assert!(err.contains("nothing to undo"), "{err}");
}

#[test]
fn a_failed_command_leaves_nothing_to_undo() {
    let j = Journal::with_john();
    j.err_usage(&["add", "John", "--stall", "7:no-such-reason"]);
    // The last change is still adding Maarten.
    assert!(j.ok(&["undo"]).contains("added significant other Maarten"));
}
