//! Several devices through one synced folder (issue 17): two or three
//! journals, one folder, the real binary; and what a file-sync service does
//! to files (half-copied, conflict copies, rolled back, deleted).

use std::path::{Path, PathBuf};

use serde_json::Value;
use tempfile::TempDir;

use crate::support::Journal;

const PASS: (&str, &str) = ("SPIEGEL_PASSPHRASE", "correct horse battery");

/// The first device: a journal with case John, tied to `folder`.
fn first(folder: &Path) -> Journal {
    let j = Journal::with_john();
    j.ok_env(&[PASS], &["sync", "init", &folder.to_string_lossy()]);
    j
}

/// Another device: a new journal tied to `folder`.
fn device(folder: &Path) -> Journal {
    let j = Journal::new();
    j.ok_env(&[PASS], &["sync", "init", &folder.to_string_lossy()]);
    j
}

fn sync(j: &Journal) -> String {
    j.ok(&["sync"])
}

/// The reflections' notes, sorted.
fn notes(j: &Journal) -> Vec<String> {
    let mut notes: Vec<String> = j
        .json(&["list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["note"].as_str().unwrap().to_string())
        .collect();
    notes.sort();
    notes
}

/// The reflection with `note`'s id in `j`.
fn id_of(j: &Journal, note: &str) -> String {
    j.json(&["list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["note"] == note)
        .unwrap_or_else(|| panic!("no reflection {note}"))["id"]
        .to_string()
}

fn status(j: &Journal) -> Value {
    j.json(&["sync", "status"])
}

/// The change files of the device of `j` in `folder`, oldest first.
fn files_of(j: &Journal, folder: &Path) -> Vec<PathBuf> {
    let device = status(j)["device"].as_str().unwrap().to_string();
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder.join(device))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn a_reflection_added_on_one_device_reaches_the_other() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&["add", "John", "--note", "Levi came along"]);
    let sent = sync(&a);
    assert!(sent.contains("Sent: 1 changed record"), "{sent}");

    let b = Journal::new();
    b.ok_env(&[PASS], &["sync", "init", &folder.path().to_string_lossy()]);
    let read = sync(&b);
    assert!(read.contains("Applied 1 file"), "{read}");
    assert_eq!(notes(&b), ["Levi came along"]);
    // The others of the case came too.
    let others = b.json(&["case", "show", "John"])["others"].clone();
    assert_eq!(others.as_array().unwrap().len(), 2);

    // Nothing new either way: nothing sent, nothing applied twice.
    assert!(sync(&b).contains("Nothing changed here"));
    assert!(sync(&a).contains("No new files"), "B sent nothing");
    let s = status(&a);
    assert_eq!(s["pending_records"], 0);
    assert_eq!(s["devices"].as_array().unwrap().len(), 2);
    assert_eq!(s["devices"][0]["this"], true);
    assert_eq!(s["devices"][0]["files"], 1);
    b.ok(&["check"]);
}

#[test]
fn both_devices_edit_the_same_reflection_and_end_equal() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&["add", "John", "--note", "first"]);
    sync(&a);
    let b = device(folder.path());
    sync(&b);
    sync(&a);
    assert_eq!(notes(&a), notes(&b));

    // A edits, then B edits the same reflection later: B's is newer.
    a.ok(&["edit", &id_of(&a, "first"), "--note", "from A"]);
    std::thread::sleep(std::time::Duration::from_millis(5));
    b.ok(&["edit", &id_of(&b, "first"), "--note", "from B"]);
    sync(&a);
    sync(&b);
    sync(&a);
    assert_eq!(notes(&a), notes(&b));
    assert!(notes(&a).contains(&"from B".to_string()), "{:?}", notes(&a));
    a.ok(&["check"]);
    b.ok(&["check"]);
}

/// Two journals with the same reflection at the same instant but other
/// words (each imported its own file): the greater device id wins on both.
#[test]
fn a_tie_goes_to_the_greater_device_on_both() {
    let source = Journal::with_john();
    source.ok(&["add", "John", "--note", "original"]);
    let export = source.ok(&["export"]);
    let path = |name: &str, text: &str| {
        let p = source.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_string_lossy().into_owned()
    };
    let for_a = path("a.json", &export.replace("\"original\"", "\"version A\""));
    let for_b = path("b.json", &export.replace("\"original\"", "\"version B\""));
    let folder = TempDir::new().unwrap();
    let (a, b) = (Journal::new(), Journal::new());
    a.ok(&["import", &for_a]);
    b.ok(&["import", &for_b]);
    for j in [&a, &b] {
        j.ok_env(&[PASS], &["sync", "init", &folder.path().to_string_lossy()]);
    }
    sync(&a);
    sync(&b);
    sync(&a);
    assert_eq!(notes(&a), notes(&b));
    let (da, db) = (status(&a)["device"].clone(), status(&b)["device"].clone());
    let winner = if da.as_str() > db.as_str() {
        "version A"
    } else {
        "version B"
    };
    assert_eq!(notes(&a), [winner]);
}

