//! What text the journal takes, the same at every door (flags, stdin, the
//! editor's form, import), and what a terminal is shown (issue 10, items 2,
//! 8, 9, 10, 19 and 20).

mod import;
mod screens;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::Value;

use crate::support::Journal;

/// Runs `args` with `input` on stdin; returns the output.
pub fn with_stdin(j: &Journal, args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = j
        .process()
        .arg("--db")
        .arg(&j.path)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command may refuse before reading it all: a closed pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

/// The one-line error of a command that must fail with exit code 1.
pub fn one_line_error(out: &std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(1),
        "should fail: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr}");
    stderr.trim_end().to_string()
}

/// The journal's export, as JSON.
pub fn export(j: &Journal) -> Value {
    serde_json::from_str(&j.ok(&["export"])).unwrap()
}

/// Writes `v` as an import file; returns its path.
pub fn file(j: &Journal, name: &str, v: &Value) -> PathBuf {
    let path = j.dir.path().join(name);
    std::fs::write(&path, serde_json::to_vec(v).unwrap()).unwrap();
    path
}

/// Imports `path` into a new journal, which must refuse it with an error
/// holding every one of `expected`, and be left without a journal.
pub fn import_refused(path: &Path, expected: &[&str]) {
    let fresh = Journal::new();
    let error = fresh.err(&["import", path.to_str().unwrap()]);
    for e in expected {
        assert!(error.contains(e), "{e:?} not in: {error}");
    }
    assert!(!fresh.path.exists(), "a refused import made a journal");
}

/// John with one reflection: Levi present, a stall, a question.
pub fn john_with_a_reflection() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--with",
        "Levi",
        "--resistance",
        "no-one-left",
        "--stall",
        "7:laughed-along",
        "--note",
        "John joked.",
        "--ask",
        "Why do I laugh along?",
    ]);
    j
}
// issue 10.2: `undo` cut a note at its NUL byte; NUL is refused at the door.
#[test]
fn a_nul_byte_in_a_note_from_stdin_is_refused_so_undo_cannot_cut_it() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let out = with_stdin(&j, &["add", "John", "--note", "-"], b"before\0after");
    let error = one_line_error(&out);
    assert!(error.contains("the note"), "{error}");
    assert!(error.contains("U+0000"), "{error}");
    assert_eq!(j.snapshot(), before, "nothing was written");
    // Other control characters too, in every free text.
    let out = with_stdin(&j, &["add", "John", "--ask", "-"], b"why\x1b[2J?");
    assert!(one_line_error(&out).contains("U+001B"));
    assert_eq!(j.snapshot(), before);
}

// issue 10.2, 10.8: meetings, goals and answers follow the same rules.
#[test]
fn supervision_texts_refuse_control_characters_too() {
    let j = john_with_a_reflection();
    let before = j.snapshot();
    let meetings = j.ok(&["supervision", "list"]);
    for (args, what) in [
        (
            &["supervision", "add", "--with", "group\nfake row"][..],
            "participants",
        ),
        (&["supervision", "add", "--note", "bell\u{7}"], "U+0007"),
        (
            &["goal", "add", "stay\u{1b}[8m", "--reason", "went-too-fast"],
            "the goal",
        ),
        (
            &["questions", "answer", "1", "--note", "ok\u{1b}"],
            "the answer",
        ),
    ] {
        let error = j.err(args);
        assert!(error.contains(what), "{args:?}: {error}");
    }
    let out = with_stdin(&j, &["supervision", "add", "--note", "-"], b"nul\0here");
    assert!(one_line_error(&out).contains("U+0000"));
    assert_eq!(j.snapshot(), before);
    assert_eq!(j.ok(&["supervision", "list"]), meetings);
    assert!(!j.ok(&["goal", "list"]).contains("stay"));
}

