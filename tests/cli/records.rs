//! Correcting the records beside the reflections (issue 16.7): `other
//! edit/rename/remove`, `supervision edit/delete`, `goal edit/delete` and
//! `questions edit`, each undoable, checked as adding them is, and worded
//! in both languages.

use crate::support::{Journal, TODAY};

/// John with Levi at the session of 2026-03-01, which asks a question.
fn with_session() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-01",
        "--with",
        "Levi",
        "--note",
        "Levi laughed along when John asked.",
        "--ask",
        "Why do I laugh along?",
    ]);
    j
}

fn other<'a>(others: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    others
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {others}"))
}

#[test]
fn other_edit_changes_the_role_and_undo_takes_it_back() {
    let j = with_session();
    assert_eq!(
        j.ok(&["other", "edit", "John", "levi", "--role", "partner"]),
        "Levi (John) updated: partner\n"
    );
    assert_eq!(
        other(&j.json(&["other", "list", "John"]), "Levi")["role"],
        "partner"
    );
    // Dutch words are input too.
    j.ok(&["other", "edit", "John", "Levi", "--role", "broer"]);
    assert_eq!(
        other(&j.json(&["other", "list", "John"]), "Levi")["role"],
        "sibling"
    );
    assert!(j.ok(&["undo"]).contains("significant other Levi"));
    assert_eq!(
        other(&j.json(&["other", "list", "John"]), "Levi")["role"],
        "partner"
    );

    let err = j.err_usage(&["other", "edit", "John", "Levi"]);
    assert!(
        err.contains("nothing changed for Levi (John) — give --role ROLE"),
        "{err}"
    );
    let err = j.err(&["other", "edit", "John", "Lev", "--role", "friend"]);
    assert!(err.contains("did you mean 'Levi'?"), "{err}");
    let err = j.err(&["other", "edit", "Jon", "Levi", "--role", "friend"]);
    assert!(err.contains("no case 'Jon'"), "{err}");
}

#[test]
fn other_rename_keeps_the_sessions_they_took_part_in() {
    let j = with_session();
    let before = j.json(&["other", "list", "John"]);
    assert_eq!(
        j.ok(&["other", "rename", "John", "Levi", "Lev"]),
        "Levi (John) is now called Lev, also in the 1 session they took part in\n"
    );
    let shown = j.json(&["show", "1"]);
    assert_eq!(shown["present"], serde_json::json!(["Lev"]));
    assert_eq!(shown["note"], "Levi laughed along when John asked.");
    let renamed = other(&j.json(&["other", "list", "John"]), "Lev").clone();
    assert_eq!(renamed["uuid"], other(&before, "Levi")["uuid"]);
    assert_eq!(renamed["sessions"], 1);

    // The rules of `other add`: unique in the case, ignoring upper and
    // lower case; a change of case alone is a rename.
    let err = j.err(&["other", "rename", "John", "Lev", "maarten"]);
    assert!(
        err.contains("John already has a significant other called 'Maarten'"),
        "{err}"
    );
    assert_eq!(
        j.ok(&["other", "rename", "John", "maarten", "MAARTEN"]),
        "Maarten (John) is now called MAARTEN\n"
    );
    let err = j.err_usage(&["other", "rename", "John", "Lev", "  "]);
    assert!(err.contains("cannot be empty"), "{err}");

    j.ok(&["undo"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["other", "list", "John"]), before);
    assert_eq!(
        j.json(&["show", "1"])["present"],
        serde_json::json!(["Levi"])
    );
}

#[test]
fn other_remove_refuses_while_a_session_names_them_unless_forced() {
    let j = with_session();
    let before = j.json(&["show", "1"]);

    let err = j.err(&["other", "remove", "John", "Levi"]);
    assert!(err.contains("Levi took part in 1 session of John"), "{err}");
    assert!(
        err.contains("`spiegel other rename John Levi NEW`") && err.contains("add --force"),
        "{err}"
    );
    assert_eq!(j.json(&["show", "1"]), before);

    // Nobody refers to Maarten: removed at once, and back with undo.
    assert_eq!(
        j.ok(&["other", "remove", "John", "Maarten"]),
        "Maarten removed from John — undo with `spiegel undo`\n"
    );
    assert_eq!(
        j.json(&["other", "list", "John"]).as_array().unwrap().len(),
        1
    );
    assert!(
        j.ok(&["undo"])
            .contains("deleted significant other Maarten")
    );
    assert_eq!(
        j.json(&["other", "list", "John"]).as_array().unwrap().len(),
        2
    );

    // Forced: they go from the session, whose note stays as written.
    let out = j.ok(&["other", "remove", "John", "Levi", "--force"]);
    assert!(
        out.contains("and from the 1 session they took part in (its notes are kept)"),
        "{out}"
    );
    let shown = j.json(&["show", "1"]);
    assert_eq!(shown["present"], serde_json::json!([]));
    assert_eq!(shown["note"], before["note"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["show", "1"]), before);
    assert_eq!(
        other(&j.json(&["other", "list", "John"]), "Levi")["sessions"],
        1
    );

    let err = j.err(&["other", "remove", "John", "Nobody"]);
    assert!(
        err.contains("'Nobody' is not a significant other of John"),
        "{err}"
    );
}

