//! `spiegel edit ID` without flags: the reflection in the editor. The editor
//! is a small shell script that saves prepared replies and keeps a copy of
//! what it was shown.

#![cfg(unix)]

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::support::{Journal, fails};

/// A fake editor. Run number N copies the file it gets (its last argument)
/// to `seen-N`, notes
/// the folder's and file's modes and the path, then replaces the text with
/// `reply-N` if there is one (else saves it unchanged) and exits with
/// `exit-N` if there is one.
pub struct Editor {
    dir: PathBuf,
    pub script: PathBuf,
}

impl Editor {
    pub fn new(j: &Journal, name: &str) -> Editor {
        let dir = j.dir.path().join(name);
        std::fs::create_dir(&dir).unwrap();
        let script = dir.join("editor.sh");
        let d = dir.display();
        std::fs::write(
            &script,
            format!(
                r#"#!/bin/sh
# The file is the last argument (`code --wait FILE`).
for file; do :; done
set -- "$file"
n=$(cat "{d}/count" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "{d}/count"
cp "$1" "{d}/seen-$n"
echo "$1" > "{d}/path-$n"
ls -ld "$(dirname "$1")" > "{d}/dir-mode-$n"
ls -l "$1" > "{d}/file-mode-$n"
if [ -f "{d}/reply-$n" ]; then cat "{d}/reply-$n" > "$1"; fi
if [ -f "{d}/exit-$n" ]; then exit $(cat "{d}/exit-$n"); fi
exit 0
"#
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        Editor { dir, script }
    }

    pub fn reply(&self, n: u32, text: &str) {
        std::fs::write(self.dir.join(format!("reply-{n}")), text).unwrap();
    }

    pub fn runs(&self) -> u32 {
        std::fs::read_to_string(self.dir.join("count"))
            .map(|s| s.trim().parse().unwrap())
            .unwrap_or(0)
    }

    pub fn seen(&self, n: u32) -> String {
        std::fs::read_to_string(self.dir.join(format!("seen-{n}"))).unwrap()
    }

    fn read(&self, what: &str, n: u32) -> String {
        std::fs::read_to_string(self.dir.join(format!("{what}-{n}"))).unwrap()
    }
}

/// John with one reflection (id 1) to edit.
pub fn journal() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-14",
        "--with",
        "Levi",
        "--stall",
        "7:laughed-along,did-not-mirror",
        "--note",
        "John joked, Levi laughed along.\nAnd so did I.",
        "--ask",
        "Why do I laugh along?",
    ]);
    j
}

/// `spiegel edit 1` with `VISUAL` set to the fake editor.
pub fn edit(j: &Journal, editor: &Editor) -> std::process::Output {
    j.cmd(&["edit", "1"])
        .env("VISUAL", &editor.script)
        .output()
        .unwrap()
}

