//! Encryption at rest, private files, erasure, backups and the health check.

#[cfg(unix)]
use std::path::Path;

use crate::support::{Journal, bytes, contains, file_and_wal};

const PASS: &str = "correct horse battery";

fn ok_with(j: &Journal, pass: &str, args: &[&str]) -> String {
    j.ok_env(&[("SPIEGEL_PASSPHRASE", pass)], args)
}

fn err_with(j: &Journal, env: &[(&str, &str)], args: &[&str]) -> String {
    j.err_env(env, args)
}

fn encrypted_journal() -> Journal {
    let j = Journal::new();
    let said = ok_with(&j, PASS, &["init", "--encrypt"]);
    assert!(said.contains("created an encrypted journal"), "{said}");
    ok_with(&j, PASS, &["case", "add", "Zebedeus"]);
    ok_with(
        &j,
        PASS,
        &["other", "add", "Zebedeus", "Quirinus", "--role", "partner"],
    );
    ok_with(
        &j,
        PASS,
        &[
            "add",
            "Zebedeus",
            "--with",
            "Quirinus",
            "--stall",
            "0:accepted-refusal",
            "--note",
            "Plaintext-canary-7781",
        ],
    );
    j
}

#[test]
fn an_encrypted_journal_holds_no_plaintext_and_opens_only_with_its_passphrase() {
    let j = encrypted_journal();
    let raw = file_and_wal(&j.path);
    for secret in [
        "Plaintext-canary-7781",
        "Zebedeus",
        "Quirinus",
        "SQLite format 3",
    ] {
        assert!(!contains(&raw, secret), "{secret} is readable in the file");
    }
    let note = ok_with(&j, PASS, &["show", "1"]);
    assert!(note.contains("Plaintext-canary-7781"));

    // Wrong or missing passphrase: one line, exit 1, the file untouched.
    let before = file_and_wal(&j.path);
    let err = err_with(&j, &[("SPIEGEL_PASSPHRASE", "not the one")], &["list"]);
    assert!(
        err.contains("wrong passphrase or not a spiegel journal"),
        "{err}"
    );
    let err = err_with(
        &j,
        &[("SPIEGEL_PASSPHRASE", "not the one")],
        &["add", "Zebedeus", "--note", "x"],
    );
    assert!(err.contains("wrong passphrase"), "{err}");
    let err = err_with(&j, &[], &["list"]);
    assert!(err.contains("SPIEGEL_PASSPHRASE"), "{err}");
    assert_eq!(file_and_wal(&j.path), before);

    // status needs no passphrase; init on an existing journal says which it is.
    let status = j.ok(&["status"]);
    assert!(status.contains("Encrypted  yes"), "{status}");
    assert!(status.contains(&j.path.display().to_string()), "{status}");
    assert!(
        j.ok(&["init"])
            .contains("already holds an encrypted journal")
    );
}

#[test]
fn encrypt_decrypt_and_rekey_convert_in_place_and_lose_nothing() {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--with",
        "Levi",
        "--stall",
        "7:laughed-along",
        "--note",
        "Plain-canary-4411",
        "--ask",
        "Why?",
    ]);
    let before = j.snapshot();
    let err = err_with(&j, &[("SPIEGEL_PASSPHRASE", "short")], &["encrypt"]);
    assert!(err.contains("too short"), "{err}");
    assert!(j.ok(&["status"]).contains("Encrypted  no"));

    ok_with(&j, PASS, &["encrypt"]);
    assert!(!contains(&file_and_wal(&j.path), "Plain-canary-4411"));
    assert!(!j.dir.path().join("journal.db.old").exists());
    assert!(!j.dir.path().join("journal.db.converting").exists());
    let err = err_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["encrypt"]);
    assert!(err.contains("already encrypted"), "{err}");

    // rekey: the old passphrase no longer opens it, the new one does.
    let new = "a new passphrase here";
    let out = j.output_env(
        &[
            ("SPIEGEL_PASSPHRASE", PASS),
            ("SPIEGEL_NEW_PASSPHRASE", new),
        ],
        &["rekey"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    err_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["list"]);
    // A wrong old passphrase changes nothing.
    let raw = bytes(&j.path);
    let err = err_with(
        &j,
        &[
            ("SPIEGEL_PASSPHRASE", PASS),
            ("SPIEGEL_NEW_PASSPHRASE", "whatever123"),
        ],
        &["rekey"],
    );
    assert!(err.contains("wrong passphrase"), "{err}");
    assert_eq!(bytes(&j.path), raw);

    ok_with(&j, new, &["decrypt"]);
    assert!(j.ok(&["status"]).contains("Encrypted  no"));
    assert_eq!(j.snapshot(), before);
    assert!(j.ok(&["check"]).starts_with("all is well"));
}

