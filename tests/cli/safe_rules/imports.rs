//! Issue 10.9 (dates): an import refuses the dates the command line
//! refuses, with the same rules (`journal/chronology.rs`).

use super::mara;
use crate::support::*;

/// A journal with a closed case, a session with an answered question, a
/// meeting and a done goal; exported, as JSON.
fn exported() -> serde_json::Value {
    let j = mara();
    j.ok(&["add", "Mara", "--date", "2026-03-05", "--ask", "Why?"]);
    j.ok(&[
        "questions",
        "answer",
        "1",
        "--note",
        "So",
        "--date",
        "2026-03-06",
    ]);
    j.ok(&[
        "case",
        "close",
        "Mara",
        "--outcome",
        "dropped-out",
        "--date",
        "2026-03-10",
    ]);
    j.ok(&["supervision", "add", "--date", "2026-03-12", "--note", "x"]);
    j.ok(&[
        "goal",
        "add",
        "Stay",
        "--reason",
        "went-too-fast",
        "--since",
        "2026-03-01",
    ]);
    j.ok(&["goal", "done", "1", "--date", "2026-03-11"]);
    let file = j.dir.path().join("all.json");
    j.ok(&["export", "-o", file.to_str().unwrap()]);
    serde_json::from_slice(&bytes(&file)).unwrap()
}

/// Importing `v` is refused naming `field` and `problem`; nothing is written.
fn import_refused(v: &serde_json::Value, field: &str, problem: &str) {
    let j = Journal::new();
    let file = j.dir.path().join("bad.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let err = j.err(&["import", file.to_str().unwrap()]);
    assert!(
        err.contains(&format!("{field}: {problem}")),
        "{field}: {problem} in {err}"
    );
    assert!(!j.path.exists(), "a refused file made a journal");
}

#[test]
fn an_import_with_dates_the_command_line_refuses_is_refused() {
    // issue 10.9: import took sessions in 2099 or year 0, a case closed
    // before it opened, updated_at before created_at.
    let good = exported();
    {
        // The file as exported imports.
        let j = Journal::new();
        let file = j.dir.path().join("good.json");
        std::fs::write(&file, good.to_string()).unwrap();
        j.ok(&["import", file.to_str().unwrap()]);
    }
    let case = "cases[0]";
    let session = "cases[0].reflections[0]";
    let with = |path: &[&str], value: &str| {
        let mut v = good.clone();
        let mut at = &mut v;
        for key in path {
            at = match key.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*key],
            };
        }
        *at = value.into();
        v
    };
    let r = ["cases", "0", "reflections", "0"];
    import_refused(
        &with(&field(&r, "date"), "2099-01-01"),
        &format!("{session}.date"),
        "2099-01-01 lies in the future",
    );
    import_refused(
        &with(&field(&r, "date"), "0000-01-01"),
        &format!("{session}.date"),
        "0000-01-01 lies before 1900",
    );
    import_refused(
        &with(&field(&r, "date"), "2026-02-28"),
        &format!("{session}.date"),
        "session date 2026-02-28 is before the case opened (2026-03-01)",
    );
    import_refused(
        &with(&field(&r, "date"), "2026-03-11"),
        &format!("{session}.date"),
        "session date 2026-03-11 is after the case closed (2026-03-10)",
    );
    import_refused(
        &with(&["cases", "0", "closed_on"], "2026-02-01"),
        &format!("{case}.closed_on"),
        "closing date 2026-02-01 is before the case opened (2026-03-01)",
    );
    import_refused(
        &with(&["cases", "0", "updated_at"], "2020-01-01T00:00:00.000Z"),
        &format!("{case}.updated_at"),
        "updated_at 2020-01-01T00:00:00.000Z is before created_at",
    );
    import_refused(
        &with(&field(&field(&r, "question"), "answered_on"), "2026-03-04"),
        &format!("{session}.question.answered_on"),
        "answer date 2026-03-04 is before the session",
    );
    import_refused(
        &with(&["goals", "0", "done_on"], "2026-02-27"),
        "goals[0].done_on",
        "done date 2026-02-27 is before the goal started (2026-03-01)",
    );
    import_refused(
        &with(&["meetings", "0", "held_on"], "2026-03-16"),
        "meetings[0].held_on",
        "2026-03-16 lies in the future",
    );
}

/// `path` and then `last`.
fn field<'a>(path: &[&'a str], last: &'a str) -> Vec<&'a str> {
    [path, &[last]].concat()
}

#[test]
fn an_import_that_would_leave_a_session_outside_its_case_is_refused() {
    // issue 10.3, 10.9: each record of the file was valid, but merged with
    // the journal's newer case the session fell before the case opened.
    let a = mara();
    a.ok(&["add", "Mara", "--date", "2026-03-05", "--note", "x"]);
    let file = a.dir.path().join("a.json");
    a.ok(&["export", "-o", file.to_str().unwrap()]);
    // The same journal elsewhere: the session gone, the case opened later
    // (and so changed after the export).
    let b = Journal::new();
    b.ok(&["import", file.to_str().unwrap()]);
    b.ok(&["delete", "1", "--yes"]);
    b.ok(&["case", "edit", "Mara", "--opened", "2026-03-10"]);
    let before = bytes(&b.path);
    let mut cmd = b.cmd(&["import", file.to_str().unwrap()]);
    cmd.env("SPIEGEL_TODAY", TODAY);
    let err = fails(cmd, &["import"]);
    assert!(
        err.contains("case 'Mara': session date 2026-03-05 is before the case opened (2026-03-10)"),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(bytes(&b.path), before);
    assert_eq!(
        b.json(&["case", "show", "Mara"])["timeline"],
        serde_json::json!([])
    );
}
