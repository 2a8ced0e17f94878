//! A peer-supervision group's pooled view (issue 17): member A exports with
//! a practitioner code (`export --anonymize --as P3`), member B imports it
//! beside their own records; who is who survives.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{Journal, bytes, fails_with};

const NL: &[(&str, &str)] = &[("SPIEGEL_LANG", "nl")];

/// Member A: case Anna with three sessions, each stalling at step 7 because
/// A laughed along, and a goal.
fn member_a() -> Journal {
    let a = Journal::new();
    a.ok(&["case", "add", "Anna", "--opened", "2026-01-01"]);
    a.ok(&["other", "add", "Anna", "Bert", "--role", "partner"]);
    for date in ["2026-02-01", "2026-02-08", "2026-02-15"] {
        a.ok(&[
            "add",
            "Anna",
            "--date",
            date,
            "--stall",
            "7:laughed-along",
            "--note",
            "Anna's own words, never to leave A's laptop.",
        ]);
    }
    a.ok(&[
        "goal",
        "add",
        "Mirror instead of laughing",
        "--reason",
        "laughed-along",
        "--since",
        "2026-01-15",
    ]);
    a
}

/// Member B: their own case, called C01 too (as an anonymized export would
/// call a case), with two sessions stalling at step 2.
fn member_b() -> Journal {
    let b = Journal::new();
    b.ok(&["case", "add", "C01", "--opened", "2026-01-01"]);
    for date in ["2026-02-02", "2026-02-09"] {
        b.ok(&["add", "C01", "--date", date, "--stall", "2:did-not-stoke"]);
    }
    b
}

/// A's export for the group, as a file in A's folder.
fn exported_as(a: &Journal, code: &str) -> PathBuf {
    let path = a.dir.path().join(format!("group-{code}.json"));
    a.ok(&[
        "export",
        "--anonymize",
        "--as",
        code,
        "-o",
        path.to_str().unwrap(),
    ]);
    path
}

fn read(path: &Path) -> Value {
    serde_json::from_slice(&bytes(path)).unwrap()
}

/// The cases of `j` as (practitioner, name) pairs.
fn cases(j: &Journal) -> Vec<(Value, Value)> {
    j.json(&["case", "list", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["practitioner"].clone(), c["name"].clone()))
        .collect()
}

#[test]
fn an_export_as_a_code_labels_every_record_and_leaves_out_the_words() {
    let a = member_a();
    let file = exported_as(&a, "p3");
    let data = read(&file);
    assert_eq!(data["version"], 3);
    assert_eq!(data["anonymized"], true);
    assert_eq!(data["cases"][0]["practitioner"], "P3", "in capitals");
    assert_eq!(data["cases"][0]["name"], "C01");
    assert_eq!(data["goals"][0]["practitioner"], "P3");
    assert!(!String::from_utf8_lossy(&bytes(&file)).contains("Anna"));
    // A's own journal is unchanged: its records have no code.
    assert_eq!(cases(&a), [(Value::Null, "Anna".into())]);
    // Without --as nothing is labelled, and the field is left out.
    let plain = a.ok(&["export", "--anonymize"]);
    assert!(!plain.contains("practitioner"), "{plain}");
}

