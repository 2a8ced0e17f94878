//! Another member's pooled records are their words (issue 17): every door
//! that would change them, add to their case or answer their question
//! refuses with one line that names whose they are and the way out; the
//! journal is left as it was. Forgetting their case stays possible: it is
//! how a member leaves the group.

use serde_json::Value;

use crate::group::{member_a, member_b};
use crate::support::Journal;

const NL: &[(&str, &str)] = &[("SPIEGEL_LANG", "nl")];

/// B's journal with A's records pooled as P3 (with their notes): case
/// P3·C01 with four sessions (the last with a question), A's goal and A's
/// meeting. B has no meetings or goals of their own, so A's are meeting 1
/// and goal 1.
fn pooled() -> Journal {
    let a = member_a();
    a.ok(&[
        "add",
        "Anna",
        "--date",
        "2026-02-22",
        "--note",
        "A's words.",
        "--ask",
        "How do I stop laughing along?",
    ]);
    let file = a.dir.path().join("with-notes.json");
    a.ok(&[
        "export",
        "--anonymize",
        "--keep-notes",
        "--as",
        "P3",
        "-o",
        file.to_str().unwrap(),
    ]);
    let b = member_b();
    b.ok(&["import", file.to_str().unwrap()]);
    b
}

/// The id of one of P3's reflections in `b`.
fn pooled_reflection(b: &Journal) -> String {
    let list = b.json(&["list", "--limit", "0"]);
    let pooled = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["case"] == "P3·C01")
        .expect("a pooled reflection");
    pooled["id"].to_string()
}

/// The id of P3's question in `b`.
fn pooled_question(b: &Journal) -> String {
    let questions = b.json(&["questions"]);
    let q = questions
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["case"] == "P3·C01")
        .expect("P3's question is listed");
    q["id"].to_string()
}

/// Runs `args`, which must be refused (exit 1, one line, nothing changed),
/// and returns the line.
fn refused(b: &Journal, args: &[&str]) -> String {
    let before = b.snapshot();
    let err = b.err(args);
    assert_eq!(b.snapshot(), before, "{args:?} changed the journal");
    err
}

#[test]
fn a_pooled_reflection_is_neither_edited_nor_deleted() {
    let b = pooled();
    let id = pooled_reflection(&b);
    let theirs =
        format!("reflection {id} is P3's (case 'P3·C01'), pooled from your peer-supervision group");
    for args in [
        vec!["edit", id.as_str(), "--note", "B's words in A's mouth"],
        vec!["edit", id.as_str(), "--ask", "B's question"],
        vec!["delete", id.as_str(), "--yes"],
        // Without --yes and without a terminal: the same line, not a
        // request to confirm.
        vec!["delete", id.as_str()],
    ] {
        let err = refused(&b, &args);
        assert!(
            err.contains(&theirs) && err.contains("`spiegel case forget P3·C01`"),
            "{args:?}: {err}"
        );
    }
    let err = b.err_env(NL, &["edit", &id, "--note", "x"]);
    assert!(
        err.contains(&format!(
            "reflectie {id} is van P3 (casus 'P3·C01'), gedeeld in je intervisiegroep"
        )),
        "{err}"
    );
    // B's own reflections stay B's to change.
    let own = b.json(&["list", "--case", "C01", "--limit", "1"])[0]["id"].to_string();
    b.ok(&["edit", &own, "--note", "B's own words"]);
}

#[cfg(unix)]
#[test]
fn the_editor_is_not_opened_on_a_pooled_reflection() {
    let b = pooled();
    let id = pooled_reflection(&b);
    let editor = b.dir.path().join("editor.sh");
    let ran = b.dir.path().join("ran");
    std::fs::write(&editor, format!("#!/bin/sh\ntouch '{}'\n", ran.display())).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = b.cmd(&["edit", &id]);
    cmd.env("VISUAL", &editor);
    let err = crate::support::fails(cmd, &["edit", &id]);
    assert!(err.contains("is P3's"), "{err}");
    assert!(!ran.exists(), "the editor was opened");
}

