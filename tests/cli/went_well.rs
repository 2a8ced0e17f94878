//! What went well in a session (issue 13.2): recorded at every door (the
//! flags, stdin, the editor's form, the guided walk), shown by `show` and
//! `--json`, carried by export and import, dropped by `--anonymize`, given
//! back by `undo`, erased with its case, and brought to supervision (`prep`)
//! and to the next session (`brief`).

use serde_json::{Value, json};

use crate::safe_text::{export, file, one_line_error, with_stdin};
use crate::support::{Journal, fails_with};

const WELL: &str = "Mirrored at step 7: \"how irritating would it be…\"";

/// John with reflection 1, which records what went well, and reflection 2,
/// which records nothing of it.
fn journal() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-10",
        "--stall",
        "7:laughed-along",
        "--note",
        "John joked; I laughed along.",
        "--went-well",
        WELL,
    ]);
    j.ok(&["add", "John", "--date", "2026-03-12", "--note", "Quiet."]);
    j
}

#[test]
fn add_records_what_went_well_and_show_and_json_give_it() {
    let j = journal();
    let line = |shown: &str, label: &str| {
        shown
            .lines()
            .any(|l| l.starts_with(label) && l.ends_with(&format!("  {WELL}")))
    };
    let shown = j.ok(&["show", "1"]);
    assert!(line(&shown, "What went well "), "{shown}");
    let r = j.json(&["show", "1"]);
    assert_eq!(r["went_well"], WELL);
    assert_eq!(r["note"], "John joked; I laughed along.");
    // None recorded: an empty text in JSON, no line in `show`.
    assert_eq!(j.json(&["show", "2"])["went_well"], "");
    assert!(!j.ok(&["show", "2"]).contains("What went well"));
    let list = j.json(&["list"]);
    let wells: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["went_well"])
        .collect();
    assert_eq!(wells, [&json!(""), &json!(WELL)]);
    // The Dutch user reads it in Dutch.
    let shown = j.ok_env(&[("SPIEGEL_LANG", "nl")], &["show", "1"]);
    assert!(line(&shown, "Wat goed ging "), "{shown}");
}

#[test]
fn edit_replaces_or_clears_what_went_well_and_keeps_the_rest() {
    let j = journal();
    j.ok(&["edit", "2", "--went-well", "  Stayed with the silence.  "]);
    let r = j.json(&["show", "2"]);
    assert_eq!(r["went_well"], "Stayed with the silence.");
    assert_eq!(r["note"], "Quiet.");
    // Another edit keeps it.
    j.ok(&["edit", "2", "--note", "Quiet, then a story."]);
    assert_eq!(
        j.json(&["show", "2"])["went_well"],
        "Stayed with the silence."
    );
    // An empty text clears it.
    j.ok(&["edit", "1", "--went-well", ""]);
    let r = j.json(&["show", "1"]);
    assert_eq!(r["went_well"], "");
    assert_eq!(r["note"], "John joked; I laughed along.");
}

#[test]
fn a_dash_reads_what_went_well_from_stdin_but_only_one_text_may() {
    let j = Journal::with_john();
    let text = "Asked Levi to stay.\r\nHe did.\n";
    let out = with_stdin(&j, &["add", "John", "--went-well", "-"], text.as_bytes());
    assert!(out.status.success(), "{out:?}");
    // Kept byte for byte but for the blanks around it.
    assert_eq!(
        j.json(&["show", "1"])["went_well"],
        "Asked Levi to stay.\r\nHe did."
    );
    let out = with_stdin(&j, &["edit", "1", "--went-well", "-"], b"Second.");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(j.json(&["show", "1"])["went_well"], "Second.");

    let before = j.snapshot();
    for args in [
        &["add", "John", "--note", "-", "--went-well", "-"][..],
        &["edit", "1", "--went-well", "-", "--ask", "-"],
    ] {
        let mut cmd = j.cmd(args);
        cmd.write_stdin("x");
        let error = fails_with(cmd, args, 2);
        assert!(error.contains("--went-well"), "{error}");
    }
    assert_eq!(j.snapshot(), before);
}

