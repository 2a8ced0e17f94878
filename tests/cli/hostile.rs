//! Hostile and broken input: damaged, read-only and full journals, a killed
//! import, many writers at once, nasty text and impossible dates.

#[cfg(unix)]
use std::path::Path;
#[cfg(unix)]
use std::process::{Command, Stdio};
#[cfg(unix)]
use std::time::{Duration, Instant};

use serde_json::Value;
#[cfg(unix)]
use serde_json::json;

#[cfg(target_os = "linux")]
use crate::support::TODAY;
use crate::support::{Journal, bytes};

/// An export with one case and `n` reflections, each with a stall.
#[cfg(unix)]
fn big_export(n: usize) -> String {
    let stamp = "2026-03-01T10:00:00.000Z";
    let reflections: Vec<Value> = (0..n)
        .map(|i| {
            json!({
                "uuid": format!("00000000-0000-4000-8000-{i:012}"),
                "date": "2026-03-01", "medium": "in-person", "present": [],
                "resistance": ["no-one-left"],
                "stalls": [{"step": 0, "reasons": ["accepted-refusal"]}],
                "completed": false, "note": format!("imported note {i} {}", "lorem ipsum ".repeat(20)),
                "question": null, "created_at": stamp, "updated_at": stamp,
            })
        })
        .collect();
    json!({
        "format": "spiegel-export", "version": 1, "anonymized": false,
        "reasons": [{
            "uuid": "bda64ce1-8d27-482c-9843-0814eb1c3da1", "code": "accepted-refusal", "side": "self",
            "label_en": "Accepted the refusal too quickly",
            "label_nl": "Weigering te snel geaccepteerd (liet me afschepen)",
            "usual_steps": [0], "builtin": true, "retired": false,
            "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z",
        }],
        "cases": [{
            "uuid": "11111111-1111-4111-8111-111111111111", "name": "Imported", "setting": null,
            "cohabiting": null, "opened_on": "2026-01-01", "closed_on": null, "outcome": null,
            "created_at": stamp, "updated_at": stamp, "others": [], "reflections": reflections,
        }],
        "meetings": [], "goals": [],
    })
    .to_string()
}

#[cfg(unix)]
fn reflection_count(j: &Journal) -> usize {
    j.json(&["list", "--limit", "0"]).as_array().unwrap().len()
}

#[test]
fn a_truncated_journal_gives_one_line_and_is_left_as_it_is() {
    let j = Journal::with_john();
    for i in 0..60 {
        j.ok(&[
            "add",
            "John",
            "--note",
            &format!("{i} {}", "words ".repeat(100)),
        ]);
    }
    let mut data = bytes(&j.path);
    data.truncate(data.len() / 2);
    std::fs::write(&j.path, &data).unwrap();
    let err = j.err(&["list", "--limit", "0"]);
    assert!(err.contains("damaged"), "{err}");
    assert!(err.contains("spiegel restore"), "{err}");
    let err = j.err(&["add", "John", "--note", "more"]);
    assert!(err.contains("damaged"), "{err}");
    assert_eq!(bytes(&j.path), data);

    // Only the first bytes of a journal: not even the header is whole.
    std::fs::write(&j.path, &data[..10]).unwrap();
    let err = j.err(&["list"]);
    assert!(err.contains("is not a spiegel journal"), "{err}");
    assert_eq!(bytes(&j.path), &data[..10]);
}

/// Makes a file unwritable even for root (chattr +i) and undoes it on drop.
#[cfg(unix)]
struct Immutable<'a>(&'a Path);

