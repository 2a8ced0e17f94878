//! The pager (issue 16.2), on a pseudo-terminal of a set size: a view
//! taller than the screen goes through the pager, a short one, piped output,
//! JSON and `--no-pager` never do; a pager that cannot start leaves the
//! output plain.

#![cfg(unix)]

use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};

use crate::support::Journal;

/// What the test pager prints before what it is given.
const MARK: &str = "[paged by the test pager]";

/// The last line of `spiegel steps` (20 lines).
const LAST_STEP: &str = "7 ";

/// A pager that marks its output, then passes it on.
fn marking_pager(j: &Journal, name: &str) -> String {
    let path = j.dir.path().join(name);
    std::fs::write(
        &path,
        format!("#!/bin/sh\necho '{MARK} {name}'\nexec cat\n"),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.display().to_string()
}

/// `spiegel ARGS…` on a pseudo-terminal `rows` high and 80 wide.
pub fn on_terminal(j: &Journal, rows: u16, env: &[(&str, &str)], args: &[&str]) -> PtySession {
    on_screen(j, rows, 80, env, args)
}

/// `spiegel ARGS…` on a pseudo-terminal `rows` × `cols`.
pub fn on_screen(
    j: &Journal,
    rows: u16,
    cols: u16,
    env: &[(&str, &str)],
    args: &[&str],
) -> PtySession {
    let cmd = j.process();
    let spiegel = cmd.get_program().to_owned();
    // The pseudo-terminal has no size until stty gives it one.
    let mut sh = std::process::Command::new("/bin/sh");
    sh.arg("-c")
        .arg(format!(
            "stty rows {rows} cols {cols} && exec \"$0\" \"$@\""
        ))
        .arg(spiegel)
        .arg("--db")
        .arg(&j.path)
        .args(args);
    sh.env_clear();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            sh.env(k, v);
        }
    }
    sh.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    for (k, v) in env {
        sh.env(k, v);
    }
    let options = Options::new()
        .timeout_ms(Some(15_000))
        .strip_ansi_escape_codes(true);
    spawn_with_options(sh, options).expect("spiegel starts on a pty")
}

/// Waits for the end: the exit code and everything printed.
pub fn end(mut p: PtySession) -> (i32, String) {
    let rest = p.exp_eof().expect("spiegel ends");
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => (code, rest),
        other => panic!("spiegel did not exit normally: {other:?}"),
    }
}

fn run(j: &Journal, rows: u16, env: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    end(on_terminal(j, rows, env, args))
}

#[test]
fn a_view_taller_than_the_screen_goes_through_spiegel_pager() {
    let j = Journal::with_john();
    let pager = marking_pager(&j, "spiegel-pager");
    let other = marking_pager(&j, "pager");
    let env = [("SPIEGEL_PAGER", pager.as_str()), ("PAGER", other.as_str())];
    let (code, text) = run(&j, 10, &env, &["steps"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains(&format!("{MARK} spiegel-pager")), "{text}");
    let marked = text.find(MARK).unwrap();
    let last = text.rfind(LAST_STEP).unwrap();
    assert!(marked < last, "all of it goes through the pager: {text}");
    // $PAGER when SPIEGEL_PAGER is not set.
    let (_, text) = run(&j, 10, &[("PAGER", other.as_str())], &["steps"]);
    assert!(text.contains(&format!("{MARK} pager")), "{text}");
}

#[test]
fn a_view_that_fits_the_screen_is_not_paged() {
    let j = Journal::with_john();
    let pager = marking_pager(&j, "pager");
    let env = [("SPIEGEL_PAGER", pager.as_str())];
    let (code, text) = run(&j, 24, &env, &["case", "list"]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains(MARK), "{text}");
    assert!(text.contains("John"), "{text}");
}

#[test]
fn no_pager_the_setting_json_and_pipes_print_straight() {
    let j = Journal::with_john();
    let pager = marking_pager(&j, "pager");
    let env = [("SPIEGEL_PAGER", pager.as_str())];
    let (_, text) = run(&j, 10, &env, &["--no-pager", "steps"]);
    assert!(!text.contains(MARK), "--no-pager: {text}");
    assert!(text.contains(LAST_STEP), "{text}");
    let (_, text) = run(&j, 5, &env, &["steps", "--json"]);
    assert!(!text.contains(MARK), "--json: {text}");
    assert!(text.trim_end().ends_with(']'), "{text}");
    // Piped: never, however long.
    let piped = j.ok_env(&env, &["steps"]);
    assert!(!piped.contains(MARK), "{piped}");
    // The setting turns it off; SPIEGEL_PAGER does not override `false`.
    j.ok(&["config", "set", "pager", "false"]);
    let (_, text) = run(&j, 10, &env, &["steps"]);
    assert!(!text.contains(MARK), "pager = false: {text}");
}

#[test]
fn the_pager_setting_names_the_pager_before_pager_env() {
    let j = Journal::with_john();
    let mine = marking_pager(&j, "mine");
    let other = marking_pager(&j, "other");
    j.ok(&["config", "set", "pager", &mine]);
    assert!(j.ok(&["config", "show"]).contains(&mine));
    let (_, text) = run(&j, 10, &[("PAGER", other.as_str())], &["steps"]);
    assert!(text.contains(&format!("{MARK} mine")), "{text}");
    // `pager = false` written by hand, without quotes.
    std::fs::write(j.config_path(), "pager = false\n").unwrap();
    let (code, text) = run(&j, 10, &[("PAGER", other.as_str())], &["steps"]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains(MARK), "{text}");
}

#[test]
fn a_pager_that_cannot_start_leaves_the_output_plain() {
    let j = Journal::with_john();
    let missing = j.dir.path().join("no-such-pager");
    let env = [("SPIEGEL_PAGER", missing.to_str().unwrap())];
    let (code, text) = run(&j, 10, &env, &["steps"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("0 "), "{text}");
    assert!(text.contains(LAST_STEP), "{text}");
}

#[test]
fn less_is_the_pager_when_none_is_named() {
    if !std::path::Path::new("/usr/bin/less").exists()
        && !std::path::Path::new("/bin/less").exists()
    {
        return;
    }
    let j = Journal::with_john();
    let env = [("TERM", "xterm"), ("LANG", "C.UTF-8")];
    let mut p = on_terminal(&j, 10, &env, &["steps"]);
    // less shows the first screen and waits: `q` ends it, and spiegel.
    p.exp_string("Step").expect("the first screen");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        p.process()
            .status()
            .is_some_and(|s| matches!(s, WaitStatus::StillAlive)),
        "spiegel waits for the pager"
    );
    p.send("q").unwrap();
    p.flush().unwrap();
    let (code, _) = end(p);
    assert_eq!(code, 0);
}