#[test]
fn supervision_edit_changes_each_field_and_undo_takes_it_back() {
    let j = Journal::with_john();
    j.ok(&[
        "supervision",
        "add",
        "--date",
        "2026-03-10",
        "--kind",
        "group",
        "--with",
        "Anna",
        "--note",
        "Stay with the silence.",
    ]);
    let before = j.json(&["supervision", "list"]);

    assert_eq!(
        j.ok(&[
            "supervision",
            "edit",
            "1",
            "--date",
            "2026-03-09",
            "--kind",
            "peer",
            "--with",
            "",
        ]),
        "meeting 1 updated\n"
    );
    let m = &j.json(&["supervision", "list"])[0];
    assert_eq!(m["date"], "2026-03-09");
    assert_eq!(m["kind"], "peer");
    assert_eq!(m["with"], serde_json::Value::Null);
    assert_eq!(m["note"], "Stay with the silence.");
    assert_eq!(m["uuid"], before[0]["uuid"]);

    // The note from stdin, as `supervision add` reads it.
    j.cmd(&["supervision", "edit", "1", "--note", "-"])
        .write_stdin("Ask twice.\nThen wait.\n")
        .assert()
        .success();
    assert_eq!(
        j.json(&["supervision", "list"])[0]["note"],
        "Ask twice.\nThen wait."
    );

    assert!(j.ok(&["undo"]).contains("changed supervision meeting on"));
    j.ok(&["undo"]);
    assert_eq!(j.json(&["supervision", "list"]), before);

    // The checks of `supervision add`, and the errors of an edit.
    let err = j.err_usage(&["supervision", "edit", "1", "--date", "2099-01-01"]);
    assert!(err.contains("2099-01-01"), "{err}");
    // A control character is refused as `supervision add` refuses it.
    let add = j.err(&["supervision", "add", "--note", "a\u{1b}[2Jb"]);
    let err = j.err(&["supervision", "edit", "1", "--note", "a\u{1b}[2Jb"]);
    assert_eq!(err, add);
    let err = j.err_usage(&["supervision", "edit", "1"]);
    assert!(
        err.contains("nothing changed in meeting 1 — give --date DATE"),
        "{err}"
    );
    let err = j.err(&["supervision", "edit", "7", "--note", "x"]);
    assert!(
        err.contains("no supervision meeting 7 — see `spiegel supervision list`"),
        "{err}"
    );
    assert_eq!(j.json(&["supervision", "list"]), before);
}

#[test]
fn supervision_delete_asks_or_takes_yes_and_undo_brings_it_back() {
    let j = Journal::with_john();
    j.ok(&["supervision", "add", "--note", "Stay with the silence."]);
    let before = j.json(&["supervision", "list"]);

    // No terminal to ask on: refused, nothing deleted.
    let err = j.err_usage(&["supervision", "delete", "1"]);
    assert!(
        err.contains("not deleting supervision meeting 1 without confirmation")
            && err.contains("--yes"),
        "{err}"
    );
    assert_eq!(j.json(&["supervision", "list"]), before);

    assert_eq!(
        j.ok(&["supervision", "delete", "1", "--yes"]),
        "meeting 1 deleted — undo with `spiegel undo`\n"
    );
    assert_eq!(j.json(&["supervision", "list"]), serde_json::json!([]));
    assert!(j.ok(&["undo"]).contains("deleted supervision meeting on"));
    assert_eq!(j.json(&["supervision", "list"]), before);

    let err = j.err(&["supervision", "delete", "4", "--yes"]);
    assert!(err.contains("no supervision meeting 4"), "{err}");
}

