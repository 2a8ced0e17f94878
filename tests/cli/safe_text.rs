//! What text the journal takes, the same at every door (flags, stdin, the
//! editor's form, import), and what a terminal is shown (issue 10, items 2,
//! 8, 9, 10, 19 and 20).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::{Value, json};

use crate::support::{Journal, bytes};

/// Runs `args` with `input` on stdin; returns the output.
fn with_stdin(j: &Journal, args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = j
        .process()
        .arg("--db")
        .arg(&j.path)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command may refuse before reading it all: a closed pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

/// The one-line error of a command that must fail with exit code 1.
fn one_line_error(out: &std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(1),
        "should fail: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr}");
    stderr.trim_end().to_string()
}

/// The journal's export, as JSON.
fn export(j: &Journal) -> Value {
    serde_json::from_str(&j.ok(&["export"])).unwrap()
}

/// Writes `v` as an import file; returns its path.
fn file(j: &Journal, name: &str, v: &Value) -> PathBuf {
    let path = j.dir.path().join(name);
    std::fs::write(&path, serde_json::to_vec(v).unwrap()).unwrap();
    path
}

/// Imports `path` into a new journal, which must refuse it with an error
/// holding every one of `expected`, and be left without a journal.
fn import_refused(path: &Path, expected: &[&str]) {
    let fresh = Journal::new();
    let error = fresh.err(&["import", path.to_str().unwrap()]);
    for e in expected {
        assert!(error.contains(e), "{e:?} not in: {error}");
    }
    assert!(!fresh.path.exists(), "a refused import made a journal");
}

/// John with one reflection: Levi present, a stall, a question.
fn john_with_a_reflection() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--with",
        "Levi",
        "--resistance",
        "no-one-left",
        "--stall",
        "7:laughed-along",
        "--note",
        "John joked.",
        "--ask",
        "Why do I laugh along?",
    ]);
    j
}

// issue 10.2: `undo` cut a note at its NUL byte; NUL is refused at the door.
#[test]
fn a_nul_byte_in_a_note_from_stdin_is_refused_so_undo_cannot_cut_it() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let out = with_stdin(&j, &["add", "John", "--note", "-"], b"before\0after");
    let error = one_line_error(&out);
    assert!(error.contains("the note"), "{error}");
    assert!(error.contains("U+0000"), "{error}");
    assert_eq!(j.snapshot(), before, "nothing was written");
    // Other control characters too, in every free text.
    let out = with_stdin(&j, &["add", "John", "--ask", "-"], b"why\x1b[2J?");
    assert!(one_line_error(&out).contains("U+001B"));
    assert_eq!(j.snapshot(), before);
}

// issue 10.2, 10.8: meetings, goals and answers follow the same rules.
#[test]
fn supervision_texts_refuse_control_characters_too() {
    let j = john_with_a_reflection();
    let before = j.snapshot();
    let meetings = j.ok(&["supervision", "list"]);
    for (args, what) in [
        (
            &["supervision", "add", "--with", "group\nfake row"][..],
            "participants",
        ),
        (&["supervision", "add", "--note", "bell\u{7}"], "U+0007"),
        (
            &["goal", "add", "stay\u{1b}[8m", "--reason", "went-too-fast"],
            "the goal",
        ),
        (
            &["questions", "answer", "1", "--note", "ok\u{1b}"],
            "the answer",
        ),
    ] {
        let error = j.err(args);
        assert!(error.contains(what), "{args:?}: {error}");
    }
    let out = with_stdin(&j, &["supervision", "add", "--note", "-"], b"nul\0here");
    assert!(one_line_error(&out).contains("U+0000"));
    assert_eq!(j.snapshot(), before);
    assert_eq!(j.ok(&["supervision", "list"]), meetings);
    assert!(!j.ok(&["goal", "list"]).contains("stay"));
}

