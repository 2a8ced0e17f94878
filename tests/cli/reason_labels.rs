//! The built-in reasons in the Dutch practitioners speak (issue 14): two
//! labels worded anew, in every journal, new or upgraded; an export an
//! older spiegel wrote, with the old wording, still imports.

use serde_json::Value;

use crate::support::{Journal, by_code};

const ACCEPTED_OLD: &str = "Weigering te snel geaccepteerd (liet me afschepen)";
const ACCEPTED_NEW: &str = "Me te snel laten afschepen";
const STOKE_OLD: &str = "Ongenoegen van de ander niet helpen uiten (niet gestookt)";
const STOKE_NEW: &str = "De ander niet geholpen zijn ongenoegen te uiten (niet 'gestookt')";

fn label_nl(j: &Journal, code: &str) -> Value {
    let reasons = j.json(&["reasons", "--all"]);
    by_code(&reasons, code).unwrap_or_else(|| panic!("{code}: {reasons}"))["label_nl"].clone()
}

#[test]
fn a_new_journal_words_the_two_reasons_as_practitioners_say_them() {
    let j = Journal::with_john();
    assert_eq!(label_nl(&j, "accepted-refusal"), ACCEPTED_NEW);
    assert_eq!(label_nl(&j, "did-not-stoke"), STOKE_NEW);
    let listed = j.ok(&["--lang", "nl", "reasons"]);
    assert!(listed.contains(ACCEPTED_NEW), "{listed}");
    assert!(!listed.contains(ACCEPTED_OLD), "{listed}");
}

/// A file as an older spiegel exported it: the built-in reasons with their
/// old Dutch labels.
fn old_export(j: &Journal) -> std::path::PathBuf {
    let file = j.dir.path().join("old.json");
    j.ok(&["export", "-o", file.to_str().unwrap()]);
    let mut data: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let mut seen = 0;
    for r in data["reasons"].as_array_mut().unwrap() {
        let old = match r["code"].as_str().unwrap() {
            "accepted-refusal" => ACCEPTED_OLD,
            "did-not-stoke" => STOKE_OLD,
            _ => continue,
        };
        r["label_nl"] = old.into();
        seen += 1;
    }
    assert_eq!(seen, 2, "the export carries the built-in reasons: {data}");
    std::fs::remove_file(&file).unwrap();
    std::fs::write(&file, data.to_string()).unwrap();
    file
}

#[test]
fn an_older_export_with_the_old_wording_imports_and_the_journal_keeps_the_new() {
    let a = Journal::with_john();
    a.ok(&[
        "add",
        "John",
        "--stall",
        "0:accepted-refusal",
        "--note",
        "Eerste keer.",
    ]);
    let file = old_export(&a);

    let b = Journal::new();
    b.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(label_nl(&b, "accepted-refusal"), ACCEPTED_NEW);
    assert_eq!(label_nl(&b, "did-not-stoke"), STOKE_NEW);
    let listed = b.json(&["list", "--why", "accepted-refusal"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");

    // Into the journal it came from, too: nothing new, nothing relabelled.
    a.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(label_nl(&a, "accepted-refusal"), ACCEPTED_NEW);
}

#[test]
fn a_file_that_rewords_a_built_in_reason_otherwise_is_still_refused() {
    let a = Journal::with_john();
    let file = old_export(&a);
    let mut data: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    for r in data["reasons"].as_array_mut().unwrap() {
        if r["code"] == "accepted-refusal" {
            r["label_nl"] = "Weigering geaccepteerd".into();
        }
    }
    std::fs::remove_file(&file).unwrap();
    std::fs::write(&file, data.to_string()).unwrap();

    let b = Journal::new();
    b.ok(&["case", "add", "Petra"]);
    let before = b.snapshot();
    let out = b.cmd(&["import", file.to_str().unwrap()]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("accepted-refusal") && err.contains("Weigering geaccepteerd"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(b.snapshot(), before);
}