#[test]
fn a_code_that_is_no_code_is_refused_in_both_languages() {
    let a = member_a();
    let err = a.err_usage(&["export", "--anonymize", "--as", "P-3"]);
    assert!(
        err.contains("'P-3' is not a practitioner code") && err.contains("like P3"),
        "{err}"
    );
    let err = fails_with(
        {
            let mut cmd = a.cmd(&["export", "--anonymize", "--as", "ABCDEFGH9"]);
            cmd.env("SPIEGEL_LANG", "nl");
            cmd
        },
        &[],
        2,
    );
    assert!(err.contains("is geen code van een collega"), "{err}");
    // --as labels an anonymized export only.
    let out = a.cmd(&["export", "--as", "P3"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_pooled_import_keeps_who_is_who() {
    let a = member_a();
    let b = member_b();
    let file = exported_as(&a, "P3");
    let said = b.ok(&["import", file.to_str().unwrap()]);
    assert!(!said.contains("(2)"), "no renaming: {said}");

    // Two cases called C01: B's own and P3's, side by side.
    assert_eq!(
        cases(&b),
        [(Value::Null, "C01".into()), ("P3".into(), "C01".into())]
    );
    let list = b.ok(&["case", "list"]);
    assert!(list.contains("P3·C01"), "{list}");
    let reflections = b.ok(&["list"]);
    assert!(reflections.contains("P3·C01"), "{reflections}");
    // Named with the code (or a colon, easier to type), the pooled case.
    let pooled = b.json(&["case", "show", "P3·C01"]);
    assert_eq!(pooled["practitioner"], "P3");
    assert_eq!(pooled["timeline"].as_array().unwrap().len(), 3);
    assert_eq!(b.json(&["case", "show", "p3:c01"])["practitioner"], "P3");
    // Without it, one's own.
    let own = b.json(&["case", "show", "C01"]);
    assert_eq!(own["practitioner"], Value::Null);
    assert_eq!(own["timeline"].as_array().unwrap().len(), 2);
    // Adding to one's own C01 still works.
    b.ok(&["add", "C01", "--date", "2026-02-16", "--note", "third"]);
    assert_eq!(
        b.json(&["case", "show", "C01"])["timeline"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // Importing the same file again merges: nothing new.
    let again = b.ok(&["import", file.to_str().unwrap()]);
    assert!(!again.contains("(2)"), "{again}");
    assert_eq!(cases(&b).len(), 2);
    assert_eq!(
        b.json(&["list", "--limit", "0"]).as_array().unwrap().len(),
        6
    );
}

#[test]
fn a_pooled_import_is_one_undo_step() {
    let a = member_a();
    let b = member_b();
    let file = exported_as(&a, "P3");
    let before = b.snapshot();
    b.ok(&["import", file.to_str().unwrap()]);
    b.ok(&["undo"]);
    assert_eq!(b.snapshot(), before);
    b.ok(&["check"]);
}

#[test]
fn a_pooled_journal_exported_whole_keeps_its_codes() {
    let a = member_a();
    let b = member_b();
    b.ok(&["import", exported_as(&a, "P3").to_str().unwrap()]);
    // B's backup to another device: not anonymized, the codes travel.
    let whole = b.dir.path().join("whole.json");
    b.ok(&["export", "-o", whole.to_str().unwrap()]);
    let c = Journal::new();
    c.ok(&["import", whole.to_str().unwrap()]);
    assert_eq!(cases(&c), cases(&b));
    // And B's own records, anonymized as P5, keep P3's code on P3's.
    let data = read(&exported_as(&b, "P5"));
    let mut codes: Vec<&str> = data["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["practitioner"].as_str().unwrap())
        .collect();
    codes.sort();
    assert_eq!(codes, ["P3", "P5"]);
}

#[test]
fn older_formats_still_import_and_a_bad_code_in_a_file_is_refused() {
    let a = member_a();
    let plain = a.dir.path().join("plain.json");
    a.ok(&["export", "--anonymize", "-o", plain.to_str().unwrap()]);
    let mut data = read(&plain);
    for version in [1, 2] {
        data["version"] = version.into();
        let old = a.dir.path().join(format!("v{version}.json"));
        std::fs::write(&old, serde_json::to_vec(&data).unwrap()).unwrap();
        let b = member_b();
        b.ok(&["import", old.to_str().unwrap()]);
        // Records without a code are one's own; the taken name is numbered.
        assert_eq!(
            cases(&b),
            [(Value::Null, "C01".into()), (Value::Null, "C01 (2)".into())],
            "version {version}"
        );
    }

    let mut data = read(&exported_as(&a, "P3"));
    data["cases"][0]["practitioner"] = "p-3".into();
    let bad = a.dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&data).unwrap()).unwrap();
    let b = member_b();
    let err = b.err(&["import", bad.to_str().unwrap()]);
    assert!(
        err.contains("cases[0].practitioner") && err.contains("not a practitioner code"),
        "{err}"
    );
    let err = b.err_env(NL, &["import", bad.to_str().unwrap()]);
    assert!(err.contains("geen code van een collega"), "{err}");
    assert_eq!(cases(&b), [(Value::Null, "C01".into())]);
}