// issue 10.2: undo gives back every byte it took.
#[test]
fn undo_gives_back_every_byte_of_a_deleted_note() {
    let j = Journal::with_john();
    let note = "quotes ' \" '' ; DROP TABLE x; --\r\nCRLF line\ttab\n\u{9b}c1 émoji 🙂 \\ end";
    j.ok(&["add", "John", "--note", note, "--ask", "it's \"fine\"?"]);
    // A journal written before NUL was refused may hold one.
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    conn.execute_batch(
        "UPDATE reflection SET note = note || char(0) || 'after NUL';
         UPDATE question SET text = 'a' || char(0) || 'b';
         UPDATE \"case\" SET setting = 'x' || char(0) || 'y';",
    )
    .unwrap();
    drop(conn);
    let before = j.json(&["show", "1"]);
    assert_eq!(before["note"], format!("{note}\u{0}after NUL"));
    j.ok(&["delete", "1", "--yes"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["show", "1"]), before);
    j.ok(&["edit", "1", "--note", "replaced", "--ask", "other"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["show", "1"]), before);
    j.ok(&["case", "edit", "John", "--setting", "clinic"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["case", "show", "John"])["setting"], "x\u{0}y");
}

// issue 10.8: a newline in a name made `case list` show a fake row.
#[test]
fn control_and_direction_characters_in_names_are_refused() {
    let j = Journal::with_john();
    j.ok(&[
        "reasons", "add", "own", "--side", "self", "--en", "Own", "--nl", "Eigen",
    ]);
    let before = j.snapshot();
    let list = j.ok(&["case", "list", "--all"]);
    for (args, what) in [
        (&["case", "add", "Bob\nDrop"][..], "U+000A"),
        (&["case", "add", "Bob\u{1b}[31m"], "U+001B"),
        (&["case", "add", "Bo\u{85}b"], "U+0085"),
        (&["case", "add", "evil\u{202E}txt.exe"], "U+202E"),
        (&["case", "add", "a\u{2066}b"], "U+2066"),
        (&["case", "add", "\u{200B}\u{200B}"], "invisible"),
        (&["case", "add", "\u{3164}"], "invisible"),
        (&["case", "rename", "John", "Jo\nhn"], "U+000A"),
        (
            &["case", "add", "Ann", "--setting", "clinic\nC2"],
            "setting",
        ),
        (
            &["other", "add", "John", "Li\tsa", "--role", "friend"],
            "U+0009",
        ),
        (
            &["other", "add", "John", "\u{FEFF}", "--role", "friend"],
            "invisible",
        ),
        (
            &[
                "reasons", "add", "x", "--side", "self", "--en", "X\u{7}", "--nl", "X",
            ],
            "U+0007",
        ),
        (
            &[
                "reasons",
                "add",
                "x",
                "--side",
                "self",
                "--en",
                "X",
                "--nl",
                "\u{202D}X",
            ],
            "U+202D",
        ),
    ] {
        let error = j.err(args);
        assert!(error.contains(what), "{args:?}: {error}");
        assert!(
            !error.contains('\u{1b}'),
            "the error shows no escape: {error:?}"
        );
    }
    let long = "n".repeat(201);
    assert!(j.err(&["case", "add", &long]).contains("200 characters"));
    assert_eq!(j.snapshot(), before, "nothing was written");
    assert_eq!(j.ok(&["case", "list", "--all"]), list);
}