pub fn stdout(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn the_whole_reflection_opens_as_a_commented_form_and_changes_are_saved() {
    let j = journal();
    let editor = Editor::new(&j, "ed");
    let out = edit(&j, &editor);
    assert_eq!(stdout(&out), "nothing changed in reflection 1\n");
    let form = editor.seen(1);
    for line in [
        "# spiegel: reflection 1 (John, 2026-03-14)",
        "date: 2026-03-14",
        "# John's significant others: Levi, Maarten",
        "with: Levi",
        "medium: in-person",
        "resistance:",
        "7: did-not-mirror, laughed-along",
        "completed: no",
        "question: Why do I laugh along?",
        "note:\nJohn joked, Levi laughed along.\nAnd so did I.\n",
    ] {
        assert!(form.contains(line), "{line:?} missing in:\n{form}");
    }

    let changed = form
        .replace("date: 2026-03-14", "date: vrijdag")
        .replace("with: Levi", "with: Levi, maarten")
        .replace("medium: in-person", "medium: video")
        .replace("resistance:", "resistance: my-own-problem")
        .replace(
            "7: did-not-mirror, laughed-along",
            "0: accepted-refusal\n6: went-too-fast",
        )
        .replace("completed: no", "completed: yes")
        .replace(
            "question: Why do I laugh along?",
            "question: Why do I rush?",
        )
        .replace("And so did I.", "And so did I.\nNext time: stay with it.");
    let editor = Editor::new(&j, "ed2");
    editor.reply(1, &changed);
    assert_eq!(stdout(&edit(&j, &editor)), "reflection 1 updated\n");
    let r = j.json(&["show", "1"]);
    assert_eq!(r["date"], "2026-03-13");
    assert_eq!(r["present"], json!(["Levi", "Maarten"]));
    assert_eq!(r["medium"], "video");
    assert_eq!(r["resistance"], json!(["my-own-problem"]));
    assert_eq!(
        r["stalls"],
        json!([
            {"step": 0, "reasons": ["accepted-refusal"]},
            {"step": 6, "reasons": ["went-too-fast"]}
        ])
    );
    assert_eq!(r["completed"], true);
    assert_eq!(r["question"]["text"], "Why do I rush?");
    assert_eq!(
        r["note"],
        "John joked, Levi laughed along.\nAnd so did I.\nNext time: stay with it."
    );
}

#[test]
fn saving_it_unchanged_or_empty_changes_nothing() {
    let j = journal();
    let before = j.snapshot();
    let editor = Editor::new(&j, "same");
    assert_eq!(
        stdout(&edit(&j, &editor)),
        "nothing changed in reflection 1\n"
    );
    let editor = Editor::new(&j, "empty");
    editor.reply(1, "");
    assert_eq!(
        stdout(&edit(&j, &editor)),
        "edit abandoned; reflection 1 was left as it was\n"
    );
    let editor = Editor::new(&j, "comments");
    editor.reply(1, "# just a comment\n\n");
    assert_eq!(
        stdout(&edit(&j, &editor)),
        "edit abandoned; reflection 1 was left as it was\n"
    );
    assert_eq!(j.snapshot(), before);
}

#[test]
fn an_invalid_edit_reopens_with_the_error_on_top_until_it_is_valid() {
    let j = journal();
    let original = {
        let e = Editor::new(&j, "look");
        edit(&j, &e);
        e.seen(1)
    };
    // A reason that is not in the catalogue, next to a valid change: the
    // rules refuse it, and nothing of the form may be written.
    let bad = original
        .replace("medium: in-person", "medium: phone")
        .replace("7: did-not-mirror, laughed-along", "7: laughed-alog");
    let editor = Editor::new(&j, "fix");
    editor.reply(1, &bad);
    editor.reply(2, &bad.replace("laughed-alog", "laughed-along"));
    assert_eq!(stdout(&edit(&j, &editor)), "reflection 1 updated\n");
    assert_eq!(editor.runs(), 2);
    let second = editor.seen(2);
    assert!(
        second.starts_with(
            "#! no reason 'laughed-alog' — did you mean 'laughed-along'?\n\
             #! Correct it and save, or save it unchanged (or empty) to abandon the edit.\n#!\n"
        ),
        "{second}"
    );
    assert!(second.ends_with(&bad), "the user's text is kept:\n{second}");
    let r = j.json(&["show", "1"]);
    assert_eq!(r["medium"], "phone");
    assert_eq!(
        r["stalls"],
        json!([{"step": 7, "reasons": ["laughed-along"]}])
    );

    // Invalid, then saved unchanged: abandoned, nothing written.
    let j = journal();
    let before = j.snapshot();
    let editor = Editor::new(&j, "give-up");
    editor.reply(1, &bad.replace("completed: no", "completed: maybe"));
    assert_eq!(
        stdout(&edit(&j, &editor)),
        "edit abandoned; reflection 1 was left as it was\n"
    );
    assert_eq!(editor.runs(), 2);
    assert!(
        editor
            .seen(2)
            .starts_with("#! completed: 'maybe' is not valid — write yes or no\n"),
        "{}",
        editor.seen(2)
    );
    assert_eq!(j.snapshot(), before);
}

#[test]
fn form_mistakes_are_shown_in_the_editor() {
    let j = journal();
    let before = j.snapshot();
    let original = {
        let e = Editor::new(&j, "look");
        edit(&j, &e);
        e.seen(1)
    };
    for (n, (bad, error)) in [
        (
            original.replace("date: 2026-03-14", "date: morgen"),
            "#! 'morgen' is not a date — write YYYY-MM-DD",
        ),
        (
            original.replace("date: 2026-03-14", "date: 2026-03-16"),
            "#! 2026-03-16 lies in the future",
        ),
        (
            original.replace("with: Levi", "with: Kim"),
            "#! 'Kim' is not a significant other of John",
        ),
        (
            original.replace("medium: in-person", "medium: letter"),
            "#! medium: 'letter' is not valid — write in-person, video or phone",
        ),
        (
            original.replace("medium: in-person", "modium: video"),
            "#! the form has no field 'modium'",
        ),
        (
            original.replace("resistance:", "resistance: nobody"),
            "#! no resistance reaction 'nobody'",
        ),
        (original.replace("7: did", "8: did"), "#! no step '8'"),
    ]
    .into_iter()
    .enumerate()
    {
        let editor = Editor::new(&j, &format!("bad-{n}"));
        editor.reply(1, &bad);
        assert_eq!(
            stdout(&edit(&j, &editor)),
            "edit abandoned; reflection 1 was left as it was\n"
        );
        let shown = editor.seen(2);
        assert!(
            shown.starts_with(error),
            "expected {error:?} on top of:\n{shown}"
        );
        assert_eq!(shown.lines().next().unwrap().matches("#!").count(), 1);
    }
    assert_eq!(j.snapshot(), before);
}

#[test]
fn the_text_lives_in_a_private_folder_that_is_removed_afterwards() {
    let j = journal();
    let editor = Editor::new(&j, "private");
    edit(&j, &editor);
    let path = PathBuf::from(editor.read("path", 1).trim());
    assert!(editor.read("dir-mode", 1).starts_with("drwx------"));
    assert!(editor.read("file-mode", 1).starts_with("-rw-------"));
    assert!(!path.exists());
    assert!(!path.parent().unwrap().exists());
    // Under the TMPDIR the tests give, so nothing is left in /tmp either.
    assert!(path.starts_with(j.dir.path()), "{}", path.display());

    // Also when the editor fails.
    let editor = Editor::new(&j, "failing");
    std::fs::write(editor.dir.join("exit-1"), "3").unwrap();
    let before = j.snapshot();
    let mut cmd = j.cmd(&["edit", "1"]);
    cmd.env("VISUAL", &editor.script);
    let err = fails(cmd, &["edit", "1"]);
    assert!(
        err.starts_with(&format!(
            "error: the editor ({}) stopped with exit status: 3 — nothing was changed",
            editor.script.display()
        )),
        "{err}"
    );
    let path = PathBuf::from(editor.read("path", 1).trim());
    assert!(!path.parent().unwrap().exists());
    assert_eq!(j.snapshot(), before);
}

#[test]
fn visual_then_editor_then_the_setting() {
    let j = journal();
    let visual = Editor::new(&j, "visual");
    let editor = Editor::new(&j, "editor");
    let setting = Editor::new(&j, "setting");
    let run = |env: &[(&str, &Path)]| {
        let mut cmd = j.cmd(&["edit", "1"]);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.assert().success();
    };
    j.bare()
        .args(["config", "set", "editor"])
        .arg(&setting.script)
        .assert()
        .success();
    run(&[("VISUAL", &visual.script), ("EDITOR", &editor.script)]);
    run(&[("EDITOR", &editor.script)]);
    run(&[]);
    assert_eq!((visual.runs(), editor.runs(), setting.runs()), (1, 1, 1));
}

#[test]
fn an_editor_command_may_carry_arguments() {
    let j = journal();
    let editor = Editor::new(&j, "args");
    let mut cmd = j.cmd(&["edit", "1"]);
    // Like `code --wait`: the shell splits it; the file comes last.
    cmd.env("EDITOR", format!("{} --wait", editor.script.display()));
    cmd.assert().success();
    assert_eq!(editor.runs(), 1);
    assert!(editor.read("path", 1).trim().ends_with("reflection-1.txt"));
}

#[test]
fn without_a_terminal_and_an_editor_it_fails_at_once() {
    let j = journal();
    let before = j.snapshot();
    let started = std::time::Instant::now();
    assert_eq!(
        j.err(&["edit", "1"]),
        "error: no editor to open reflection 1 in — set $EDITOR (or `spiegel config set \
         editor nano`), or change it with flags, e.g. `spiegel edit 1 --note TEXT`"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(j.snapshot(), before);
}

#[test]
fn a_missing_reflection_is_named_before_any_editor_opens() {
    let j = journal();
    let editor = Editor::new(&j, "never");
    let mut cmd = j.cmd(&["edit", "9"]);
    cmd.env("VISUAL", &editor.script);
    assert_eq!(
        fails(cmd, &["edit", "9"]),
        "error: no reflection 9 — see `spiegel list` for the ids"
    );
    assert_eq!(editor.runs(), 0);
}
