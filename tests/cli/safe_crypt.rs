//! Issue 10, items 5, 6, 7 and part of 12: conversions leave no plaintext
//! behind, `case forget` beside another reader, a wrong passphrase changes
//! nothing, and errors around encryption name their real cause.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::support::{Journal, bytes, contains, file_and_wal};

const PASS: &str = "correct horse battery";
const CANARY: &str = "Plaintext-canary-4417";

fn ok_with(j: &Journal, env: &[(&str, &str)], args: &[&str]) -> String {
    j.ok_env(env, args)
}

fn err_with(j: &Journal, env: &[(&str, &str)], args: &[&str]) -> String {
    j.err_env(env, args)
}

/// `journal.db` → `journal.db-wal` and the like.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Every file under `dir` whose bytes hold `needle`.
fn files_holding(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_holding(&path, needle));
        } else if contains(&bytes(&path), needle) {
            found.push(path);
        }
    }
    found
}

/// A plain journal with a case and a note holding [`CANARY`].
fn plain_journal() -> Journal {
    let j = Journal::new();
    j.ok(&["case", "add", "Zebedeus"]);
    j.ok(&["add", "Zebedeus", "--note", CANARY]);
    j
}

fn encrypted_journal() -> Journal {
    let j = plain_journal();
    ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["encrypt"]);
    assert!(files_holding(j.dir.path(), CANARY).is_empty());
    j
}

/// Issue 10.5: the plaintext a killed `encrypt` (`.old`) or `decrypt`
/// (`.converting`) left is overwritten and removed by the next command, and
/// `status` and `check` name what they found.
#[test]
fn plaintext_left_by_a_killed_conversion_is_wiped_and_named_by_the_next_command() {
    for command in ["status", "check"] {
        let j = plain_journal();
        let plain = bytes(&j.path);
        ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["encrypt"]);
        let old = with_suffix(&j.path, ".old");
        let converting = with_suffix(&j.path, ".converting");
        std::fs::write(&old, &plain).unwrap();
        std::fs::write(&converting, &plain).unwrap();
        assert_eq!(files_holding(j.dir.path(), CANARY).len(), 2);

        let said = ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &[command]);
        for leftover in [&old, &converting] {
            assert!(
                said.contains(&leftover.display().to_string()),
                "{command} does not name {}: {said}",
                leftover.display()
            );
            assert!(!leftover.exists(), "{} is still there", leftover.display());
        }
        assert_eq!(files_holding(j.dir.path(), CANARY), Vec::<PathBuf>::new());
        let listed = ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["list"]);
        assert!(listed.contains(CANARY), "{listed}");
    }
}

/// Issue 10.5: any command, not only `status` and `check`, wipes them.
#[test]
fn a_plaintext_leftover_is_wiped_by_any_command() {
    let j = plain_journal();
    let plain = bytes(&j.path);
    ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["encrypt"]);
    let converting = with_suffix(&j.path, ".converting");
    std::fs::write(&converting, &plain).unwrap();
    // Even one that fails for want of a passphrase.
    let out = j.output_env(&[], &["list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!converting.exists());
    assert_eq!(files_holding(j.dir.path(), CANARY), Vec::<PathBuf>::new());
}

/// Issue 10.5: a `decrypt` killed before its plaintext copy took the
/// journal's place leaves no plaintext once the next command has run.
#[test]
fn a_killed_decrypt_leaves_no_plaintext_after_the_next_command() {
    let j = encrypted_journal();
    let out = j.output_env(
        &[
            ("SPIEGEL_PASSPHRASE", PASS),
            ("SPIEGEL_TEST_KILL_AT", "convert-written"),
        ],
        &["decrypt"],
    );
    assert!(!out.status.success(), "the hook must stop the conversion");
    // The test sees what a kill leaves: the plaintext copy, not yet in place.
    let converting = with_suffix(&j.path, ".converting");
    assert!(contains(&bytes(&converting), CANARY));

    let listed = ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["list"]);
    assert!(listed.contains(CANARY), "{listed}");
    assert_eq!(files_holding(j.dir.path(), CANARY), Vec::<PathBuf>::new());
    // Still encrypted, and decrypting works.
    ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["decrypt"]);
    assert!(j.ok(&["list"]).contains(CANARY));
}

/// Issue 10.5: an `encrypt` killed right after the encrypted copy took the
/// journal's place leaves no plaintext copy of the old journal by any name.
#[test]
fn a_killed_encrypt_leaves_no_plaintext_copy_of_the_journal() {
    let j = plain_journal();
    let out = j.output_env(
        &[
            ("SPIEGEL_PASSPHRASE", PASS),
            ("SPIEGEL_TEST_KILL_AT", "convert-swapped"),
        ],
        &["encrypt"],
    );
    assert!(!out.status.success(), "the hook must stop the conversion");
    assert_eq!(files_holding(j.dir.path(), CANARY), Vec::<PathBuf>::new());
    let listed = ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["list"]);
    assert!(listed.contains(CANARY), "{listed}");
    assert_eq!(files_holding(j.dir.path(), CANARY), Vec::<PathBuf>::new());
}

/// The journal's bytes and its log's, and the shared-memory index's.
fn three_files(path: &Path) -> [Option<Vec<u8>>; 3] {
    ["", "-wal", "-shm"].map(|s| std::fs::read(with_suffix(path, s)).ok())
}