#[cfg(unix)]
impl Drop for Immutable<'_> {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(self.0).status();
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_journal_can_be_read_but_not_written() {
    use std::os::unix::fs::PermissionsExt;
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "kept"]);
    std::fs::set_permissions(&j.path, std::fs::Permissions::from_mode(0o400)).unwrap();
    let _guard;
    if std::fs::OpenOptions::new()
        .write(true)
        .open(&j.path)
        .is_ok()
    {
        // Root ignores permissions: make the file immutable instead.
        let made = Command::new("chattr").arg("+i").arg(&j.path).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!(
                "skipped: running as root without chattr, nothing can make the file read-only"
            );
            return;
        }
        _guard = Immutable(&j.path);
    }
    let before = bytes(&j.path);
    assert_eq!(reflection_count(&j), 1);
    let err = j.err(&["add", "John", "--note", "new"]);
    assert!(err.contains("is read-only"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(bytes(&j.path), before);
}

/// A full disk: the import runs on a tiny tmpfs in a private mount namespace
/// (`unshare`: as root, or as a user where user namespaces are allowed). The
/// import must fail with the disk-full error and leave the journal intact.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_during_an_import_writes_nothing() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "before"]);
    let big = j.dir.path().join("big.json");
    std::fs::write(&big, big_export(3000)).unwrap();
    let disk = j.dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("spiegel");
    let script = r#"
        set -u
        mount -t tmpfs -o size=400k tmpfs "$DISK" || exit 77
        cp "$JOURNAL" "$DISK/j.db"
        "$BIN" --db "$DISK/j.db" import "$BIG" 2>"$OUT/import.err"; echo $? > "$OUT/import.code"
        "$BIN" --db "$DISK/j.db" check > "$OUT/check.out" 2>&1; echo $? > "$OUT/check.code"
        "$BIN" --db "$DISK/j.db" list --limit 0 --json > "$OUT/list.json"
    "#;
    let status = Command::new("unshare")
        .args(["-rm", "sh", "-c", script])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", j.dir.path())
        .env("NO_COLOR", "1")
        .env("SPIEGEL_TODAY", TODAY)
        .env("DISK", &disk)
        .env("JOURNAL", &j.path)
        .env("BIG", &big)
        .env("BIN", bin)
        .env("OUT", j.dir.path())
        .stderr(Stdio::null())
        .status();
    match status {
        Ok(s) if s.success() => {}
        _ => {
            eprintln!("skipped: cannot mount a tmpfs here (no root and no user namespaces)");
            return;
        }
    }
    let read = |name: &str| std::fs::read_to_string(j.dir.path().join(name)).unwrap();
    assert_eq!(read("import.code").trim(), "1");
    let err = read("import.err");
    assert!(err.contains("is full"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(read("check.code").trim(), "0", "{}", read("check.out"));
    let list: Value = serde_json::from_str(&read("list.json")).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["note"], "before");
}

#[cfg(unix)]
#[test]
fn an_import_killed_midway_leaves_all_or_nothing() {
    let j = Journal::with_john();
    let n = 6000;
    let big = j.dir.path().join("big.json");
    std::fs::write(&big, big_export(n)).unwrap();
    let mut wal = j.path.clone().into_os_string();
    wal.push("-wal");

    let mut child = j
        .process()
        .arg("--db")
        .arg(&j.path)
        .arg("import")
        .arg(&big)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it as soon as it has written part of the import.
    let start = Instant::now();
    let mut midway = false;
    while start.elapsed() < Duration::from_secs(60) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 64 * 1024) {
            child.kill().unwrap(); // SIGKILL
            midway = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.wait().unwrap();
    assert!(
        midway,
        "the import finished before it could be killed; make it bigger"
    );

    assert!(j.ok(&["check"]).starts_with("all is well"));
    assert_eq!(
        reflection_count(&j),
        0,
        "a killed import must leave nothing"
    );
    j.ok(&["import", big.to_str().unwrap()]);
    assert_eq!(reflection_count(&j), n);
}

#[test]
fn two_processes_write_an_encrypted_journal_at_once() {
    let j = Journal::new();
    let pass = "concurrent passphrase";
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
    run(&["init", "--encrypt"]);
    run(&["case", "add", "John"]);
    std::thread::scope(|s| {
        for who in ["a", "b"] {
            let run = &run;
            s.spawn(move || {
                for i in 0..15 {
                    run(&["add", "John", "--note", &format!("{who}{i}")]);
                }
            });
        }
    });
    let list: Value = serde_json::from_str(&run(&["list", "--limit", "0", "--json"])).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 30);
}

#[test]
fn nasty_names_and_notes_survive_intact() {
    let j = Journal::new();
    let names = [
        "O'Brien \"Bobby\"",
        "Robert'); DROP TABLE reflection;--",
        "Zoë 🧑‍🤝‍🧑 ✨",
        "مريم",
        "50% _under_ \\back\\slash",
    ];
    for name in names {
        j.ok(&["case", "add", name]);
        j.ok(&["other", "add", name, "אבי ‏(RTL)‏", "--role", "parent"]);
    }
    let note =
        "line one\nline 'two' \"quoted\"; DELETE FROM \"case\";\r\n\ttabbed — مرحبا 👋\u{200f}end";
    j.ok(&[
        "add",
        names[1],
        "--with",
        "אבי ‏(RTL)‏",
        "--note",
        note,
        "--ask",
        "?'\";--",
    ]);
    // Just under the 1 MB a text may hold (more is refused: safe_text.rs).
    let big = format!("{}end", "ü€𝄞 a line of text\n".repeat(39_000));
    assert!(big.len() > 950_000 && big.len() < 1_000_000);
    let out = j
        .cmd(&["add", names[2], "--note", "-"])
        .write_stdin(big.clone())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let r = j.json(&["show", "1"]);
    assert_eq!(r["case"], names[1]);
    assert_eq!(r["note"], note);
    assert_eq!(r["present"][0], "אבי ‏(RTL)‏");
    assert_eq!(j.json(&["show", "2"])["note"], big.trim());
    let cases = j.json(&["case", "list"]);
    assert_eq!(cases.as_array().unwrap().len(), names.len());

    // And through export and import, byte for byte.
    let file = j.dir.path().join("nasty.json");
    j.ok(&["export", "-o", file.to_str().unwrap()]);
    let k = Journal::new();
    k.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(k.snapshot(), j.snapshot());
    // The tables and Markdown do not break on them either.
    j.ok(&["list"]);
    j.ok(&["export", "--format", "md"]);
    j.ok(&["export", "--format", "csv"]);
}

#[test]
fn impossible_dates_are_refused_everywhere() {
    let j = Journal::with_john();
    let before = j.snapshot();
    for args in [
        &["add", "John", "--date", "2026-02-30"][..],
        &["case", "add", "Anouk", "--opened", "2026-02-30"][..],
        &[
            "case",
            "close",
            "John",
            "--outcome",
            "dropped-out",
            "--date",
            "2026-02-30",
        ][..],
        &["list", "--since", "2026-02-30"][..],
        &["export", "--since", "2026-02-30"][..],
        &["add", "John", "--date", "2026-13-01"][..],
        &["add", "John", "--date", "0000-00-00"][..],
    ] {
        // A malformed date is a usage error (issue 10.16).
        let err = j.err_usage(args);
        assert!(err.contains("is not a date"), "{args:?}: {err}");
    }
    assert_eq!(j.snapshot(), before);
}
