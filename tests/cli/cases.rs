//! `spiegel case …` and `spiegel other …`.

use crate::support::{JOHN_OPENED, Journal, TODAY};

#[test]
fn a_new_case_is_listed_with_its_details() {
    let j = Journal::with_john();
    let out = j.ok(&["case", "list"]);
    assert!(out.contains("John"), "{out}");
    assert!(out.contains("addiction clinic"), "{out}");

    let cases = j.json(&["case", "list"]);
    let john = &cases[0];
    assert_eq!(john["name"], "John");
    assert_eq!(john["setting"], "addiction clinic");
    assert_eq!(john["cohabiting"], false);
    assert_eq!(john["opened_on"], JOHN_OPENED);
    assert_eq!(john["reflections"], 0);
    assert_eq!(john["other_took_part"], false);
    assert_eq!(john["uuid"].as_str().unwrap().len(), 36);
    assert!(john["created_at"].as_str().unwrap().ends_with('Z'));
    // Without --opened, a case opens today.
    j.ok(&["case", "add", "Ada"]);
    assert_eq!(j.json(&["case", "show", "Ada"])["opened_on"], TODAY);
}

#[test]
fn case_list_counts_reflections_and_whether_an_other_took_part() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--date", "2026-03-01"]);
    j.ok(&["add", "John", "--date", "2026-03-08", "--with", "levi"]);
    let john = &j.json(&["case", "list"])[0];
    assert_eq!(john["reflections"], 2);
    assert_eq!(john["last_session"], "2026-03-08");
    assert_eq!(john["other_took_part"], true);
}

#[test]
fn pseudonyms_are_unique_ignoring_case() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let err = j.err(&["case", "add", "JOHN"]);
    assert!(err.contains("already a case 'John'"), "{err}");
    assert_eq!(j.snapshot(), before);
}

#[test]
fn unknown_cases_get_a_near_miss_suggestion() {
    let j = Journal::with_john();
    assert_eq!(
        j.err(&["case", "show", "Jon"]),
        "error: no case 'Jon' — did you mean 'John'?"
    );
    let err = j.err(&["add", "Xavier", "--note", "x"]);
    assert!(err.contains("spiegel case add Xavier"), "{err}");
}

#[test]
fn case_show_gives_details_others_and_timeline() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--date", "2026-03-02", "--note", "first"]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-09",
        "--with",
        "Levi",
        "--note",
        "second",
    ]);
    let out = j.ok(&["case", "show", "john"]);
    for expected in [
        "John",
        "addiction clinic",
        "Levi",
        "friend",
        "first",
        "second",
    ] {
        assert!(out.contains(expected), "{expected} missing in {out}");
    }
    let detail = j.json(&["case", "show", "John"]);
    assert_eq!(detail["others"].as_array().unwrap().len(), 2);
    assert_eq!(detail["others"][0]["name"], "Levi");
    assert_eq!(detail["others"][0]["sessions"], 1);
    let timeline = detail["timeline"].as_array().unwrap();
    assert_eq!(timeline[0]["note"], "first", "oldest first");
    assert_eq!(timeline[1]["present"][0], "Levi");
}

#[test]
fn closing_hides_a_case_and_refuses_new_reflections_until_reopened() {
    let j = Journal::with_john();
    let out = j.ok(&["case", "close", "John", "--outcome", "system-involved"]);
    assert!(out.contains("closed"), "{out}");
    assert_eq!(j.json(&["case", "list"]).as_array().unwrap().len(), 0);
    let all = j.json(&["case", "list", "--all"]);
    assert_eq!(all[0]["outcome"], "system-involved");
    assert_eq!(all[0]["closed_on"], TODAY);

    let err = j.err(&["add", "John", "--note", "x"]);
    assert!(err.contains("spiegel case reopen John"), "{err}");
    let err = j.err(&["case", "close", "John", "--outcome", "dropped-out"]);
    assert!(err.contains("already closed"), "{err}");

    j.ok(&["case", "reopen", "John"]);
    let open = j.json(&["case", "list"]);
    assert_eq!(open[0]["outcome"], serde_json::Value::Null);
    j.ok(&["add", "John", "--note", "x"]);
    assert!(j.err(&["case", "reopen", "John"]).contains("is open"));
}

#[test]
fn an_unknown_outcome_is_a_usage_error() {
    let j = Journal::with_john();
    j.cmd(&["case", "close", "John", "--outcome", "cured"])
        .assert()
        .code(2);
}

#[test]
fn renaming_keeps_the_reflections() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "kept"]);
    j.ok(&["case", "add", "Petra"]);
    assert!(
        j.err(&["case", "rename", "John", "petra"])
            .contains("already a case")
    );
    let out = j.ok(&["case", "rename", "John", "Johan"]);
    assert!(out.contains("Johan"), "{out}");
    assert_eq!(
        j.json(&["case", "show", "Johan"])["timeline"][0]["note"],
        "kept"
    );
    assert!(j.err(&["case", "show", "John"]).contains("Johan"));
}

#[test]
fn case_edit_changes_setting_and_cohabiting() {
    let j = Journal::with_john();
    j.ok(&[
        "case",
        "edit",
        "John",
        "--setting",
        "",
        "--cohabiting",
        "yes",
    ]);
    let john = j.json(&["case", "show", "John"]);
    assert_eq!(john["setting"], serde_json::Value::Null);
    assert_eq!(john["cohabiting"], true);
}

#[test]
fn others_are_unique_per_case_and_need_a_known_role() {
    let j = Journal::with_john();
    assert!(
        j.err(&["other", "add", "John", "levi", "--role", "friend"])
            .contains("already has a significant other called 'Levi'")
    );
    j.cmd(&["other", "add", "John", "Kim", "--role", "boss"])
        .assert()
        .code(2);
    assert!(
        j.err(&["other", "add", "Jhon", "Kim", "--role", "partner"])
            .contains("did you mean 'John'?")
    );
    j.ok(&["case", "add", "Petra"]);
    j.ok(&["other", "add", "Petra", "Levi", "--role", "neighbour"]);
    let others = j.json(&["other", "list", "Petra"]);
    assert_eq!(others[0]["role"], "neighbour");
}

#[test]
fn empty_names_are_refused() {
    let j = Journal::new();
    assert!(
        j.err_usage(&["case", "add", "  "])
            .contains("cannot be empty")
    );
    assert!(!j.path.exists() || j.json(&["case", "list", "--all"]) == serde_json::json!([]));
}