#[test]
fn goal_edit_follows_the_rules_of_goal_add_and_goal_done() {
    let j = Journal::with_john();
    j.ok(&[
        "goal",
        "add",
        "Ask a second time",
        "--reason",
        "accepted-refusal",
        "--since",
        "2026-02-01",
    ]);
    j.ok(&["goal", "done", "1", "--date", "2026-03-01"]);
    let before = j.json(&["goal", "list", "--all"]);

    assert_eq!(
        j.ok(&["goal", "edit", "1", "--text", " Ask twice, calmly "]),
        "goal 1 updated: Ask twice, calmly\n"
    );
    // A reason by the start of its label, as `goal add` takes it.
    j.ok(&["goal", "edit", "1", "--reason", "Went too fast"]);
    let g = &j.json(&["goal", "list", "--all"])[0];
    assert_eq!(g["text"], "Ask twice, calmly");
    assert_eq!(g["reason"], "went-too-fast");

    // A start after the day it was done, or done before it started: refused.
    let err = j.err(&["goal", "edit", "1", "--since", "2026-03-05"]);
    assert!(
        err.contains("start date 2026-03-05 is after the goal was done (2026-03-01)"),
        "{err}"
    );
    let err = j.err(&["goal", "edit", "1", "--done", "2026-01-05"]);
    assert!(
        err.contains("done date 2026-01-05 is before the goal started (2026-02-01)"),
        "{err}"
    );
    // Open again, from a later start.
    j.ok(&["goal", "edit", "1", "--not-done", "--since", "2026-03-05"]);
    let g = &j.json(&["goal", "list", "--all"])[0];
    assert_eq!(g["done_on"], serde_json::Value::Null);
    assert_eq!(g["since"], "2026-03-05");
    assert_eq!(j.json(&["goal", "list"]).as_array().unwrap().len(), 1);

    let err = j.err_usage(&["goal", "edit", "1", "--text", "  "]);
    assert!(err.contains("cannot be empty"), "{err}");
    let err = j.err_usage(&["goal", "edit", "1", "--reason", "nonsense"]);
    assert!(err.contains("no reason 'nonsense'"), "{err}");
    let err = j.err_usage(&["goal", "edit", "1"]);
    assert!(err.contains("nothing changed in goal 1"), "{err}");
    let err = j.err(&["goal", "edit", "5", "--text", "x"]);
    assert!(
        err.contains("no goal 5 — see `spiegel goal list --all`"),
        "{err}"
    );

    for _ in 0..3 {
        assert!(j.ok(&["undo"]).contains("changed learning goal 1"));
    }
    assert_eq!(j.json(&["goal", "list", "--all"]), before);
}

#[test]
fn goal_delete_asks_or_takes_yes_and_undo_brings_it_back() {
    let j = Journal::with_john();
    j.ok(&["goal", "add", "Ask twice", "--reason", "accepted-refusal"]);
    let before = j.json(&["goal", "list", "--all"]);
    let err = j.err_usage(&["goal", "delete", "1"]);
    assert!(
        err.contains("not deleting goal 1 without confirmation"),
        "{err}"
    );
    assert_eq!(
        j.ok(&["goal", "delete", "1", "-y"]),
        "goal 1 deleted — undo with `spiegel undo`\n"
    );
    assert_eq!(j.json(&["goal", "list", "--all"]), serde_json::json!([]));
    assert!(j.ok(&["undo"]).contains("deleted learning goal 1"));
    assert_eq!(j.json(&["goal", "list", "--all"]), before);
    let err = j.err(&["goal", "delete", "2", "--yes"]);
    assert!(err.contains("no goal 2"), "{err}");
}