#[cfg(unix)]
#[test]
fn every_file_spiegel_writes_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let j = Journal::new();
    let db = j.dir.path().join("private/journal.db");
    let run = |args: &[&str]| {
        let out = j.bare().arg("--db").arg(&db).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&["case", "add", "John"]);
    run(&["add", "John", "--note", "x"]);
    run(&["backup"]);
    let export = j.dir.path().join("private/out.json");
    run(&["export", "-o", export.to_str().unwrap()]);
    assert_eq!(mode(db.parent().unwrap()), 0o700);
    let backups = db.parent().unwrap().join("backups");
    assert_eq!(mode(&backups), 0o700);
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(db.parent().unwrap())
        .unwrap()
        .chain(std::fs::read_dir(&backups).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 3, "{files:?}");
    for f in files {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}

#[test]
fn forgetting_a_case_leaves_none_of_its_text_in_the_file_or_the_log() {
    let j = Journal::new();
    j.ok(&[
        "case",
        "add",
        "Forgettable-Ferdinand",
        "--setting",
        "Setting-canary-1234",
    ]);
    j.ok(&[
        "other",
        "add",
        "Forgettable-Ferdinand",
        "Other-canary-5678",
        "--role",
        "partner",
    ]);
    for i in 0..20 {
        j.ok(&[
            "add",
            "Forgettable-Ferdinand",
            "--with",
            "Other-canary-5678",
            "--stall",
            "0:accepted-refusal",
            "--note",
            &format!("Note-canary-{i}-{}", "x".repeat(300)),
            "--ask",
            "Question-canary-9999",
            "--went-well",
            &format!("WentWell-canary-{i}-{}", "y".repeat(300)),
        ]);
    }
    j.ok(&["edit", "3", "--note", "Edited-canary-2468"]);
    j.ok(&["edit", "5", "--went-well", "EditedWell-canary-1357"]);
    j.ok(&["delete", "4", "--yes"]);
    j.ok(&["case", "add", "Keeper"]);
    j.ok(&["add", "Keeper", "--note", "Keeper-note stays"]);
    let raw = file_and_wal(&j.path);
    assert!(
        contains(&raw, "Note-canary-3") && contains(&raw, "WentWell-canary-3"),
        "the test must see the text first"
    );

    // Without a terminal it asks for --yes.
    let err = j.err(&["case", "forget", "Forgettable-Ferdinand"]);
    assert!(err.contains("--yes"), "{err}");
    let said = j.ok(&["case", "forget", "forgettable-ferdinand", "--yes"]);
    assert!(said.contains("erased"), "{said}");

    let raw = file_and_wal(&j.path);
    for secret in [
        "Forgettable-Ferdinand",
        "forgettable-ferdinand",
        "Setting-canary-1234",
        "Other-canary-5678",
        "other-canary-5678",
        "Note-canary",
        "Question-canary-9999",
        "Edited-canary-2468",
        "WentWell-canary",
        "EditedWell-canary-1357",
    ] {
        assert!(!contains(&raw, secret), "{secret} is still in the file");
    }
    assert!(contains(&raw, "Keeper-note stays"));
    // It cannot be undone, and the undo history is gone with it.
    assert!(j.err(&["undo"]).contains("nothing to undo"));
    assert_eq!(j.json(&["list"]).as_array().unwrap().len(), 1);
    assert!(j.ok(&["check"]).starts_with("all is well"));
}

#[test]
fn backup_and_restore_bring_back_a_journal_and_keep_the_current_one() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "before the backup"]);
    let snapshot = j.snapshot();
    let dest = j.dir.path().join("b.db");
    assert!(
        j.ok(&["backup", dest.to_str().unwrap()])
            .contains("not encrypted")
    );
    let err = j.err(&["backup", dest.to_str().unwrap()]);
    assert!(err.contains("already exists"), "{err}");

    j.ok(&["add", "John", "--note", "after the backup"]);
    let said = j.ok(&["restore", dest.to_str().unwrap()]);
    assert!(said.contains("kept at"), "{said}");
    assert_eq!(j.snapshot(), snapshot);
    // The journal as it was is kept, and restores too.
    let kept = said.trim().rsplit(' ').next().unwrap().to_string();
    j.ok(&["restore", &kept]);
    assert_eq!(j.json(&["list"]).as_array().unwrap().len(), 2);

    // A damaged or foreign backup is refused; the journal stays as it is.
    let before = j.snapshot();
    let bad = j.dir.path().join("bad.db");
    let mut damaged = bytes(&dest);
    damaged.truncate(damaged.len() / 2);
    std::fs::write(&bad, damaged).unwrap();
    let err = j.err(&["restore", bad.to_str().unwrap()]);
    assert!(err.contains("cannot be restored"), "{err}");
    std::fs::write(&bad, "not a database at all, not even close").unwrap();
    assert!(
        j.err(&["restore", bad.to_str().unwrap()])
            .contains("cannot be restored")
    );
    assert_eq!(j.snapshot(), before);
}

