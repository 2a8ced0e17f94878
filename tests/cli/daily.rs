//! Smaller points of daily use (issue 16.9): `status --json`, `case edit`
//! without a change, a stall without its step, and plurals in words.

use crate::support::Journal;

#[test]
fn status_json_gives_the_same_facts_in_bytes() {
    let j = Journal::with_john();
    j.ok(&["backup"]);
    let status = j.json(&["status"]);
    assert_eq!(status["journal"], j.path.to_str().unwrap());
    assert_eq!(status["encrypted"], false);
    assert_eq!(status["backups"], 1);
    assert!(status["size_bytes"].as_u64().unwrap() > 0, "{status}");
    assert!(status["backup_folder"].is_string(), "{status}");
    assert_eq!(status["leftovers"], serde_json::json!([]));
    #[cfg(unix)]
    {
        assert_eq!(status["mode"], "600");
        assert_eq!(status["private"], true);
    }
}

/// Issue 16.9: two journals in one folder share `backups/`; each one's
/// status counts only its own.
#[test]
fn status_counts_only_this_journal_s_backups() {
    let j = Journal::with_john();
    j.ok(&["backup"]);
    let other = j.dir.path().join("journal-2.db");
    let run = |args: &[&str]| {
        let out = j
            .bare()
            .arg("--db")
            .arg(&other)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["case", "add", "Anna"]);
    run(&["backup"]);
    run(&["backup"]);
    assert_eq!(j.json(&["status"])["backups"], 1);
    let status: serde_json::Value = serde_json::from_str(&run(&["status", "--json"])).unwrap();
    assert_eq!(status["backups"], 2);
}

#[test]
fn case_edit_without_a_flag_says_nothing_changed() {
    let j = Journal::with_john();
    let before = j.ok(&["case", "show", "John"]);
    let err = j.err_usage(&["case", "edit", "John"]);
    assert_eq!(
        err,
        "error: nothing changed in case John — give --setting TEXT, --cohabiting yes|no or \
         --opened DATE (see `spiegel case edit --help`)"
    );
    let err = j.err_usage(&["--lang", "nl", "case", "edit", "John"]);
    assert!(err.contains("niets gewijzigd aan casus John"), "{err}");
    assert_eq!(j.ok(&["case", "show", "John"]), before);
    // A flag still changes it.
    assert!(
        j.ok(&["case", "edit", "John", "--setting", "youth care"])
            .contains("John")
    );
}

#[test]
fn a_stall_without_its_step_says_to_write_step_colon_reason() {
    let j = Journal::with_john();
    let err = j.err_usage(&["add", "John", "--stall", "accepted-refusal"]);
    assert!(
        err.contains(
            "'accepted-refusal' has no step — write STEP:REASON, e.g. --stall 0:accepted-refusal"
        ),
        "{err}"
    );
    let err = j.err_usage(&["--lang", "nl", "add", "John", "--stall", "accepted-refusal"]);
    assert!(err.contains("schrijf STAP:REDEN"), "{err}");
    // A step alone still asks for its reason; a bad step is still named.
    assert!(j.err_usage(&["add", "John", "--stall", "3"]).contains('3'));
    assert!(
        j.err_usage(&["add", "John", "--stall", "9:went-too-fast"])
            .contains("'9'")
    );
}

#[test]
fn one_is_singular_in_words() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "one session"]);
    let done = j.ok(&["case", "forget", "John", "--yes"]);
    assert!(done.contains("its 1 reflection are erased"), "{done}");
    assert!(!done.contains("(s)"), "{done}");
}