#[test]
fn the_rules_of_a_note_hold_for_what_went_well() {
    let j = journal();
    let before = j.snapshot();
    // NUL from stdin, an escape sequence on the command line.
    let out = with_stdin(&j, &["add", "John", "--went-well", "-"], b"well\0done");
    let error = one_line_error(&out);
    assert!(error.contains("what went well"), "{error}");
    assert!(error.contains("U+0000"), "{error}");
    let error = j.err(&["edit", "1", "--went-well", "fine\u{1b}[2J"]);
    assert!(error.contains("what went well") && error.contains("U+001B"));
    // No more than a note may hold.
    let long = "w".repeat(1_000_001);
    let out = with_stdin(&j, &["edit", "1", "--went-well", "-"], long.as_bytes());
    let error = one_line_error(&out);
    assert!(error.contains("what went well"), "{error}");
    // In Dutch, named in Dutch.
    let error = j.err_env(
        &[("SPIEGEL_LANG", "nl")],
        &["edit", "1", "--went-well", "bel\u{7}"],
    );
    assert!(error.contains("wat goed ging"), "{error}");
    assert_eq!(j.snapshot(), before, "nothing was written");
    // Tabs and new lines are text.
    j.ok(&["edit", "1", "--went-well", "a\tb\nc"]);
    assert_eq!(j.json(&["show", "1"])["went_well"], "a\tb\nc");
}

#[test]
fn undo_gives_back_what_went_well_after_an_edit_and_a_delete() {
    let j = journal();
    j.ok(&["edit", "1", "--went-well", "Something else."]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["show", "1"])["went_well"], WELL);
    j.ok(&["delete", "1", "--yes"]);
    j.ok(&["undo"]);
    let r = j.json(&["show", "1"]);
    assert_eq!(r["went_well"], WELL);
    assert_eq!(r["stalls"][0]["reasons"], json!(["laughed-along"]));
}

#[test]
fn export_and_import_carry_what_went_well() {
    let a = journal();
    let data = export(&a);
    let reflections = &data["cases"][0]["reflections"];
    assert_eq!(reflections[0]["went_well"], WELL);
    // Nothing recorded: not in the file, which an older spiegel reads too.
    assert!(reflections[1].get("went_well").is_none(), "{reflections}");
    assert_eq!(data["version"], 3);

    let b = Journal::new();
    b.ok(&["import", file(&a, "a.json", &data).to_str().unwrap()]);
    assert_eq!(b.json(&["show", "1"])["went_well"], WELL);
    assert_eq!(b.json(&["show", "2"])["went_well"], "");
    assert_eq!(export(&b), data);

    // A file written before the field existed imports: nothing went well.
    let mut old = data.clone();
    old["cases"][0]["reflections"][0]
        .as_object_mut()
        .unwrap()
        .remove("went_well");
    let c = Journal::new();
    c.ok(&["import", file(&a, "old.json", &old).to_str().unwrap()]);
    assert_eq!(c.json(&["show", "1"])["went_well"], "");

    // The import takes only text a note may hold.
    let mut bad = data.clone();
    bad["cases"][0]["reflections"][0]["went_well"] = json!("bad\u{1b}[2J");
    crate::safe_text::import_refused(&file(&a, "bad.json", &bad), &["went_well", "U+001B"]);
}

#[test]
fn anonymize_drops_what_went_well_unless_notes_are_kept() {
    let j = journal();
    let anonymous: Value = serde_json::from_str(&j.ok(&["export", "--anonymize"])).unwrap();
    assert!(
        !serde_json::to_string(&anonymous)
            .unwrap()
            .contains("Mirrored")
    );
    assert!(
        anonymous["cases"][0]["reflections"][0]
            .get("went_well")
            .is_none()
    );
    let kept: Value =
        serde_json::from_str(&j.ok(&["export", "--anonymize", "--keep-notes"])).unwrap();
    assert_eq!(kept["cases"][0]["reflections"][0]["went_well"], WELL);
}