#[test]
fn an_encrypted_journal_backs_up_encrypted() {
    let j = encrypted_journal();
    let dest = j.dir.path().join("enc-backup.db");
    let said = ok_with(&j, PASS, &["backup", dest.to_str().unwrap()]);
    assert!(
        said.contains("encrypted with the journal's passphrase"),
        "{said}"
    );
    assert!(!contains(&bytes(&dest), "Plaintext-canary-7781"));
    ok_with(&j, PASS, &["add", "Zebedeus", "--note", "later"]);
    ok_with(&j, PASS, &["restore", dest.to_str().unwrap()]);
    assert_eq!(
        ok_with(&j, PASS, &["list", "--json"])
            .matches("\"uuid\"")
            .count(),
        1
    );
}

#[test]
fn a_backup_is_taken_before_the_schema_is_upgraded() {
    let j = Journal::new();
    {
        // A journal as spiegel 0.1 left it: schema 1 and 2, one case.
        let conn = rusqlite::Connection::open(&j.path).unwrap();
        conn.execute_batch(include_str!("../../schema/001_journal.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../../schema/002_supervision.sql"))
            .unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 2; PRAGMA application_id = 1397770060;
             INSERT INTO \"case\" (uuid, name, name_key, opened_on, created_at, updated_at)
             VALUES ('0b7c1d59-7e0c-4a5f-9d0c-1c4c0d3b8a11', 'Old', 'old', '2026-01-01',
                     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');",
        )
        .unwrap();
    }
    assert_eq!(j.json(&["case", "list"])[0]["name"], "Old");
    let backups: Vec<_> = std::fs::read_dir(j.dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let name = backups[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("journal-v2-"), "{name}");
    let conn = rusqlite::Connection::open(&backups[0]).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 2);
    // The next command finds nothing to upgrade and makes no second backup.
    j.ok(&["case", "list"]);
    assert_eq!(
        std::fs::read_dir(j.dir.path().join("backups"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn check_says_plainly_what_is_wrong() {
    let j = Journal::with_john();
    assert!(j.ok(&["check"]).starts_with("all is well"));
    {
        let conn = rusqlite::Connection::open(&j.path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = OFF; INSERT INTO presence VALUES (99, 98);")
            .unwrap();
    }
    // SQLite holds the references on every write; only a change made
    // outside spiegel breaks one, and the full check reads them all.
    let err = j.err(&["check", "--full"]);
    assert!(err.contains("is damaged"), "{err}");
    assert!(err.contains("presence row"), "{err}");
    assert!(err.contains("spiegel restore"), "{err}");
}

/// `SPIEGEL_TRACE_SQL` (for the benchmarks) writes every statement, private,
/// and never one that carries the passphrase.
#[test]
fn the_sql_trace_is_private_and_never_holds_the_passphrase() {
    let j = Journal::new();
    let trace = j.dir.path().join("trace.sql");
    let trace_env = trace.to_str().unwrap();
    for args in [
        &["init", "--encrypt"][..],
        &["case", "add", "Zebedeus"][..],
        &["list"][..],
        &["rekey"][..],
    ] {
        let out = j.output_env(
            &[
                ("SPIEGEL_PASSPHRASE", PASS),
                ("SPIEGEL_NEW_PASSPHRASE", "another long passphrase"),
                ("SPIEGEL_TRACE_SQL", trace_env),
            ],
            args,
        );
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let traced = bytes(&trace);
    assert!(
        contains(&traced, "INSERT INTO \"case\""),
        "the statements are traced"
    );
    assert!(contains(&traced, "Zebedeus"), "with their values");
    assert!(
        contains(&traced, "-- a statement with a passphrase, left out"),
        "keying statements reach the trace only as this line"
    );
    assert!(
        !contains(&traced, PASS),
        "the passphrase leaked into the trace"
    );
    assert!(
        !contains(&traced, "another long passphrase"),
        "the new passphrase leaked"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&trace).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