#[test]
fn a_pooled_case_is_neither_added_to_nor_changed() {
    let b = pooled();
    let theirs = "case 'P3·C01' is P3's, pooled from your peer-supervision group: only P3 changes it or adds to it — write in your own cases; to take it out of your journal: `spiegel case forget P3·C01`";
    for args in [
        vec!["add", "P3·C01", "--date", "2026-03-01", "--note", "x"],
        vec!["add", "p3:c01", "--ask", "Whose question?"],
        vec!["case", "rename", "P3·C01", "Anna"],
        vec![
            "case",
            "close",
            "P3·C01",
            "--outcome",
            "dropped-out",
            "--date",
            "2026-03-01",
        ],
        vec!["case", "edit", "P3·C01", "--setting", "youth care"],
        vec!["other", "add", "P3·C01", "Tom", "--role", "partner"],
        vec!["other", "edit", "P3·C01", "Bert", "--role", "parent"],
        vec!["other", "rename", "P3·C01", "Bert", "Bart"],
        vec!["other", "remove", "P3·C01", "Bert", "--force"],
        vec![
            "invite",
            "P3·C01",
            "Bert",
            "--by",
            "me",
            "--date",
            "2026-02-20",
        ],
    ] {
        let err = refused(&b, &args);
        assert_eq!(err, format!("error: {theirs}"), "{args:?}");
    }
    let err = b.err_env(NL, &["case", "rename", "P3·C01", "Anna"]);
    assert!(
        err.contains(
            "casus 'P3·C01' is van P3, gedeeld in je intervisiegroep: alleen P3 wijzigt die"
        ) && err.contains("spiegel case forget P3·C01"),
        "{err}"
    );
    // B's own C01, by the same name, is B's.
    b.ok(&["case", "edit", "C01", "--setting", "addiction care"]);
    b.ok(&["add", "C01", "--date", "2026-03-01", "--note", "mine"]);
}

#[test]
fn a_pooled_meeting_goal_or_question_is_theirs() {
    let b = pooled();
    assert!(
        b.ok(&["supervision", "list"])
            .contains("No supervision meetings yet")
    );
    for args in [
        vec!["supervision", "edit", "1", "--note", "x"],
        vec!["supervision", "delete", "1", "--yes"],
        vec!["supervision", "delete", "1"],
    ] {
        let err = refused(&b, &args);
        assert!(err.contains("meeting 1 is P3's, pooled"), "{args:?}: {err}");
    }
    for args in [
        vec!["goal", "edit", "1", "--text", "x"],
        vec!["goal", "done", "1", "--date", "2026-03-01"],
        vec!["goal", "delete", "1", "--yes"],
    ] {
        let err = refused(&b, &args);
        assert!(err.contains("goal 1 is P3's, pooled"), "{args:?}: {err}");
    }
    let q = pooled_question(&b);
    for args in [
        vec![
            "questions",
            "answer",
            q.as_str(),
            "--note",
            "The group said: mirror.",
        ],
        vec!["questions", "edit", q.as_str(), "--text", "x"],
    ] {
        let err = refused(&b, &args);
        assert!(
            err.contains(&format!("question {q} is P3's (case 'P3·C01')")),
            "{args:?}: {err}"
        );
    }
    let err = b.err_env(NL, &["goal", "done", "1"]);
    assert!(err.contains("leerdoel 1 is van P3"), "{err}");
    let err = b.err_env(NL, &["supervision", "edit", "1", "--note", "x"]);
    assert!(err.contains("bijeenkomst 1 is van P3"), "{err}");
}