/// Issue 10.7: a wrong passphrase leaves the journal, its write-ahead log and
/// its index byte for byte as they were, whatever the command.
#[test]
fn a_wrong_passphrase_changes_neither_the_journal_nor_its_log() {
    let j = encrypted_journal();
    // Any command puts the journal in WAL mode.
    ok_with(&j, &[("SPIEGEL_PASSPHRASE", PASS)], &["list"]);
    // A writer that stays open keeps the log from being folded in; copy the
    // three files while it does, as a crash would leave them.
    let writer = rusqlite::Connection::open(&j.path).unwrap();
    writer.pragma_update(None, "key", PASS).unwrap();
    writer
        .query_row("SELECT count(*) FROM reflection", [], |_| Ok(()))
        .unwrap();
    ok_with(
        &j,
        &[("SPIEGEL_PASSPHRASE", PASS)],
        &["add", "Zebedeus", "--note", "in the log only"],
    );
    let copy = Journal::new();
    for suffix in ["", "-wal", "-shm"] {
        std::fs::copy(
            with_suffix(&j.path, suffix),
            with_suffix(&copy.path, suffix),
        )
        .unwrap();
    }
    drop(writer);
    let before = three_files(&copy.path);
    assert!(before.iter().all(Option::is_some), "the test needs a log");
    assert!(!before[1].as_ref().unwrap().is_empty(), "the log is empty");

    let wrong = [
        ("SPIEGEL_PASSPHRASE", "not the passphrase"),
        ("SPIEGEL_NEW_PASSPHRASE", "another long passphrase"),
    ];
    for args in [
        &["list"][..],
        &["show", "1"],
        &["case", "list"],
        &["add", "Zebedeus", "--note", "never"],
        &["delete", "1", "--yes"],
        &["undo"],
        &["check"],
        &["backup"],
        &["export"],
        &["patterns"],
        &["decrypt"],
        &["rekey"],
        &["case", "forget", "Zebedeus", "--yes"],
    ] {
        let err = err_with(&copy, &wrong, args);
        assert!(err.contains("wrong passphrase"), "{args:?}: {err}");
        assert!(
            three_files(&copy.path) == before,
            "{args:?} changed the journal's files"
        );
    }
    // The right passphrase still finds everything, the log's note too.
    let listed = ok_with(&copy, &[("SPIEGEL_PASSPHRASE", PASS)], &["list"]);
    assert!(listed.contains("in the log only"), "{listed}");
}

/// A plain journal with a case to forget (its note holds [`CANARY`]) and
/// one to keep.
fn journal_to_forget_in() -> Journal {
    let j = plain_journal();
    j.ok(&["case", "add", "Keeper"]);
    j.ok(&["add", "Keeper", "--note", "Keeper-note stays"]);
    j
}

/// Issue 10.6: `case forget` while another program holds a read on the
/// journal does not wait minutes and then fail after erasing: it gives up
/// within seconds, changing nothing, and says why.
#[test]
fn forget_beside_another_reader_changes_nothing_and_says_so_within_seconds() {
    let j = journal_to_forget_in();
    let mut reader = rusqlite::Connection::open(&j.path).unwrap();
    let tx = reader.transaction().unwrap();
    tx.query_row("SELECT count(*) FROM reflection", [], |_| Ok(()))
        .unwrap();

    let started = Instant::now();
    let err = j.err(&["case", "forget", "Zebedeus", "--yes"]);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "waited {:?}",
        started.elapsed()
    );
    assert!(
        err.contains("another program has the journal open"),
        "{err}"
    );
    drop(tx);
    drop(reader);
    // Nothing changed: the case and its note are still there.
    assert!(j.ok(&["list"]).contains(CANARY));

    // An idle connection holds the journal open too.
    let idle = rusqlite::Connection::open(&j.path).unwrap();
    idle.query_row("SELECT count(*) FROM reflection", [], |_| Ok(()))
        .unwrap();
    let err = j.err(&["case", "forget", "Zebedeus", "--yes"]);
    assert!(
        err.contains("another program has the journal open"),
        "{err}"
    );
    drop(idle);
    assert!(j.ok(&["list"]).contains(CANARY));

    // Alone, it forgets, and what it says is true of the bytes.
    let said = j.ok(&["case", "forget", "Zebedeus", "--yes"]);
    assert!(said.contains("erased"), "{said}");
    let raw = file_and_wal(&j.path);
    assert!(!contains(&raw, CANARY), "the note is still in the file");
    assert!(!contains(&raw, "Zebedeus"), "the name is still in the file");
    assert!(contains(&raw, "Keeper-note stays"));
}

/// Issue 10.12: a passphrase that is not UTF-8 is not "not set".
#[cfg(unix)]
#[test]
fn a_passphrase_that_is_not_utf8_is_called_that() {
    use std::os::unix::ffi::OsStrExt;
    let j = encrypted_journal();
    let mut cmd = j.cmd(&["list"]);
    cmd.env(
        "SPIEGEL_PASSPHRASE",
        std::ffi::OsStr::from_bytes(b"caf\xe9 passphrase"),
    );
    let err = crate::support::fails(cmd, &["list"]);
    assert!(err.contains("SPIEGEL_PASSPHRASE"), "{err}");
    assert!(err.contains("UTF-8"), "{err}");
}

/// Issue 10.12: a journal locked the way `encrypt` locks it is busy, not
/// "not a spiegel journal".
#[test]
fn a_journal_locked_by_a_conversion_is_called_busy() {
    let j = plain_journal();
    let lock = rusqlite::Connection::open(&j.path).unwrap();
    lock.execute_batch(
        "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE;
         BEGIN EXCLUSIVE; COMMIT;",
    )
    .unwrap();
    let err = j.err(&["list"]);
    assert!(!err.contains("not a spiegel journal"), "{err}");
    assert!(err.contains("in use"), "{err}");
    drop(lock);
    assert!(j.ok(&["list"]).contains(CANARY));
}