#[test]
fn questions_edit_changes_the_text_and_the_answer() {
    let j = with_session();
    let before = j.json(&["questions", "--all"]);

    assert_eq!(
        j.ok(&[
            "questions",
            "edit",
            "1",
            "--text",
            "Why do I laugh along with Levi?"
        ]),
        "question 1 updated\n"
    );
    assert_eq!(
        j.json(&["show", "1"])["question"]["text"],
        "Why do I laugh along with Levi?"
    );

    // A date needs an answer; an answer to an open question is dated today.
    let err = j.err(&["questions", "edit", "1", "--answered", "2026-03-05"]);
    assert!(
        err.contains("question 1 has no answer to date — give the answer too"),
        "{err}"
    );
    j.ok(&["questions", "edit", "1", "--answer", "Name it, then wait."]);
    let q = &j.json(&["questions", "--all"])[0];
    assert_eq!(q["answer"], "Name it, then wait.");
    assert_eq!(q["answered_on"], TODAY);
    assert_eq!(j.json(&["questions"]), serde_json::json!([]));

    j.ok(&["questions", "edit", "1", "--answered", "2026-03-05"]);
    assert_eq!(
        j.json(&["questions", "--all"])[0]["answered_on"],
        "2026-03-05"
    );
    let err = j.err(&["questions", "edit", "1", "--answered", "2026-02-01"]);
    assert!(
        err.contains("answer date 2026-02-01 is before the session the question came from"),
        "{err}"
    );

    let err = j.err_usage(&["questions", "edit", "1", "--text", " "]);
    assert!(
        err.contains("question 1 cannot be empty — to remove it, edit its reflection: `spiegel edit 1 --ask \"\"`"),
        "{err}"
    );
    let err = j.err_usage(&["questions", "edit", "1", "--answer", ""]);
    assert!(err.contains("the answer cannot be empty"), "{err}");
    let err = j.err_usage(&["questions", "edit", "1"]);
    assert!(err.contains("nothing changed in question 1"), "{err}");
    let err = j.err(&["questions", "edit", "8", "--text", "x"]);
    assert!(err.contains("no question 8"), "{err}");

    for _ in 0..3 {
        assert!(j.ok(&["undo"]).contains("the question of reflection 1"));
    }
    assert_eq!(j.json(&["questions", "--all"]), before);
}

#[test]
fn corrections_speak_dutch() {
    let j = with_session();
    let nl = |args: &[&str]| {
        let mut all = vec!["--lang", "nl"];
        all.extend_from_slice(args);
        all.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let run = |args: &[&str]| {
        let args = nl(args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        j.ok(&args)
    };
    let fail = |args: &[&str], usage: bool| {
        let args = nl(args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        if usage {
            j.err_usage(&args)
        } else {
            j.err(&args)
        }
    };
    assert_eq!(
        run(&["other", "edit", "John", "Levi", "--role", "partner"]),
        "Levi (John) bijgewerkt: partner\n"
    );
    assert_eq!(
        run(&["other", "rename", "John", "Levi", "Lev"]),
        "Levi (John) heet nu Lev, ook in de 1 sessie waarbij die was\n"
    );
    let err = fail(&["other", "remove", "John", "Lev"], false);
    assert!(
        err.contains("Lev was bij 1 sessie van John") && err.contains("--force"),
        "{err}"
    );
    run(&["supervision", "add", "--note", "Blijf bij de stilte."]);
    assert_eq!(
        run(&["supervision", "edit", "1", "--kind", "groep"]),
        "bijeenkomst 1 bijgewerkt\n"
    );
    assert_eq!(j.json(&["supervision", "list"])[0]["kind"], "group");
    assert!(
        fail(&["supervision", "delete", "1"], true)
            .contains("supervisiebijeenkomst 1 wordt niet verwijderd zonder bevestiging")
    );
    assert_eq!(
        run(&["supervision", "delete", "1", "--yes"]),
        "bijeenkomst 1 verwijderd — maak het ongedaan met `spiegel undo`\n"
    );
    run(&[
        "goal",
        "add",
        "Twee keer vragen",
        "--reason",
        "accepted-refusal",
    ]);
    assert_eq!(
        run(&["goal", "edit", "1", "--text", "Rustig twee keer vragen"]),
        "leerdoel 1 bijgewerkt: Rustig twee keer vragen\n"
    );
    assert!(fail(&["goal", "edit", "1"], true).starts_with("fout: niets gewijzigd aan leerdoel 1"));
    assert!(fail(&["goal", "delete", "9", "--yes"], false).contains("geen leerdoel 9"));
    assert_eq!(
        run(&["questions", "edit", "1", "--text", "Waarom lach ik mee?"]),
        "vraag 1 bijgewerkt\n"
    );
    let err = fail(&["questions", "edit", "1", "--text", ""], true);
    assert!(err.contains("vraag 1 mag niet leeg zijn"), "{err}");
    let err = fail(&["supervision", "edit", "5", "--note", "x"], false);
    assert!(err.contains("geen supervisiebijeenkomst 5"), "{err}");
}
