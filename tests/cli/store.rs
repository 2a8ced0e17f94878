//! Where the journal lives, how it is created, and what it refuses.

use std::thread;

use crate::support::{Journal, bytes};

#[test]
fn reading_a_missing_journal_says_how_to_start_and_creates_nothing() {
    let j = Journal::new();
    let err = j.err(&["list"]);
    assert!(
        err.contains(&format!("no journal at {}", j.path.display())),
        "{err}"
    );
    assert!(err.contains("spiegel case add NAME"), "{err}");
    assert!(!j.path.exists());
}

#[cfg(unix)]
#[test]
fn the_journal_and_its_folder_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let j = Journal::new();
    let path = j.dir.path().join("deep/er/journal.db");
    j.bare()
        .arg("--db")
        .arg(&path)
        .args(["case", "add", "John"])
        .assert()
        .success();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
}

#[test]
fn the_journal_is_found_through_spiegel_db_or_the_data_folder() {
    let j = Journal::new();
    let env_path = j.dir.path().join("from-env.db");
    j.bare()
        .env("SPIEGEL_DB", &env_path)
        .args(["case", "add", "Env"])
        .assert()
        .success();
    assert!(env_path.exists());

    j.bare().args(["case", "add", "Default"]).assert().success();
    let default = j.dir.path().join("data/spiegel/journal.db");
    assert!(default.exists(), "expected {}", default.display());

    // --db wins over SPIEGEL_DB.
    j.bare()
        .env("SPIEGEL_DB", &env_path)
        .arg("--db")
        .arg(&j.path)
        .args(["case", "add", "Flag"])
        .assert()
        .success();
    assert_eq!(j.json(&["case", "list"])[0]["name"], "Flag");
}

#[test]
fn a_journal_from_a_newer_spiegel_is_refused_untouched() {
    let j = Journal::with_john();
    {
        let conn = rusqlite::Connection::open(&j.path).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let before = bytes(&j.path);
    for args in [&["case", "list"][..], &["add", "John", "--note", "x"][..]] {
        let err = j.err(args);
        assert!(err.contains("newer spiegel"), "{err}");
        assert!(err.contains("left untouched"), "{err}");
    }
    assert_eq!(bytes(&j.path), before);
}

#[test]
fn a_file_that_is_not_a_journal_is_refused_untouched() {
    let j = Journal::new();
    std::fs::write(
        &j.path,
        "Dear diary, this is not SQLite at all. ".repeat(200),
    )
    .unwrap();
    let before = bytes(&j.path);
    let err = j.err(&["case", "add", "John"]);
    assert!(err.contains("is not a spiegel journal"), "{err}");
    assert_eq!(bytes(&j.path), before);

    // Nor is somebody else's SQLite database.
    let other = j.dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let before = bytes(&other);
    let out = j
        .bare()
        .arg("--db")
        .arg(&other)
        .args(["case", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a spiegel journal"));
    assert_eq!(bytes(&other), before);
}

/// Two processes adding 100 sessions each at once (the undo log keeps the
/// last 100 changes): every note arrives once.
#[test]
fn two_processes_adding_at_once_lose_nothing() {
    let j = Journal::with_john();
    thread::scope(|s| {
        for who in ["a", "b"] {
            let j = &j;
            s.spawn(move || {
                for i in 0..100 {
                    let note = format!("{who}{i}");
                    j.ok(&[
                        "add",
                        "John",
                        "--with",
                        "Levi",
                        "--stall",
                        "3:went-too-fast",
                        "--note",
                        &note,
                    ]);
                }
            });
        }
    });
    let all = j.json(&["list", "--limit", "0"]);
    let mut notes: Vec<String> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            assert_eq!(r["present"][0], "Levi");
            r["note"].as_str().unwrap().to_string()
        })
        .collect();
    notes.sort();
    let mut expected: Vec<String> = ["a", "b"]
        .iter()
        .flat_map(|w| (0..100).map(move |i| format!("{w}{i}")))
        .collect();
    expected.sort();
    assert_eq!(notes, expected);
    // Every add is one undoable change, also past the 100 the log keeps.
    assert!(j.ok(&["undo"]).contains("added reflection"));
}

#[test]
fn usage_errors_exit_with_2() {
    let j = Journal::new();
    j.cmd(&["frobnicate"]).assert().code(2);
    j.cmd(&["add"]).assert().code(2);
    j.cmd(&["add", "John", "--medium", "carrier-pigeon"])
        .assert()
        .code(2);
    j.bare().arg("--version").assert().success();
}
