//! The demo's hint runs as printed, and old demos do not pile up in the
//! temporary folder (issue 16.1).
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use crate::support::Journal;

/// Runs `spiegel demo` with `TMPDIR` at `tmp` (and `PATH`, if given);
/// returns its stdout.
fn demo(j: &Journal, tmp: &Path, path: Option<&Path>) -> String {
    let mut cmd = j.process();
    cmd.env("TMPDIR", tmp).arg("demo");
    if let Some(p) = path {
        cmd.env("PATH", p);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The commands the demo suggests, as printed.
fn hints(out: &str) -> Vec<String> {
    let after = out.split("Look around:\n").nth(1).expect(out);
    after
        .lines()
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.trim().to_string())
        .collect()
}

fn demo_folders(tmp: &Path) -> Vec<PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(tmp)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("spiegel-demo-"))
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// Makes every file in `dir` look last written two days ago.
fn age(dir: &Path) {
    let then = SystemTime::now() - Duration::from_secs(2 * 24 * 3600);
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let f = std::fs::File::options().write(true).open(e.path()).unwrap();
        f.set_modified(then).unwrap();
    }
}

#[test]
fn the_demo_s_hint_runs_as_printed_from_a_folder_that_needs_quotes() {
    let j = Journal::new();
    let tmp = j.dir.path().join("it's a $folder");
    std::fs::create_dir(&tmp).unwrap();
    let out = demo(&j, &tmp, None);
    let hints = hints(&out);
    assert_eq!(hints.len(), 3, "{out}");
    let me = std::fs::canonicalize(assert_cmd::cargo::cargo_bin!("spiegel")).unwrap();
    for hint in &hints {
        // No spiegel on the PATH: the full path of this very program.
        assert!(
            hint.starts_with(&format!("{} --db '", me.display())),
            "{hint}"
        );
        let run = Command::new("/bin/sh")
            .arg("-c")
            .arg(hint)
            .env_clear()
            .env("HOME", j.dir.path())
            .env("NO_COLOR", "1")
            .env("SPIEGEL_TODAY", crate::support::TODAY)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{hint}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(!run.stdout.is_empty(), "{hint}");
    }
    // It says where the demo is and how long it stays.
    let folder = &demo_folders(&tmp)[0];
    assert!(
        out.contains(&format!(
            "The demo journal is in {}; a later `spiegel demo` removes it once it has been left for a day.",
            folder.display()
        )),
        "{out}"
    );
    let nl = j
        .process()
        .env("TMPDIR", &tmp)
        .args(["--lang", "nl", "demo"])
        .output()
        .unwrap();
    let nl = String::from_utf8(nl.stdout).unwrap();
    assert!(nl.contains("Kijk rond:\n  "), "{nl}");
    assert!(nl.contains("Het demodagboek staat in"), "{nl}");
}

#[test]
fn with_spiegel_on_the_path_the_hint_says_spiegel() {
    let j = Journal::new();
    let bin = PathBuf::from(assert_cmd::cargo::cargo_bin!("spiegel"));
    let out = demo(&j, j.dir.path(), Some(bin.parent().unwrap()));
    for hint in hints(&out) {
        assert!(hint.starts_with("spiegel --db "), "{hint}");
    }
    // Another program named spiegel on the PATH is not this one.
    let other = j.dir.path().join("bin");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("spiegel"), "#!/bin/sh\n").unwrap();
    let out = demo(&j, j.dir.path(), Some(&other));
    for hint in hints(&out) {
        assert!(hint.starts_with('/'), "{hint}");
    }
}

#[test]
fn a_demo_left_for_a_day_is_removed_but_nothing_spiegel_did_not_make() {
    let j = Journal::new();
    let tmp = j.dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    demo(&j, &tmp, None);
    demo(&j, &tmp, None);
    let [old, fresh] = <[PathBuf; 2]>::try_from(demo_folders(&tmp)).unwrap();

    // Old, but not spiegel's: no marker.
    let unmarked = tmp.join("spiegel-demo-mine");
    std::fs::create_dir(&unmarked).unwrap();
    std::fs::write(unmarked.join("journal.db"), "mine").unwrap();
    age(&unmarked);
    // Spiegel's and old, but holding a file the user put there.
    demo(&j, &tmp, None);
    let with_notes = demo_folders(&tmp)
        .into_iter()
        .find(|d| ![&old, &fresh, &unmarked].contains(&d))
        .unwrap();
    std::fs::write(with_notes.join("notes.txt"), "keep me").unwrap();
    age(&with_notes);
    // A link named like a demo, to an old demo elsewhere: never followed.
    let elsewhere = j.dir.path().join("elsewhere");
    std::fs::rename(&with_notes, &elsewhere).unwrap();
    std::fs::create_dir(&with_notes).unwrap();
    std::fs::rename(elsewhere.join("notes.txt"), with_notes.join("notes.txt")).unwrap();
    for name in [".spiegel-scratch", "journal.db"] {
        std::fs::copy(elsewhere.join(name), with_notes.join(name)).unwrap();
    }
    age(&with_notes);
    let link = tmp.join("spiegel-demo-link");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    std::fs::remove_file(elsewhere.join("journal.db")).unwrap();
    std::fs::write(elsewhere.join("journal.db"), "elsewhere").unwrap();
    age(&elsewhere);
    age(&old);

    let out = demo(&j, &tmp, None);
    assert!(
        out.contains("Removed one old demo journal (left for more than a day)."),
        "{out}"
    );
    assert!(!old.exists(), "the old demo stays");
    assert!(fresh.join("journal.db").exists(), "a fresh demo went");
    assert_eq!(std::fs::read(unmarked.join("journal.db")).unwrap(), b"mine");
    assert_eq!(
        std::fs::read(with_notes.join("notes.txt")).unwrap(),
        b"keep me"
    );
    assert!(with_notes.join("journal.db").exists());
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(
        std::fs::read(elsewhere.join("journal.db")).unwrap(),
        b"elsewhere"
    );
    // Nothing more to remove: no word about it.
    let out = demo(&j, &tmp, None);
    assert!(!out.contains("Removed"), "{out}");
}