// issue 10.2: undo gives back every byte it took.
#[test]
fn undo_gives_back_every_byte_of_a_deleted_note() {
    let j = Journal::with_john();
    let note = "quotes ' \" '' ; DROP TABLE x; --\r\nCRLF line\ttab\n\u{9b}c1 émoji 🙂 \\ end";
    j.ok(&["add", "John", "--note", note, "--ask", "it's \"fine\"?"]);
    // A journal written before NUL was refused may hold one.
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    conn.execute_batch(
        "UPDATE reflection SET note = note || char(0) || 'after NUL';
         UPDATE question SET text = 'a' || char(0) || 'b';
         UPDATE \"case\" SET setting = 'x' || char(0) || 'y';",
    )
    .unwrap();
    drop(conn);
    let before = j.json(&["show", "1"]);
    assert_eq!(before["note"], format!("{note}\u{0}after NUL"));
    j.ok(&["delete", "1", "--yes"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["show", "1"]), before);
    j.ok(&["edit", "1", "--note", "replaced", "--ask", "other"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["show", "1"]), before);
    j.ok(&["case", "edit", "John", "--setting", "clinic"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["case", "show", "John"])["setting"], "x\u{0}y");
}

// issue 10.8: a newline in a name made `case list` show a fake row.
#[test]
fn control_and_direction_characters_in_names_are_refused() {
    let j = Journal::with_john();
    j.ok(&[
        "reasons", "add", "own", "--side", "self", "--en", "Own", "--nl", "Eigen",
    ]);
    let before = j.snapshot();
    let list = j.ok(&["case", "list", "--all"]);
    for (args, what) in [
        (&["case", "add", "Bob\nDrop"][..], "U+000A"),
        (&["case", "add", "Bob\u{1b}[31m"], "U+001B"),
        (&["case", "add", "Bo\u{85}b"], "U+0085"),
        (&["case", "add", "evil\u{202E}txt.exe"], "U+202E"),
        (&["case", "add", "a\u{2066}b"], "U+2066"),
        (&["case", "add", "\u{200B}\u{200B}"], "invisible"),
        (&["case", "add", "\u{3164}"], "invisible"),
        (&["case", "rename", "John", "Jo\nhn"], "U+000A"),
        (
            &["case", "add", "Ann", "--setting", "clinic\nC2"],
            "setting",
        ),
        (
            &["other", "add", "John", "Li\tsa", "--role", "friend"],
            "U+0009",
        ),
        (
            &["other", "add", "John", "\u{FEFF}", "--role", "friend"],
            "invisible",
        ),
        (
            &[
                "reasons", "add", "x", "--side", "self", "--en", "X\u{7}", "--nl", "X",
            ],
            "U+0007",
        ),
        (
            &[
                "reasons",
                "add",
                "x",
                "--side",
                "self",
                "--en",
                "X",
                "--nl",
                "\u{202D}X",
            ],
            "U+202D",
        ),
    ] {
        let error = j.err(args);
        assert!(error.contains(what), "{args:?}: {error}");
        assert!(
            !error.contains('\u{1b}'),
            "the error shows no escape: {error:?}"
        );
    }
    let long = "n".repeat(201);
    assert!(j.err(&["case", "add", &long]).contains("200 characters"));
    assert_eq!(j.snapshot(), before, "nothing was written");
    assert_eq!(j.ok(&["case", "list", "--all"]), list);
}

// issue 10.10: a 200 MB note took 833 MB; texts have a documented limit.
#[test]
fn a_three_megabyte_note_is_refused_from_stdin_with_the_limit() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let out = with_stdin(&j, &["add", "John", "--note", "-"], &vec![b'x'; 3_000_000]);
    let error = one_line_error(&out);
    assert!(error.contains("the note is 3 MB"), "{error}");
    assert!(error.contains("1 MB"), "{error}");
    let out = with_stdin(
        &j,
        &["questions", "answer", "1", "--note", "-"],
        &vec![b'x'; 1_000_001],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(j.snapshot(), before);
    // Exactly the limit is fine.
    let out = with_stdin(&j, &["add", "John", "--note", "-"], &vec![b'y'; 1_000_000]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