// issue 10.10: a 200 MB note took 833 MB; texts have a documented limit.
#[test]
fn a_three_megabyte_note_is_refused_from_stdin_with_the_limit() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let out = with_stdin(&j, &["add", "John", "--note", "-"], &vec![b'x'; 3_000_000]);
    let error = one_line_error(&out);
    assert!(error.contains("the note is 3 MB"), "{error}");
    assert!(error.contains("1 MB"), "{error}");
    let out = with_stdin(
        &j,
        &["questions", "answer", "1", "--note", "-"],
        &vec![b'x'; 1_000_001],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(j.snapshot(), before);
    // Exactly the limit is fine.
    let out = with_stdin(&j, &["add", "John", "--note", "-"], &vec![b'y'; 1_000_000]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

// issue 10.10: import refuses a long text while reading it, naming the field.
#[test]
fn a_three_megabyte_note_in_an_import_is_refused_with_the_field_and_the_limit() {
    let j = john_with_a_reflection();
    let mut v = export(&j);
    v["cases"][0]["reflections"][0]["note"] = json!("é".repeat(1_500_000));
    let path = file(&j, "big.json", &v);
    import_refused(&path, &["note", "3 MB", "1 MB"]);
    // Also when the file comes into an existing journal, and in a dry run.
    let other = Journal::with_john();
    let before = other.snapshot();
    for extra in [&[][..], &["--dry-run"]] {
        let mut args = vec!["import", path.to_str().unwrap()];
        args.extend_from_slice(extra);
        assert!(other.err(&args).contains("1 MB"));
    }
    assert_eq!(other.snapshot(), before);
    // A long goal or meeting note too, wherever it is.
    let mut v = export(&j);
    v["goals"] = json!([{
        "uuid": "a3a0a8a4-0d5e-4a51-8f41-3c1e6f1f7b22", "text": "g".repeat(1_000_001),
        "reason": "went-too-fast", "since": "2026-03-12", "done_on": null,
        "created_at": "2026-03-12T10:05:00.000Z", "updated_at": "2026-03-12T10:05:00.000Z"
    }]);
    import_refused(&file(&j, "goal.json", &v), &["text", "1 MB"]);
}

// issue 10.2, 10.8, 10.9: import takes only what the CLI takes.
#[test]
fn import_refuses_the_text_and_names_the_cli_refuses() {
    let j = john_with_a_reflection();
    let good = export(&j);
    let cases: [(&str, Value, &str); 7] = [
        (
            "/cases/0/reflections/0/note",
            json!("before\u{0}after"),
            "cases[0].reflections[0].note",
        ),
        (
            "/cases/0/reflections/0/note",
            json!("\u{1b}]0;pwned\u{7}"),
            "U+001B",
        ),
        ("/cases/0/name", json!("Bob\nDrop"), "cases[0].name"),
        ("/cases/0/others/0/name", json!("Le\u{202E}vi"), "U+202E"),
        (
            "/cases/0/others/0/name",
            json!("\u{200B}"),
            "cases[0].others[0].name",
        ),
        ("/cases/0/setting", json!("a\nb"), "cases[0].setting"),
        (
            "/cases/0/reflections/0/question/text",
            json!("why\u{0}"),
            "question.text",
        ),
    ];
    for (n, (at, value, expected)) in cases.into_iter().enumerate() {
        let mut v = good.clone();
        *v.pointer_mut(at).unwrap() = value;
        import_refused(&file(&j, &format!("t{n}.json"), &v), &[expected]);
    }
}

// issue 10.9: an empty question, an answer without its date, a relabelled
// built-in reason, a person twice in one reflection: refused as in the CLI.
#[test]
fn import_refuses_what_the_cli_refuses() {
    let j = john_with_a_reflection();
    let good = export(&j);
    let builtin = good["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r["code"] == "laughed-along")
        .unwrap();
    let levi = good["cases"][0]["others"][0]["uuid"].clone();
    let r = "/cases/0/reflections/0";
    let edits: Vec<(String, Value, String)> = vec![
        (
            format!("{r}/question/text"),
            json!("  "),
            "question.text".into(),
        ),
        (
            format!("{r}/question/answer"),
            json!("Because."),
            "answered_on".into(),
        ),
        (
            format!("{r}/question/answered_on"),
            json!("2026-03-15"),
            "question.answer".into(),
        ),
        (
            format!("/reasons/{builtin}/label_en"),
            json!("Something else"),
            format!("reasons[{builtin}].label_en"),
        ),
        (
            format!("/reasons/{builtin}/side"),
            json!("client"),
            format!("reasons[{builtin}].side"),
        ),
        (
            format!("{r}/present"),
            json!([levi, levi]),
            "present[1]".into(),
        ),
        (
            format!("{r}/resistance"),
            json!(["no-one-left", "no-one-left"]),
            "resistance[1]".into(),
        ),
        (
            format!("{r}/stalls"),
            json!([{"step": 7, "reasons": ["laughed-along"]}, {"step": 7, "reasons": ["did-not-mirror"]}]),
            "stalls[1]".into(),
        ),
        (
            format!("{r}/stalls"),
            json!([{"step": 7, "reasons": ["laughed-along", "laughed-along"]}]),
            "stalls[0].reasons[1]".into(),
        ),
    ];
    for (n, (at, value, expected)) in edits.into_iter().enumerate() {
        let mut v = good.clone();
        *v.pointer_mut(&at).unwrap() = value;
        let path = file(&j, &format!("e{n}.json"), &v);
        import_refused(&path, &[&expected]);
        // Into the journal it came from too (the built-in reason is there).
        let before = j.snapshot();
        let error = j.err(&["import", path.to_str().unwrap()]);
        assert!(error.contains(&expected), "{expected}: {error}");
        assert_eq!(j.snapshot(), before);
    }
    // The file as exported still imports.
    j.ok(&["import", file(&j, "good.json", &good).to_str().unwrap()]);
}

// issue 10.19: the editor form listed only its first mistake.
#[cfg(unix)]
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

// issue 10.20: an anonymized export kept the records' UUIDs, so it could be
// linked back to the journal it came from.
#[test]
fn an_anonymized_export_cannot_be_linked_back_by_its_uuids() {
    let j = john_with_a_reflection();
    j.ok(&["case", "add", "Anouk"]);
    let plain = export(&j);
    let anon: Value = serde_json::from_str(&j.ok(&["export", "--anonymize"])).unwrap();
    let uuids = |v: &Value| {
        let mut found = Vec::new();
        collect_uuids(v, &mut found);
        found
    };
    let builtin: Vec<String> = plain["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["builtin"] == true)
        .map(|r| r["uuid"].as_str().unwrap().to_string())
        .collect();
    let own: Vec<String> = uuids(&plain)
        .into_iter()
        .filter(|u| !builtin.contains(u))
        .collect();
    assert!(own.len() >= 6, "{own:?}");
    let anon_uuids = uuids(&anon);
    for u in &own {
        assert!(!anon_uuids.contains(u), "{u} is in the anonymized export");
    }
    // Another anonymized export has other UUIDs again.
    let again: Value = serde_json::from_str(&j.ok(&["export", "--anonymize"])).unwrap();
    assert_ne!(again["cases"][0]["uuid"], anon["cases"][0]["uuid"]);
    // References inside the file still hold: present is one of the others.
    let case = &anon["cases"][0];
    assert_eq!(
        case["reflections"][0]["present"][0],
        case["others"][0]["uuid"]
    );
    // Imported into the journal it came from, nothing is taken for its own.
    let path = file(&j, "anon.json", &anon);
    let out = j.ok(&["import", path.to_str().unwrap()]);
    assert!(out.contains("added 2 cases"), "{out}");
    // And a pool imports it whole.
    let pool = Journal::new();
    pool.ok(&["import", path.to_str().unwrap()]);
    assert_eq!(pool.json(&["list"])[0]["present"], json!(["P01"]));
}

fn collect_uuids(v: &Value, found: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                match (k.as_str(), x) {
                    ("uuid", Value::String(u)) => found.push(u.clone()),
                    ("present", Value::Array(list)) => {
                        found.extend(list.iter().filter_map(|p| p.as_str().map(String::from)))
                    }
                    _ => collect_uuids(x, found),
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|x| collect_uuids(x, found)),
        _ => {}
    }
}

/// Runs `args` on a pseudo-terminal; returns what the terminal got.
#[cfg(unix)]
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
#[cfg(unix)]
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
        assert!(
            seen.contains("old \\u{1b}]0;pwned\\u{7}\\u{1b}[2J"),
            "{args:?}: {seen:?}"
        );
        assert!(seen.contains("C1 \\u{9b}2J here"), "{args:?}: {seen:?}");
        assert!(!seen.contains("\u{9b}"), "{args:?}: {seen:?}");
        assert!(!seen.contains("\u{1b}]"), "{args:?}: {seen:?}");
    }
    // Files and pipes get the exact bytes.
    for format in ["md", "csv"] {
        let piped = j.ok(&["export", "--format", format]);
        assert!(piped.contains("C1 \u{9b}2J here"), "{format}");
        let path = j.dir.path().join(format!("out.{format}"));
        j.ok(&["export", "--format", format, "-o", path.to_str().unwrap()]);
        assert!(
            String::from_utf8(bytes(&path))
                .unwrap()
                .contains("\u{1b}]0;pwned\u{7}")
        );
    }
}

// issue 10.2: the guided reflection's note from the editor follows the same
// rules: one the journal does not take comes back in the editor with why,
// and the walk goes on (rather than failing at the end, losing the walk).
#[cfg(unix)]
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
