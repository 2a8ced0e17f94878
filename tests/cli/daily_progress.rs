//! Progress on long work (issue 16.4): on a terminal a bar on stderr,
//! never when piped; Ctrl-C during an import says nothing was kept, and
//! nothing was.
#![cfg(unix)]

use crate::pager::{end, on_terminal};
use crate::support::Journal;

/// A terminal that can redraw a line (a bar is never drawn on a dumb one).
const TERM: &[(&str, &str)] = &[("TERM", "xterm")];

#[test]
fn generating_shows_a_bar_on_a_terminal_and_nothing_when_piped() {
    let j = Journal::new();
    let mut p = on_terminal(&j, 24, TERM, &["demo", "--reflections", "2000"]);
    p.exp_string("Generating [").unwrap();
    p.exp_string("/2,000 reflections").unwrap();
    p.exp_string("Generated 2000 reflections").unwrap();
    assert_eq!(end(p).0, 0);

    let piped = Journal::new();
    let out = piped
        .cmd(&["demo", "--reflections", "2000"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let out = piped
        .cmd(&[
            "export",
            "-o",
            piped.dir.path().join("x.json").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("exported to "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let out = piped.cmd(&["check"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn ctrl_c_during_an_import_says_nothing_was_imported_and_keeps_nothing() {
    let from = Journal::new();
    from.ok(&["demo", "--reflections", "5000"]);
    let file = from.dir.path().join("all.json");
    from.ok(&["export", "-o", file.to_str().unwrap()]);

    let j = Journal::with_john();
    let before = j.snapshot();
    let mut p = on_terminal(&j, 24, TERM, &["import", file.to_str().unwrap()]);
    p.exp_string("Importing [").unwrap();
    p.send_control('c').unwrap();
    // rexpect hands over each byte as a char: no dash to look for.
    p.exp_string("nothing imported (an import is one transaction")
        .unwrap();
    assert_eq!(end(p).0, 130);
    assert_eq!(j.snapshot(), before);
    // The import, let through, still works.
    let done = j.ok(&["import", file.to_str().unwrap()]);
    assert!(done.contains("5000 reflections"), "{done}");
}

#[test]
fn export_backup_and_check_show_progress_on_a_terminal() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "300"]);
    let file = j.dir.path().join("x.json");
    let mut p = on_terminal(&j, 24, TERM, &["export", "-o", file.to_str().unwrap()]);
    p.exp_string("Exporting [").unwrap();
    p.exp_string("cases").unwrap();
    p.exp_string("exported to").unwrap();
    assert_eq!(end(p).0, 0);
    let mut p = on_terminal(&j, 24, TERM, &["check", "--full"]);
    p.exp_string("Checking the journal").unwrap();
    assert_eq!(end(p).0, 0);
    let mut p = on_terminal(&j, 24, TERM, &["backup"]);
    p.exp_string("Backing up the journal").unwrap();
    assert_eq!(end(p).0, 0);
}

#[test]
fn an_export_to_the_terminal_draws_no_bar_into_it() {
    // Setting the bar's words must draw nothing yet: the same draw came
    // before an import took Ctrl-C over, and a Ctrl-C then ended it mute.
    let j = Journal::with_john();
    let (code, all) = end(on_terminal(&j, 24, TERM, &["export"]));
    assert_eq!(code, 0);
    assert!(all.trim_start().starts_with('{'), "{all}");
    assert!(!all.contains("Exporting"), "{all}");
}
