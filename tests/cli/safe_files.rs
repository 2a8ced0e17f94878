//! Issue 10: every file spiegel writes is created new, never through a
//! link, never over the journal, a backup or an export; the journal is a
//! regular file; a dry run writes nothing; the settings folder is private.

use std::path::Path;
#[cfg(unix)]
use std::path::PathBuf;
#[cfg(unix)]
use std::process::{Command, Stdio};
#[cfg(unix)]
use std::time::{Duration, Instant};

#[cfg(unix)]
use crate::support::fails;
use crate::support::{Journal, bytes};

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A journal with a note in it, for checking that it survives.
fn journal() -> Journal {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "must survive"]);
    j
}

/// Runs `args` on `j`'s journal, killed after ten seconds: (exit code, stderr).
#[cfg(unix)]
fn run_bounded(j: &Journal, args: &[&str]) -> (Option<i32>, String) {
    let mut child = j
        .process()
        .arg("--db")
        .arg(&j.path)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
            return (status.code(), err);
        }
        if started.elapsed() > Duration::from_secs(10) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("spiegel {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// issue 10.1: `prep -o` onto the journal destroyed it.
#[test]
fn prep_output_onto_the_journal_is_refused() {
    let j = journal();
    let before = bytes(&j.path);
    for force in [false, true] {
        let mut args = vec!["prep", "-o", s(&j.path)];
        if force {
            args.push("--force");
        }
        let err = j.err(&args);
        assert!(err.contains("is the journal"), "{err}");
        assert!(err.contains("never replaces it"), "{err}");
    }
    assert_eq!(bytes(&j.path), before);
    assert!(j.ok(&["list"]).contains("must survive"));
}

/// issue 10.1: `prep -o` replaced any file without a word.
#[test]
fn prep_output_onto_an_existing_file_needs_force_and_then_replaces_it_whole() {
    let j = journal();
    let page = j.dir.path().join("prep.md");
    std::fs::write(&page, "my own notes").unwrap();
    let err = j.err(&["prep", "-o", s(&page)]);
    assert!(err.contains("add --force"), "{err}");
    assert_eq!(std::fs::read_to_string(&page).unwrap(), "my own notes");
    j.ok(&["prep", "-o", s(&page), "--force"]);
    let text = std::fs::read_to_string(&page).unwrap();
    assert!(text.starts_with("# Supervision preparation"), "{text}");
    #[cfg(unix)]
    assert_eq!(mode(&page), 0o600);
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(j.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(".spiegel"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// issue 10.1: not even --force replaces a backup, the journal or an export.
#[test]
fn prep_force_never_replaces_a_backup_the_journal_or_an_export() {
    let j = journal();
    j.ok(&["backup"]);
    let backups = j.dir.path().join("backups");
    let backup = std::fs::read_dir(backups)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let elsewhere = j.dir.path().join("copy.db");
    j.ok(&["backup", s(&elsewhere)]);
    let export = j.dir.path().join("export.json");
    j.ok(&["export", "-o", s(&export)]);
    let csv = j.dir.path().join("export.csv");
    j.ok(&["export", "--format", "csv", "-o", s(&csv)]);
    // Another name for the journal (its WAL is checked the same way, by
    // inode, in the unit tests: it exists only while spiegel runs).
    let alias = j.dir.path().join("alias.md");
    std::fs::hard_link(&j.path, &alias).unwrap();
    for path in [&backup, &elsewhere, &export, &csv, &alias] {
        let before = bytes(path);
        let err = j.err(&["prep", "-o", s(path), "--force"]);
        assert!(err.contains("never replaces it"), "{err}");
        assert_eq!(bytes(path), before, "{}", path.display());
    }
}

/// issue 10.1: `man -o` wrote through a planted symbolic link.
#[cfg(unix)]
#[test]
fn man_output_through_a_symlink_is_refused() {
    let j = journal();
    let before = bytes(&j.path);
    let link = j.dir.path().join("spiegel.1");
    std::os::unix::fs::symlink(&j.path, &link).unwrap();
    for force in [false, true] {
        let mut args = vec!["man", "-o", s(&link)];
        if force {
            args.push("--force");
        }
        let err = j.err(&args);
        assert!(err.contains(s(&link)), "{err}");
    }
    assert_eq!(bytes(&j.path), before);
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    // A dangling link is not followed to create its target either.
    let target = j.dir.path().join("made-through-link");
    let dangling = j.dir.path().join("dangling.1");
    std::os::unix::fs::symlink(&target, &dangling).unwrap();
    j.err(&["man", "-o", s(&dangling), "--force"]);
    assert!(!target.exists());
}

/// issue 10.1: `man --dir` followed links planted in the folder.
#[cfg(unix)]
#[test]
fn man_dir_with_a_planted_link_writes_nothing() {
    let j = journal();
    let before = bytes(&j.path);
    let dir = j.dir.path().join("man");
    std::fs::create_dir(&dir).unwrap();
    std::os::unix::fs::symlink(&j.path, dir.join("spiegel-case-add.1")).unwrap();
    for force in [false, true] {
        let mut args = vec!["man", "--dir", s(&dir)];
        if force {
            args.push("--force");
        }
        j.err(&args);
        // Refused before any page was written.
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    }
    assert_eq!(bytes(&j.path), before);
    // An earlier set of pages is replaced only with --force.
    let fresh = j.dir.path().join("pages");
    j.ok(&["man", "--dir", s(&fresh)]);
    let err = j.err(&["man", "--dir", s(&fresh)]);
    assert!(err.contains("add --force"), "{err}");
    j.ok(&["man", "--dir", s(&fresh), "--force"]);
}

/// issue 10.1: `man -o` onto a FIFO hung, onto a device wrote into it.
#[cfg(unix)]
#[test]
fn man_and_prep_output_onto_a_fifo_or_device_is_refused_at_once() {
    let j = journal();
    let fifo = j.dir.path().join("pipe");
    mkfifo(&fifo);
    for args in [
        vec!["man", "-o", s(&fifo)],
        vec!["man", "-o", s(&fifo), "--force"],
        vec!["prep", "-o", s(&fifo), "--force"],
        vec!["man", "-o", "/dev/null", "--force"],
    ] {
        let (code, err) = run_bounded(&j, &args);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

/// issue 10.1: a backup never lands on an existing file, link or the journal.
#[cfg(unix)]
#[test]
fn backup_onto_an_existing_file_a_link_or_the_journal_is_refused() {
    let j = journal();
    let before = bytes(&j.path);
    let other = j.dir.path().join("other.txt");
    std::fs::write(&other, "mine").unwrap();
    let link = j.dir.path().join("link.db");
    std::os::unix::fs::symlink(&other, &link).unwrap();
    let dangling = j.dir.path().join("dangling.db");
    let target = j.dir.path().join("through-link.db");
    std::os::unix::fs::symlink(&target, &dangling).unwrap();
    for dest in [&j.path, &other, &link, &dangling] {
        let err = j.err(&["backup", s(dest)]);
        assert!(err.contains("already exists"), "{err}");
    }
    assert_eq!(bytes(&j.path), before);
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "mine");
    assert!(!target.exists());
}

/// issue 10.11: a FIFO as the journal hung forever.
#[cfg(unix)]
#[test]
fn a_fifo_as_the_journal_is_refused_at_once() {
    let j = Journal::new();
    let fifo = j.dir.path().join("fifo.db");
    mkfifo(&fifo);
    let j = Journal {
        path: fifo.clone(),
        ..j
    };
    for args in [&["list"][..], &["add", "John", "--note", "x"], &["status"]] {
        let (code, err) = run_bounded(&j, args);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(err.contains("is a named pipe, not a journal file"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

/// issue 10.11 and 10.12: `--db /dev/null` said "disk I/O error: Error code 1034".
#[cfg(unix)]
#[test]
fn a_device_or_folder_as_the_journal_is_refused_with_the_reason() {
    let j = Journal::new();
    for path in ["/dev/null", s(j.dir.path())] {
        let mut cmd = j.bare();
        cmd.args(["--db", path, "add", "John", "--note", "x"]);
        let err = fails(cmd, &[]);
        assert!(err.contains("not a journal file"), "{err}");
        assert!(err.contains("--db"), "{err}");
    }
}

/// issue 10.12: `import -` said "could not read -".
#[test]
fn import_dash_reads_standard_input() {
    let a = journal();
    let export = a.ok(&["export"]);
    for dry_run in [true, false] {
        let b = Journal::new();
        let mut args = vec!["import", "-"];
        if dry_run {
            args.push("--dry-run");
        }
        let out = b.cmd(&args).write_stdin(export.clone()).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(b.path.exists(), !dry_run);
    }
    // A bad file on stdin leaves no journal behind.
    let c = Journal::new();
    let out = c
        .cmd(&["import", "-"])
        .write_stdin("{not json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!c.path.exists());
    // And --help says so.
    let help = c.ok(&["import", "--help"]);
    assert!(help.contains("standard input"), "{help}");
}

/// issue 10.14: `import --dry-run` created the journal and its folder.
#[test]
fn import_dry_run_writes_nothing_anywhere() {
    let a = journal();
    let file = a.dir.path().join("export.json");
    a.ok(&["export", "-o", s(&file)]);
    let b = Journal::new();
    let folder = b.dir.path().join("new-folder");
    let db = folder.join("journal.db");
    let b = Journal { path: db, ..b };
    let out = b.ok(&["import", s(&file), "--dry-run"]);
    assert!(out.contains("would"), "{out}");
    assert!(!folder.exists(), "the dry run created {}", folder.display());
    // On an existing journal, nothing changes and no WAL is left.
    let before = bytes(&a.path);
    a.ok(&["import", s(&file), "--dry-run"]);
    assert_eq!(bytes(&a.path), before);
    let mut wal = a.path.clone().into_os_string();
    wal.push("-wal");
    assert!(!Path::new(&wal).exists());
}

/// issue 10.18: under umask 000 the settings folder was created 0777.
#[cfg(unix)]
#[test]
fn the_settings_folder_is_private_whatever_the_umask() {
    let j = Journal::new();
    // The same clean environment as every test, through a shell that
    // sets the umask.
    let mut sh = Command::new("sh");
    sh.env_clear()
        .envs(j.process().get_envs().filter_map(|(k, v)| Some((k, v?))))
        .arg("-c")
        .arg("umask 000; exec \"$0\" config set language nl")
        .arg(assert_cmd::cargo::cargo_bin!("spiegel"));
    assert!(sh.status().unwrap().success());
    let file = j.config_path();
    assert_eq!(mode(file.parent().unwrap()), 0o700);
    assert_eq!(mode(&file), 0o600);
}

/// issue 10.18: an editor from a settings file others can write was run.
#[cfg(unix)]
#[test]
fn an_editor_from_a_settings_file_others_can_write_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let j = journal();
    let ran = j.dir.path().join("editor-ran");
    let script = j.dir.path().join("editor.sh");
    std::fs::write(&script, format!("#!/bin/sh\ntouch '{}'\n", ran.display())).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    j.ok(&["config", "set", "editor", s(&script)]);
    let file = j.config_path();
    for (what, path, mode) in [
        ("file", file.clone(), 0o666),
        ("file", file.clone(), 0o620),
        ("folder", file.parent().unwrap().to_path_buf(), 0o777),
    ] {
        let old = std::fs::metadata(&path).unwrap().permissions();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        let err = j.err(&["edit", "1"]);
        std::fs::set_permissions(&path, old).unwrap();
        assert!(err.contains("chmod"), "{what} {mode:o}: {err}");
        assert!(!ran.exists(), "the editor ran with the {what} at {mode:o}");
    }
    // As it was created, the editor runs (and changes nothing).
    j.cmd(&["edit", "1"]).assert().success();
    assert!(ran.exists());
}

/// Makes `path` unwritable: chmod for a user, chattr +i for root (who
/// ignores permissions); undone on drop. `None` when neither works here.
#[cfg(unix)]
struct Unwritable(PathBuf);

#[cfg(unix)]
impl Unwritable {
    fn folder(path: &Path) -> Option<Unwritable> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o500)).unwrap();
        let guard = Unwritable(path.to_path_buf());
        if tempfile::tempfile_in(path).is_err() {
            return Some(guard);
        }
        let made = Command::new("chattr").arg("+i").arg(path).status();
        made.is_ok_and(|s| s.success()).then_some(guard)
    }
}

#[cfg(unix)]
impl Drop for Unwritable {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o700));
    }
}

/// issue 10.12: a read-only folder said "not a spiegel journal (unable to
/// open database file)".
#[cfg(unix)]
#[test]
fn a_journal_in_a_read_only_folder_says_the_folder_cannot_be_written() {
    let j = Journal::new();
    let folder = j.dir.path().join("locked");
    let j = Journal {
        path: folder.join("journal.db"),
        ..j
    };
    j.ok(&["case", "add", "John"]);
    let before = bytes(&j.path);
    let Some(_guard) = Unwritable::folder(&folder) else {
        eprintln!("skipped: running as root without chattr, nothing makes a folder read-only");
        return;
    };
    for args in [&["case", "add", "Mara"][..], &["case", "list"]] {
        let err = j.err(args);
        assert!(!err.contains("not a spiegel journal"), "{err}");
        assert!(err.contains("may not create files in its folder"), "{err}");
        assert!(err.contains("chmod u+w"), "{err}");
    }
    assert_eq!(bytes(&j.path), before);
}

/// issue 10.1: `config set` replaced a linked settings file by a new file
/// (the link was lost without a word); now it is refused, the link and its
/// target left as they were.
#[cfg(unix)]
#[test]
fn config_set_on_a_linked_settings_file_is_refused_and_leaves_both() {
    let j = Journal::new();
    let file = j.config_path();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let real = j.dir.path().join("dotfiles.toml");
    std::fs::write(&real, "language = \"en\"\n").unwrap();
    std::os::unix::fs::symlink(&real, &file).unwrap();
    let mut cmd = j.bare();
    cmd.args(["config", "set", "language", "nl"]);
    let err = fails(cmd, &[]);
    assert!(err.contains("is a symbolic link"), "{err}");
    assert!(std::fs::symlink_metadata(&file).unwrap().is_symlink());
    assert_eq!(
        std::fs::read_to_string(&real).unwrap(),
        "language = \"en\"\n"
    );
}

/// issue 10.14: a dry run on a journal with an older schema upgraded it
/// and wrote a backup; now it works on a copy in memory.
#[test]
fn import_dry_run_on_an_older_journal_upgrades_nothing_and_backs_up_nothing() {
    let a = journal();
    let file = a.dir.path().join("export.json");
    a.ok(&["export", "-o", s(&file)]);
    let j = Journal::new();
    {
        // A journal as spiegel 0.1 left it: schema 1 and 2.
        let conn = rusqlite::Connection::open(&j.path).unwrap();
        conn.execute_batch(include_str!("../../schema/001_journal.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../../schema/002_supervision.sql"))
            .unwrap();
        conn.execute_batch("PRAGMA user_version = 2; PRAGMA application_id = 1397770060;")
            .unwrap();
    }
    let before = bytes(&j.path);
    let out = j.ok(&["import", s(&file), "--dry-run"]);
    assert!(out.contains("would import"), "{out}");
    assert!(out.contains("added 1 case"), "{out}");
    assert_eq!(bytes(&j.path), before);
    assert!(!j.dir.path().join("backups").exists());
}

/// issue 10.14: the dry run's copy in memory reads an encrypted journal too.
#[test]
fn import_dry_run_on_an_encrypted_journal_tells_what_would_change() {
    let pass = "correct horse battery";
    let a = journal();
    let file = a.dir.path().join("export.json");
    a.ok(&["export", "-o", s(&file)]);
    let j = Journal::new();
    j.cmd(&["init", "--encrypt"])
        .env("SPIEGEL_PASSPHRASE", pass)
        .assert()
        .success();
    let before = bytes(&j.path);
    let run = |args: &[&str]| {
        let out = j
            .cmd(args)
            .env("SPIEGEL_PASSPHRASE", pass)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let out = run(&["import", s(&file), "--dry-run"]);
    assert!(out.contains("added 1 case"), "{out}");
    assert_eq!(bytes(&j.path), before);
    // The real import adds what the dry run said.
    let out = run(&["import", s(&file)]);
    assert!(out.contains("added 1 case"), "{out}");
    // A wrong passphrase is still refused.
    let wrong = j
        .cmd(&["import", s(&file), "--dry-run"])
        .env("SPIEGEL_PASSPHRASE", "wrong")
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
}

/// issue 10.12: another user's journal said "not a spiegel journal (attempt
/// to write a readonly database)". Runs spiegel as `nobody` (setpriv), so
/// only where this test runs as root with setpriv.
#[cfg(target_os = "linux")]
#[test]
fn another_users_journal_says_whose_it_is_not_that_it_is_no_journal() {
    use std::os::unix::fs::PermissionsExt;
    let j = journal();
    let as_nobody = |args: &[&str]| {
        Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(assert_cmd::cargo::cargo_bin!("spiegel"))
            .env_clear()
            .env("HOME", "/nonexistent")
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(&j.path)
            .args(args)
            .output()
    };
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n");
    if !root || as_nobody(&["--version"]).is_err() {
        eprintln!("skipped: needs root and setpriv to run spiegel as another user");
        return;
    }
    // Readable, not writable, by others; the folder too.
    std::fs::set_permissions(j.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&j.path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = bytes(&j.path);
    for args in [&["case", "add", "Mara"][..], &["case", "list"]] {
        let out = as_nobody(args).unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(!err.contains("not a spiegel journal"), "{err}");
        assert!(err.contains("belongs to another user"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert_eq!(bytes(&j.path), before);
}