#[test]
fn csv_and_markdown_exports_show_what_went_well() {
    let j = journal();
    let csv = j.ok(&["export", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    assert!(header.contains(",question,went_well"), "{header}");
    assert!(csv.contains("how irritating would it be"), "{csv}");
    let md = j.ok(&["export", "--format", "md"]);
    assert!(md.contains(&format!("**What went well:** {WELL}")), "{md}");
    let md = j.ok_env(&[("SPIEGEL_LANG", "nl")], &["export", "--format", "md"]);
    assert!(md.contains("**Wat goed ging:**"), "{md}");
}

#[cfg(unix)]
mod editor {
    use super::*;
    use crate::edit::{Editor, edit, stdout};

    #[test]
    fn the_editor_form_shows_and_changes_what_went_well() {
        let j = journal();
        j.ok(&["delete", "2", "--yes"]);
        // `edit` opens reflection 1.
        let editor = Editor::new(&j, "ed");
        assert_eq!(
            stdout(&edit(&j, &editor)),
            "nothing changed in reflection 1\n"
        );
        let form = editor.seen(1);
        assert!(form.contains(&format!("went-well: {WELL}\n")), "{form}");
        assert!(form.contains("# What went well"), "{form}");

        let changed = form.replace(
            &format!("went-well: {WELL}"),
            "went-well: Stayed calm when John joked.",
        );
        let editor = Editor::new(&j, "ed2");
        editor.reply(1, &changed);
        assert_eq!(stdout(&edit(&j, &editor)), "reflection 1 updated\n");
        let r = j.json(&["show", "1"]);
        assert_eq!(r["went_well"], "Stayed calm when John joked.");
        assert_eq!(r["note"], "John joked; I laughed along.");

        // A text the journal does not take comes back with why.
        let editor = Editor::new(&j, "ed3");
        editor.reply(1, &changed.replace("Stayed calm", "Stayed \u{1b}[2J calm"));
        editor.reply(2, "");
        let out = edit(&j, &editor);
        assert_eq!(editor.runs(), 2);
        assert!(
            editor.seen(2).contains("what went well"),
            "{}",
            editor.seen(2)
        );
        assert!(out.status.success());
        assert_eq!(
            j.json(&["show", "1"])["went_well"],
            "Stayed calm when John joked."
        );
    }

    #[test]
    fn a_text_of_several_lines_is_kept_unless_its_line_is_changed() {
        let j = journal();
        j.ok(&["edit", "1", "--went-well", "First line.\nSecond line."]);
        let editor = Editor::new(&j, "ed");
        let out = j
            .cmd(&["edit", "1"])
            .env("VISUAL", &editor.script)
            .output()
            .unwrap();
        assert_eq!(stdout(&out), "nothing changed in reflection 1\n");
        assert!(
            editor
                .seen(1)
                .contains("went-well: First line. Second line.\n")
        );
        assert_eq!(
            j.json(&["show", "1"])["went_well"],
            "First line.\nSecond line."
        );
    }
}

#[cfg(unix)]
#[test]
fn the_guided_walk_asks_what_went_well() {
    use crate::guided::Walk;
    const ENTER: &str = "\r";
    let j = Journal::with_john();
    let mut w = Walk::start_add(&j, &["john"], &[]);
    w.at("When was the session?").keys("friday").keys(ENTER);
    w.at("Who took part besides the client?").keys(ENTER);
    w.at("How did the session take place?").keys(ENTER);
    w.at("Did you meet resistance?").keys(ENTER);
    w.at("Where did it stall?").keys(ENTER);
    w.at("What happened, and what did you need?")
        .keys("Talked about work.")
        .keys(ENTER);
    w.at("What went well, what worked?")
        .keys("I asked about his week first.")
        .keys(ENTER);
    w.at("A question to bring to supervision?").keys(ENTER);
    // The preview shows it before saving.
    w.at("What went well")
        .at("I asked about his week first.")
        .at("Save it?")
        .keys(ENTER);
    w.at("reflection 1 saved");
    let (code, _) = w.end();
    assert_eq!(code, 0);
    assert_eq!(
        j.json(&["show", "1"])["went_well"],
        "I asked about his week first."
    );
}

#[cfg(unix)]
#[test]
fn the_guided_walk_asks_in_dutch() {
    use crate::guided::Walk;
    const ENTER: &str = "\r";
    let j = Journal::with_john();
    let mut w = Walk::start_add(&j, &["john"], &[("SPIEGEL_LANG", "nl")]);
    w.at("Wanneer was het gesprek?").keys("vrijdag").keys(ENTER);
    w.at("Wie waren er naast de cliënt bij?").keys(ENTER);
    w.at("Hoe vond het gesprek plaats?").keys(ENTER);
    w.at("Welke weerstand kwam je tegen?").keys(ENTER);
    w.at("Waar liep het vast?").keys(ENTER);
    w.at("Wat gebeurde er, en wat had jij nodig?").keys(ENTER);
    w.at("Wat ging er goed, wat werkte?")
        .keys("Ik bleef rustig.")
        .keys(ENTER);
    w.at("Een vraag om mee te nemen naar supervisie?")
        .keys(ENTER);
    w.at("Wat goed ging").at("Opslaan?").keys(ENTER);
    w.at("reflectie 1 opgeslagen");
    let (code, _) = w.end();
    assert_eq!(code, 0);
    assert_eq!(j.json(&["show", "1"])["went_well"], "Ik bleef rustig.");
}

#[test]
fn the_brief_shows_what_went_well_in_the_last_sessions() {
    let j = journal();
    j.ok(&[
        "edit",
        "2",
        "--went-well",
        "Levi was asked *himself*\nwhat he needs.",
    ]);
    let out = j.ok(&["brief", "John"]);
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    let last = lines
        .iter()
        .position(|l| l.starts_with("Last session: 2026-03-12"))
        .unwrap_or_else(|| panic!("{out}"));
    let before = lines
        .iter()
        .position(|l| l.starts_with("The session before: 2026-03-10"))
        .unwrap_or_else(|| panic!("{out}"));
    // On one line, under its own session.
    let well = |from: usize, to: usize, text: &str| {
        lines[from..to]
            .iter()
            .any(|l| *l == format!("Went well: {text}"))
    };
    assert!(
        well(last, before, "Levi was asked *himself* what he needs."),
        "{out}"
    );
    assert!(well(before, lines.len(), WELL), "{out}");

    let nl = j.ok(&["--lang", "nl", "brief", "John"]);
    assert!(nl.contains(&format!("Ging goed: {WELL}")), "{nl}");
    let md = j.ok(&["brief", "John", "--format", "md"]);
    assert!(md.contains("Went well: "), "{md}");
    let b = j.json(&["brief", "John"]);
    assert_eq!(
        b["last"][0]["went_well"],
        "Levi was asked *himself*\nwhat he needs."
    );
    assert_eq!(b["last"][1]["went_well"], WELL);

    // Nothing recorded: no line.
    j.ok(&["edit", "2", "--went-well", ""]);
    let out = j.ok(&["brief", "John"]);
    assert_eq!(out.matches("Went well:").count(), 1, "{out}");
}

/// John with seven sessions that record what went well, after a meeting.
fn seven_good_sessions() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "supervision",
        "add",
        "--date",
        "2026-02-01",
        "--kind",
        "peer",
    ]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-01-20",
        "--went-well",
        "Before the meeting: not on the page.",
    ]);
    for day in 1..=7 {
        j.ok(&[
            "add",
            "John",
            "--date",
            &format!("2026-03-0{day}"),
            "--went-well",
            &format!("Good <moment> *{day}*"),
        ]);
    }
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-08",
        "--note",
        "No good news.",
    ]);
    j
}