#[test]
fn forgetting_a_pooled_case_is_how_a_member_leaves() {
    let b = pooled();
    b.ok(&["case", "forget", "P3·C01", "--yes"]);
    let names: Vec<Value> = b
        .json(&["case", "list", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].clone())
        .collect();
    assert_eq!(names, ["C01"]);
    assert!(
        b.json(&["questions"]).as_array().unwrap().is_empty(),
        "P3's question went with the case"
    );
}

#[cfg(unix)]
#[test]
fn the_guided_walk_refuses_a_pooled_case_before_the_first_question() {
    let b = pooled();
    let before = b.snapshot();
    let mut w = crate::guided::Walk::start_add(&b, &["P3·C01"], &[]);
    let (code, rest) = w.end();
    assert_eq!(code, 1, "{rest}");
    assert!(rest.contains("is P3's"), "{rest}");
    assert!(!rest.contains("When was the session?"), "{rest}");
    assert_eq!(b.snapshot(), before);
}

#[test]
fn csv_and_markdown_name_a_pooled_case_with_its_code() {
    let b = pooled();
    let csv = b.ok(&["export", "--format", "csv"]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("id,reflection,case,date,")
            && header.ends_with(",went_well,practitioner"),
        "{header}"
    );
    let rows: Vec<Vec<String>> = lines
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    let theirs: Vec<&Vec<String>> = rows.iter().filter(|r| r[2] == "P3·C01").collect();
    assert_eq!(theirs.len(), 4, "{csv}");
    assert!(theirs.iter().all(|r| r.last().unwrap() == "P3"), "{csv}");
    let own: Vec<&Vec<String>> = rows.iter().filter(|r| r[2] == "C01").collect();
    assert_eq!(own.len(), 2, "{csv}");
    assert!(own.iter().all(|r| r.last().unwrap().is_empty()), "{csv}");

    let md = b.ok(&["export", "--format", "md"]);
    assert!(
        md.contains("\n## P3·C01\n") && md.contains("\n## C01\n"),
        "{md}"
    );
}

#[test]
fn an_anonymized_export_leaves_other_members_records_out_and_says_so() {
    let b = pooled();
    b.ok(&[
        "supervision",
        "add",
        "--date",
        "2026-03-02",
        "--kind",
        "peer",
    ]);
    for args in [
        vec!["export", "--anonymize", "--as", "P5"],
        vec!["export", "--anonymize"],
    ] {
        let out = b.cmd(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        let data: Value = serde_json::from_slice(&out.stdout).unwrap();
        let cases = data["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 1, "B's own case only: {args:?}");
        assert_eq!(cases[0]["reflections"].as_array().unwrap().len(), 2);
        assert_eq!(data["meetings"].as_array().unwrap().len(), 1, "B's own");
        assert!(
            data["goals"].as_array().unwrap().is_empty(),
            "A's goal is A's"
        );
        let said = String::from_utf8(out.stderr).unwrap();
        assert!(
            said.contains(
                "left out the records pooled from P3 (4 reflections in 1 case, and their meetings and goals): they are theirs to share"
            ),
            "{said}"
        );
    }
    // CSV likewise, and the Dutch user reads it in Dutch.
    let out = b.output_env(
        NL,
        &["export", "--anonymize", "--as", "P5", "--format", "csv"],
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(!csv.contains("P3"), "{csv}");
    assert_eq!(csv.lines().count(), 3, "header and B's two sessions: {csv}");
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("de gedeelde records van P3 zijn weggelaten (4 reflecties in 1 casus"),
        "{said}"
    );
    // B's whole export (a backup, another device) keeps them, without a word.
    let out = b.cmd(&["export"]).output().unwrap();
    let data: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(data["cases"].as_array().unwrap().len(), 2);
    assert!(String::from_utf8(out.stderr).unwrap().is_empty());
    // A journal of one's own records only: nothing is said.
    let a = member_a();
    let out = a
        .cmd(&["export", "--anonymize", "--as", "P3"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stderr).unwrap().is_empty());
}