#[test]
fn a_deletion_reaches_the_other_device_and_an_undo_brings_it_back() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&["add", "John", "--note", "to go"]);
    a.ok(&["add", "John", "--note", "to stay"]);
    sync(&a);
    let b = device(folder.path());
    sync(&b);
    assert_eq!(notes(&b), ["to go", "to stay"]);

    a.ok(&["delete", &id_of(&a, "to go"), "--yes"]);
    let sent = sync(&a);
    assert!(sent.contains("1 deletion"), "{sent}");
    let read = sync(&b);
    assert!(read.contains("1 deleted"), "{read}");
    assert_eq!(notes(&b), ["to stay"]);

    // Undone on A: back on B too.
    a.ok(&["undo"]);
    sync(&a);
    sync(&b);
    assert_eq!(notes(&b), ["to go", "to stay"]);
    b.ok(&["check"]);
}

#[test]
fn a_case_forgotten_on_one_device_is_erased_on_the_other_after_confirmation() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&["add", "John", "--note", "about John"]);
    a.ok(&["case", "add", "Anna"]);
    sync(&a);
    let b = device(folder.path());
    sync(&b);

    // A forgets John while B writes on in it.
    a.ok(&["case", "forget", "John", "--yes"]);
    b.ok(&[
        "edit",
        &id_of(&b, "about John"),
        "--note",
        "more about John",
    ]);
    sync(&a);
    sync(&b);

    // Not on a terminal and no --yes: said, kept, and the rest applied.
    let out = b.cmd(&["sync"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("erased (`case forget`) case John"),
        "{stderr}"
    );
    assert!(stderr.contains("kept here for now"), "{stderr}");
    assert_eq!(notes(&b), ["more about John"]);

    let erased = b.ok(&["sync", "--yes"]);
    assert!(erased.contains("Erased case John"), "{erased}");
    assert!(notes(&b).is_empty());
    assert!(b.err(&["case", "show", "John"]).contains("John"));
    b.ok(&["case", "show", "Anna"]);
    // B's edit never brings John back to A.
    sync(&a);
    assert!(a.err(&["case", "show", "John"]).contains("John"));
    a.ok(&["check"]);
    b.ok(&["check"]);
}

#[test]
fn a_half_copied_file_is_skipped_with_a_warning_and_applied_once_complete() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&["add", "John", "--note", "whole"]);
    sync(&a);
    let file = files_of(&a, folder.path()).pop().unwrap();
    let whole = std::fs::read(&file).unwrap();
    std::fs::write(&file, &whole[..whole.len() / 2]).unwrap();

    let b = device(folder.path());
    b.ok(&["case", "add", "Anna"]);
    let out = b.cmd(&["sync"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot be read"), "{stderr}");
    assert!(notes(&b).is_empty());
    assert_eq!(status(&b)["devices"][1]["unread"], 1);
    // B's own records went out all the same.
    assert!(String::from_utf8_lossy(&out.stdout).contains("Sent"));

    std::fs::write(&file, &whole).unwrap();
    sync(&b);
    assert_eq!(notes(&b), ["whole"]);
    b.ok(&["check"]);
}

#[test]
fn a_conflict_copy_is_not_applied_twice() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&["add", "John", "--note", "once"]);
    sync(&a);
    let file = files_of(&a, folder.path()).pop().unwrap();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let copy = name.replace(".spiegel-changes", " (conflict copy).spiegel-changes");
    std::fs::copy(&file, file.with_file_name(copy)).unwrap();

    let b = device(folder.path());
    sync(&b);
    assert_eq!(notes(&b), ["once"]);
    b.ok(&["edit", &id_of(&b, "once"), "--note", "changed on B"]);
    sync(&b);
    // Applied again, the copy changes nothing either.
    assert_eq!(notes(&b), ["changed on B"]);
    assert_eq!(status(&b)["devices"][1]["unread"], 0);
    sync(&a);
    assert_eq!(notes(&a), ["changed on B"]);
}

#[test]
fn a_file_that_arrives_late_or_goes_missing_still_gets_its_changes_through() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&["add", "John", "--note", "one"]);
    sync(&a);
    a.ok(&["add", "John", "--note", "two"]);
    sync(&a);
    let newest = files_of(&a, folder.path()).pop().unwrap();
    let aside = folder.path().join("aside");
    std::fs::rename(&newest, &aside).unwrap();

    // Rolled back to before the newest file: B has the first only.
    let b = device(folder.path());
    sync(&b);
    assert_eq!(notes(&b), ["one"]);
    // The newest file arrives late, under its own name: applied.
    std::fs::rename(&aside, &newest).unwrap();
    sync(&b);
    assert_eq!(notes(&b), ["one", "two"]);

    // A file deleted for good: A sees its own file gone and sends it all
    // again, so a third device gets everything.
    a.ok(&["add", "John", "--note", "three"]);
    sync(&a);
    for file in files_of(&a, folder.path()) {
        std::fs::remove_file(file).unwrap();
    }
    assert!(sync(&a).contains("Sent: 1 changed record"));
    // Once: the next sync has nothing to send.
    assert!(sync(&a).contains("Nothing changed here"));
    let c = device(folder.path());
    sync(&c);
    assert_eq!(notes(&c), ["one", "three", "two"]);
    for j in [&a, &b, &c] {
        j.ok(&["check"]);
    }
}