#[test]
fn the_supervision_page_shows_the_most_recent_of_what_went_well() {
    let j = seven_good_sessions();
    let md = j.ok(&["prep"]);
    let section = md
        .split("## What went well\n")
        .nth(1)
        .unwrap_or_else(|| panic!("{md}"));
    let section = section.split("\n## ").next().unwrap();
    let items: Vec<&str> = section.lines().filter(|l| l.starts_with("- ")).collect();
    // The five most recent, newest first, dated, with their case; the
    // user's text shows as typed.
    assert_eq!(
        items,
        [
            "- 7 Mar 2026, John: Good \\<moment\\> \\*7\\*",
            "- 6 Mar 2026, John: Good \\<moment\\> \\*6\\*",
            "- 5 Mar 2026, John: Good \\<moment\\> \\*5\\*",
            "- 4 Mar 2026, John: Good \\<moment\\> \\*4\\*",
            "- 3 Mar 2026, John: Good \\<moment\\> \\*3\\*",
        ],
        "{section}"
    );
    assert!(
        section.contains("… and 2 more in this period."),
        "{section}"
    );
    assert!(!md.contains("Before the meeting"), "{md}");

    let html = j.ok(&["prep", "--format", "html"]);
    assert!(html.contains("<h2>What went well</h2>"), "{html}");
    assert!(
        html.contains(
            "<li><span class=\"date\">7 Mar 2026 · John</span> — Good &lt;moment&gt; *7*</li>"
        ),
        "{html}"
    );
    assert!(html.contains("… and 2 more in this period."));

    let nl = j.ok(&["--lang", "nl", "prep"]);
    assert!(nl.contains("## Wat goed ging\n"), "{nl}");
    assert!(nl.contains("… en nog 2 in deze periode."), "{nl}");

    let json = j.json(&["prep"]);
    assert_eq!(json["went_well"]["total"], 7);
    assert_eq!(json["went_well"]["recent"][0]["text"], "Good <moment> *7*");
    assert_eq!(json["went_well"]["recent"][0]["case"], "John");
    assert_eq!(json["went_well"]["recent"][0]["date"], "2026-03-07");
}

#[test]
fn the_supervision_page_says_when_nothing_went_well_on_record() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "Only a note."]);
    let md = j.ok(&["prep"]);
    assert!(
        md.contains("## What went well\n\nNothing recorded as going well in this period"),
        "{md}"
    );
    let html = j.ok(&["prep", "--format", "html"]);
    assert!(html.contains("<p>Nothing recorded as going well"), "{html}");
    assert!(!md.contains("more in this period"), "{md}");
}
