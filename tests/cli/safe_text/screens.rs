//! What a person sees: the editor's form, the guided reflection and the
//! terminal (issue 10, items 2, 8 and 19).

#![cfg(unix)]

use crate::support::{Journal, bytes};

// issue 10.19: the editor form listed only its first mistake.
#[test]
fn the_editor_form_lists_every_mistake_on_top() {
    use crate::edit::{Editor, edit, journal, stdout};
    let j = journal();
    let before = j.snapshot();
    let original = {
        let e = Editor::new(&j, "look");
        edit(&j, &e);
        e.seen(1)
    };
    let bad = original
        .replace("medium: in-person", "medium: mail")
        .replace("completed: no", "completed: half")
        .replace("date: 2026-03-14", "date: soon")
        .replace("And so did I.", "And so did I.\u{0}");
    let editor = Editor::new(&j, "many");
    editor.reply(1, &bad);
    assert_eq!(
        stdout(&edit(&j, &editor)),
        "edit abandoned; reflection 1 was left as it was\n"
    );
    let shown = editor.seen(2);
    let top: Vec<&str> = shown.lines().take_while(|l| l.starts_with("#!")).collect();
    assert_eq!(top.len(), 6, "{shown}");
    assert!(top[0].contains("'soon' is not a date"), "{shown}");
    assert!(top[1].contains("medium: 'mail'"), "{shown}");
    assert!(top[2].contains("completed: 'half'"), "{shown}");
    assert!(
        top[3].contains("the note") && top[3].contains("U+0000"),
        "{shown}"
    );
    assert_eq!(j.snapshot(), before);
}

/// Runs `args` on a pseudo-terminal; returns what the terminal got.
fn on_a_terminal(j: &Journal, args: &[&str]) -> String {
    use rexpect::session::{Options, spawn_with_options};
    let mut cmd = j.process();
    cmd.env_remove("NO_COLOR")
        .arg("--db")
        .arg(&j.path)
        .args(args);
    let options = Options::new()
        .timeout_ms(Some(15_000))
        .strip_ansi_escape_codes(false);
    let mut p = spawn_with_options(cmd, options).expect("spiegel starts on a pty");
    let seen = p.exp_eof().expect("spiegel ends");
    // rexpect reads byte by byte, each as a char.
    let bytes: Vec<u8> = seen.chars().map(|c| c as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

// issue 10.8: escape sequences in a note reached the terminal through
// `export --format md/csv` and `show`.
#[test]
fn escape_sequences_in_text_are_shown_not_obeyed_on_a_terminal() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "C1 \u{9b}2J here"]);
    // A journal written before these rules may hold any control character.
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    conn.execute(
        "UPDATE reflection SET note = note || char(10) || 'old ' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J'",
        [],
    )
    .unwrap();
    drop(conn);
    let raw = j.json(&["show", "1"])["note"].as_str().unwrap().to_string();
    assert!(raw.contains('\u{1b}'));
    for args in [
        &["export", "--format", "md"][..],
        &["export", "--format", "csv"],
        &["show", "1"],
    ] {
        let seen = on_a_terminal(&j, args);
        // Markdown also escapes the brackets, so they read as typed.
        let shown = if args.contains(&"md") {
            "old \\u{1b}\\]0;pwned\\u{7}\\u{1b}\\[2J"
        } else {
            "old \\u{1b}]0;pwned\\u{7}\\u{1b}[2J"
        };
        assert!(seen.contains(shown), "{args:?}: {seen:?}");
        assert!(seen.contains("C1 \\u{9b}2J here"), "{args:?}: {seen:?}");
        assert!(!seen.contains("\u{9b}"), "{args:?}: {seen:?}");
        assert!(!seen.contains("\u{1b}]"), "{args:?}: {seen:?}");
    }
    // An error quoting a file does not steer the terminal either.
    let bad = j.dir.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\"format\":\"spiegel-export\",\"version\":1,\"x\\u001b[2J\":1}",
    )
    .unwrap();
    let seen = on_a_terminal(&j, &["import", bad.to_str().unwrap()]);
    assert!(seen.contains("x\\u{1b}[2J"), "{seen:?}");
    assert!(!seen.contains("x\u{1b}"), "{seen:?}");
    // JSON on a terminal stays JSON, with the same note (C1 escaped).
    let seen = on_a_terminal(&j, &["show", "1", "--json"]);
    assert!(!seen.contains('\u{9b}'), "{seen:?}");
    let shown: serde_json::Value = serde_json::from_str(&seen).unwrap();
    assert_eq!(shown["note"], raw.as_str());
    // Files and pipes get the exact bytes.
    for format in ["md", "csv"] {
        let piped = j.ok(&["export", "--format", format]);
        assert!(piped.contains("C1 \u{9b}2J here"), "{format}");
        let path = j.dir.path().join(format!("out.{format}"));
        j.ok(&["export", "--format", format, "-o", path.to_str().unwrap()]);
        // The exact bytes (Markdown escapes its brackets).
        let exact = if format == "md" {
            "\u{1b}\\]0;pwned\u{7}"
        } else {
            "\u{1b}]0;pwned\u{7}"
        };
        assert!(String::from_utf8(bytes(&path)).unwrap().contains(exact));
    }
}

// issue 10.2: the guided reflection's note from the editor follows the same
// rules: one the journal does not take comes back in the editor with why,
// and the walk goes on (rather than failing at the end, losing the walk).
#[test]
fn a_control_character_in_the_guided_note_comes_back_in_the_editor() {
    use rexpect::session::{Options, spawn_with_options};
    let j = Journal::with_john();
    let dir = j.dir.path();
    let d = dir.display();
    let script = dir.join("note-editor.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nfor f; do :; done\n\
             n=$(cat '{d}/count' 2>/dev/null || echo 0); n=$((n + 1)); echo $n > '{d}/count'\n\
             cp \"$f\" '{d}/seen-'$n\n\
             if [ $n = 1 ]; then printf 'bad \\033[2J here\\n' >> \"$f\"; \
             else printf 'Fixed note.\\n' > \"$f\"; fi\n"
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = j.process();
    cmd.env("EDITOR", &script)
        .arg("--db")
        .arg(&j.path)
        .arg("add");
    let options = Options::new()
        .timeout_ms(Some(15_000))
        .strip_ansi_escape_codes(true);
    let mut p = spawn_with_options(cmd, options).expect("spiegel starts on a pty");
    let mut step = |wait: &str, keys: &str| {
        p.exp_string(wait)
            .unwrap_or_else(|e| panic!("waiting for {wait}: {e}"));
        p.send(keys).unwrap();
        p.flush().unwrap();
    };
    step("Which case?", "\r");
    step("When was the session?", "friday\r");
    step("Who took part besides the client?", "\r");
    step("How did the session take place?", "\r");
    step("Did you meet resistance?", "\r");
    step("Where did it stall?", "\r");
    step("What went well, what worked?", "\r");
    step("A question to bring to supervision?", "\r");
    step("Save it?", "\r");
    p.exp_string("saved").expect("the reflection is saved");
    p.exp_eof().unwrap();
    let second = std::fs::read_to_string(dir.join("seen-2")).unwrap();
    assert!(
        second.starts_with("# the note holds a control character (U+001B)"),
        "{second}"
    );
    assert!(
        second.contains("bad \u{1b}[2J here"),
        "the user's text is kept"
    );
    assert_eq!(j.json(&["show", "1"])["note"], "Fixed note.");
}
