//! What a Windows laptop does differently (issue 18), tested from here: the
//! line endings and byte-order mark Windows editors save, and what a
//! PowerShell user is given.

use crate::support::Journal;

/// Notepad (and other Windows editors) save the form back with CRLF line
/// endings and a UTF-8 byte-order mark: the same form, unchanged, must read
/// as unchanged, and a real change must come in without the `\r`s
/// (issue 18.5).
#[cfg(unix)]
#[test]
fn a_form_saved_back_with_crlf_and_a_bom_reads_as_unchanged() {
    use crate::edit::{Editor, edit, journal, stdout};

    let j = journal();
    let before = j.snapshot();
    let form = {
        let look = Editor::new(&j, "look");
        edit(&j, &look);
        look.seen(1)
    };
    let windows = |text: &str| format!("\u{feff}{}", text.replace('\n', "\r\n"));

    let notepad = Editor::new(&j, "notepad");
    notepad.reply(1, &windows(&form));
    assert_eq!(
        stdout(&edit(&j, &notepad)),
        "nothing changed in reflection 1\n"
    );
    assert_eq!(j.snapshot(), before);

    let changed = form.replace("And so did I.", "And so did I.\nNext time: stay.");
    let notepad = Editor::new(&j, "notepad-changed");
    notepad.reply(1, &windows(&changed));
    assert_eq!(stdout(&edit(&j, &notepad)), "reflection 1 updated\n");
    assert_eq!(
        j.json(&["show", "1"])["note"],
        "John joked, Levi laughed along.\nAnd so did I.\nNext time: stay."
    );
}

/// `status` says plainly who can open the journal: on unix the file's mode,
/// and what to do when others can read it (issue 18.6; on Windows, where
/// spiegel sets no permissions, it names what does protect the file).
#[cfg(unix)]
#[test]
fn status_says_who_can_read_the_journal() {
    use std::os::unix::fs::PermissionsExt;

    let j = Journal::with_john();
    let status = j.ok(&["status"]);
    assert!(
        status.contains("Access     only you (file mode 600)"),
        "{status}"
    );
    std::fs::set_permissions(&j.path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let status = j.ok(&["status"]);
    let advice = format!(
        "Access     others can read it too (file mode 644) — `chmod 600 {}` keeps it to you",
        j.path.display()
    );
    assert!(status.contains(&advice), "{status}");
}

/// PowerShell users get a completion script that registers spiegel and
/// calls it back; the call back offers the commands (issue 18.7).
#[test]
fn powershell_completion_registers_spiegel_and_offers_its_commands() {
    let j = Journal::new();
    let script = j.ok(&["completions", "powershell"]);
    assert!(
        script.contains("Register-ArgumentCompleter -Native -CommandName spiegel"),
        "{script}"
    );
    assert!(script.contains("SPIEGEL_COMPLETE"), "{script}");
    assert!(script.contains("powershell"), "{script}");

    // What the script runs when the user presses Tab after `spiegel `.
    let out = j
        .bare()
        .env("SPIEGEL_COMPLETE", "powershell")
        .args(["--", "spiegel", ""])
        .output()
        .unwrap();
    assert!(out.status.success());
    let offered = String::from_utf8(out.stdout).unwrap();
    for command in [
        "init",
        "add",
        "edit",
        "case",
        "patterns",
        "encrypt",
        "export",
        "completions",
    ] {
        assert!(
            offered
                .lines()
                .any(|l| l.split('\t').next() == Some(command)),
            "{command} not offered:\n{offered}"
        );
    }
}
