//! Issue 10, the rules a command keeps whatever it is given: dates that
//! contradict each other are refused with the reason, ids once shown never
//! point at another record, usage errors exit with 2 on one line.

use crate::support::*;

// --- issue 10.17: no dates before 1900 -------------------------------------

#[test]
fn a_date_a_million_days_ago_is_refused() {
    // issue 10.17: "1000000 days ago" stored the year -711.
    let j = Journal::with_john();
    let before = j.snapshot();
    let err = j.err_usage(&["add", "John", "--date", "1000000 days ago", "--note", "x"]);
    assert!(err.contains("before 1900"), "{err}");
    let err = j.err_usage(&["add", "John", "--date", "1899-12-31", "--note", "x"]);
    assert!(
        err.contains("1899-12-31") && err.contains("1900-01-01"),
        "{err}"
    );
    let err = j.err_usage(&["--lang", "nl", "list", "--since", "0000-01-01"]);
    assert!(err.contains("vóór 1900"), "{err}");
    assert_eq!(j.snapshot(), before);
}

// --- issue 10.16: usage errors exit with 2, on one line ---------------------

#[test]
fn values_spiegel_checks_itself_are_usage_errors() {
    // issue 10.16: these exited with 1 while clap's own checks exit with 2.
    let j = Journal::with_john();
    let err = j.err_usage(&["list", "--since", "2026-02-30"]);
    assert!(err.contains("'2026-02-30' is not a date"), "{err}");
    let err = j.err_usage(&["list", "--step", "99"]);
    assert!(err.contains("99"), "{err}");
    let err = j.err_usage(&["config", "set", "langauge", "nl"]);
    assert!(err.contains("langauge"), "{err}");
    j.err_usage(&["add", "John", "--date", "2026-03-16"]);
    j.err_usage(&["add", "John", "--stall", "2:no-such-reason"]);
    // What the journal holds decides: exit code 1.
    j.err(&["add", "Jon", "--note", "x"]);
    j.err(&["case", "reopen", "John"]);
}

#[test]
fn clap_errors_fit_on_one_line() {
    // issue 10.16: clap's errors took five lines (value list, usage, tip).
    let j = Journal::with_john();
    let err = j.err_usage(&["other", "add", "John", "Ada", "--role", "grandmother"]);
    assert!(
        err.starts_with("error: invalid value 'grandmother' for '--role <ROLE>' — "),
        "{err}"
    );
    assert!(err.contains("partner"), "{err}");
    let err = j.err_usage(&["lsit"]);
    assert!(err.contains("'lsit'") && err.contains("'list'"), "{err}");
    let err = j.err_usage(&["add", "John", "--medium"]);
    assert!(err.contains("--medium"), "{err}");
    let err = j.err_usage(&["--lang", "nl", "add", "John", "--medium", "mail"]);
    assert!(
        err.starts_with("fout: 'mail' is geen geldige waarde voor '--medium <VORM>' — "),
        "{err}"
    );
    assert!(err.contains("in-person, video"), "{err}");
}