#[test]
fn nothing_in_the_folder_reads_as_plain_text() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&[
        "add",
        "John",
        "--note",
        "Zwanenburg confided in Levi",
        "--date",
        "2026-02-11",
    ]);
    a.ok(&["case", "forget", "John", "--yes"]);
    a.ok(&["case", "add", "Marieke", "--opened", "2026-02-01"]);
    sync(&a);
    let b = device(folder.path());
    b.ok(&["case", "add", "Pieternel", "--opened", "2026-02-02"]);
    sync(&b);
    let mut seen = 0;
    let mut stack = vec![folder.path().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            seen += 1;
            let bytes = std::fs::read(&path).unwrap();
            for secret in [
                "Zwanenburg",
                "Marieke",
                "Pieternel",
                "John",
                "Levi",
                "2026-",
                "SQLite format",
            ] {
                assert!(
                    !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                    "{secret} in {}",
                    path.display()
                );
            }
        }
    }
    assert!(seen >= 3, "the key file and a file per device: {seen}");
}

#[test]
fn set_up_is_refused_with_a_wrong_passphrase_a_missing_folder_or_the_journal_inside() {
    let folder = TempDir::new().unwrap();
    let _a = first(folder.path());
    let b = Journal::new();
    let dir = folder.path().to_string_lossy().into_owned();
    let wrong = b.err_env(
        &[("SPIEGEL_PASSPHRASE", "not the passphrase")],
        &["sync", "init", &dir],
    );
    assert!(
        wrong.contains("wrong passphrase for the sync folder"),
        "{wrong}"
    );
    assert!(b.err(&["sync"]).contains("not tied to a sync folder"));

    let missing = folder
        .path()
        .join("not-there")
        .to_string_lossy()
        .into_owned();
    assert!(
        b.err_env(&[PASS], &["sync", "init", &missing])
            .contains("no folder at")
    );

    let inside = Journal::new();
    let own = inside.dir.path().to_string_lossy().into_owned();
    let refused = inside.err_env(&[PASS], &["sync", "init", &own]);
    assert!(refused.contains("inside the sync folder"), "{refused}");
}

#[test]
fn an_encrypted_journal_opens_the_folder_with_its_own_passphrase() {
    let folder = TempDir::new().unwrap();
    let a = Journal::new();
    a.ok_env(&[PASS], &["init", "--encrypt"]);
    a.ok_env(&[PASS], &["case", "add", "John", "--opened", "2026-01-01"]);
    a.ok_env(&[PASS], &["sync", "init", &folder.path().to_string_lossy()]);
    a.ok_env(&[PASS], &["sync"]);
    let b = Journal::new();
    b.ok_env(&[PASS], &["sync", "init", &folder.path().to_string_lossy()]);
    b.ok(&["sync"]);
    b.ok(&["case", "show", "John"]);
}

#[test]
fn status_and_errors_speak_dutch() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    a.ok(&["add", "John", "--note", "eerste"]);
    let shown = a.ok(&["--lang", "nl", "sync", "status"]);
    assert!(shown.contains("Dit apparaat"), "{shown}");
    assert!(shown.contains("Te versturen"), "{shown}");
    assert!(shown.contains("gewijzigd"), "{shown}");
    let sent = a.ok(&["--lang", "nl", "sync"]);
    assert!(sent.contains("Verstuurd"), "{sent}");
    let b = Journal::with_john();
    let error = b.err(&["--lang", "nl", "sync"]);
    assert!(
        error.contains("niet aan een synchronisatiemap gekoppeld"),
        "{error}"
    );
    let wrong = b.err_env(
        &[("SPIEGEL_PASSPHRASE", "not the passphrase")],
        &[
            "--lang",
            "nl",
            "sync",
            "init",
            &folder.path().to_string_lossy(),
        ],
    );
    assert!(wrong.contains("verkeerd wachtwoord"), "{wrong}");
}

#[test]
fn sync_auto_runs_after_each_writing_command_and_never_fails_it() {
    let folder = TempDir::new().unwrap();
    let a = first(folder.path());
    let b = device(folder.path());
    for j in [&a, &b] {
        j.ok(&["config", "set", "sync", "auto"]);
    }
    a.ok(&["add", "John", "--note", "sent by itself"]);
    // Any writing command on B brings it in.
    b.ok(&["case", "add", "Anna"]);
    assert!(notes(&b).contains(&"sent by itself".to_string()));
    assert_eq!(status(&a)["pending_records"], 0);

    // The folder gone: the write stands, with one warning line.
    std::fs::remove_dir_all(folder.path()).unwrap();
    let out = a.cmd(&["add", "John", "--note", "kept"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("warning"), "{stderr}");
    assert!(notes(&a).contains(&"kept".to_string()));

    assert!(
        a.err_usage(&["config", "set", "sync", "sometimes"])
            .contains("auto")
    );
}
