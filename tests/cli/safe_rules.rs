//! Issue 10, the rules a command keeps whatever it is given: dates that
//! contradict each other are refused with the reason, ids once shown never
//! point at another record, usage errors exit with 2 on one line.

use crate::support::*;

mod imports;

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

// --- issue 10.3: dates that contradict each other are refused ---------------

/// Case Mara, opened on 2026-03-01.
pub fn mara() -> Journal {
    let j = Journal::new();
    j.ok(&["case", "add", "Mara", "--opened", "2026-03-01"]);
    j
}

#[test]
fn closing_before_the_case_opened_is_refused_not_moved() {
    // issue 10.3: the closing date was silently replaced by the opening date.
    let j = mara();
    let before = j.snapshot();
    let err = j.err(&[
        "case",
        "close",
        "Mara",
        "--outcome",
        "dropped-out",
        "--date",
        "2026-02-01",
    ]);
    assert_eq!(
        err,
        "error: case 'Mara': closing date 2026-02-01 is before the case opened (2026-03-01) \
         — give a date on or after 2026-03-01"
    );
    assert_eq!(j.snapshot(), before);
    j.ok(&[
        "case",
        "close",
        "Mara",
        "--outcome",
        "dropped-out",
        "--date",
        "2026-03-01",
    ]);
    assert_eq!(j.json(&["case", "show", "Mara"])["closed_on"], "2026-03-01");
}

#[test]
fn closing_before_the_latest_session_is_refused() {
    // issue 10.3: a session would lie after the case closed.
    let j = mara();
    j.ok(&["add", "Mara", "--date", "2026-03-10", "--note", "x"]);
    let err = j.err(&[
        "--lang",
        "nl",
        "case",
        "close",
        "Mara",
        "--outcome",
        "dropped-out",
        "--date",
        "2026-03-05",
    ]);
    assert_eq!(
        err,
        "fout: casus 'Mara': afsluitdatum 2026-03-05 ligt vóór het laatste gesprek van de casus \
         (2026-03-10) — geef een datum op of na 2026-03-10"
    );
    assert_eq!(
        j.json(&["case", "show", "Mara"])["closed_on"],
        serde_json::Value::Null
    );
}

#[test]
fn a_session_before_the_case_opened_is_refused_with_the_way_out() {
    // issue 10.3: a session before its case opened was stored as given.
    let j = mara();
    let before = j.snapshot();
    let err = j.err(&["add", "Mara", "--date", "2026-02-20", "--note", "x"]);
    assert_eq!(
        err,
        "error: case 'Mara': session date 2026-02-20 is before the case opened (2026-03-01) \
         — give a date on or after 2026-03-01, or move the case's start with \
         `spiegel case edit Mara --opened 2026-02-20`"
    );
    assert_eq!(j.snapshot(), before);
    // The way out the message gives works, and the session can then be added.
    j.ok(&["case", "edit", "Mara", "--opened", "2026-02-20"]);
    j.ok(&["add", "Mara", "--date", "2026-02-20", "--note", "x"]);
    // The start cannot move past the first session.
    let err = j.err(&["case", "edit", "Mara", "--opened", "2026-02-21"]);
    assert!(
        err.contains("after the case's first session (2026-02-20)"),
        "{err}"
    );
    assert_eq!(j.json(&["case", "show", "Mara"])["opened_on"], "2026-02-20");
}

#[test]
fn editing_a_session_outside_its_case_is_refused() {
    // issue 10.3: `edit --date` moved a session before its case opened.
    let j = mara();
    j.ok(&["add", "Mara", "--date", "2026-03-05", "--note", "x"]);
    j.ok(&[
        "case",
        "close",
        "Mara",
        "--outcome",
        "dropped-out",
        "--date",
        "2026-03-06",
    ]);
    let before = j.snapshot();
    let err = j.err(&["edit", "1", "--date", "2026-02-27"]);
    assert!(err.contains("before the case opened (2026-03-01)"), "{err}");
    let err = j.err(&["edit", "1", "--date", "2026-03-07"]);
    assert!(
        err.ends_with("session date 2026-03-07 is after the case closed (2026-03-06) — give a date on or before 2026-03-06"),
        "{err}"
    );
    assert_eq!(j.snapshot(), before);
    // Reopened, the case has no end: the session may move later again.
    j.ok(&["case", "reopen", "Mara"]);
    j.ok(&["edit", "1", "--date", "2026-03-07"]);
}

#[test]
fn a_goal_done_before_it_started_is_refused_not_moved() {
    // issue 10.3: the done date was silently replaced by the start.
    let j = Journal::new();
    j.ok(&[
        "goal",
        "add",
        "Stay with the silence",
        "--reason",
        "went-too-fast",
        "--since",
        "2026-03-10",
    ]);
    let err = j.err(&["goal", "done", "1", "--date", "2026-03-01"]);
    assert_eq!(
        err,
        "error: goal 1: done date 2026-03-01 is before the goal started (2026-03-10) \
         — give a date on or after 2026-03-10"
    );
    assert_eq!(
        j.json(&["goal", "list", "--all"])[0]["done_on"],
        serde_json::Value::Null
    );
    j.err_usage(&["goal", "done", "1", "--date", "2026-03-16"]);
    j.err_usage(&["supervision", "add", "--date", "2026-03-16"]);
}

#[test]
fn an_answer_before_its_session_is_refused() {
    // issue 10.3: an answer could predate the question.
    let j = mara();
    j.ok(&["add", "Mara", "--date", "2026-03-10", "--ask", "Why?"]);
    let err = j.err(&[
        "questions",
        "answer",
        "1",
        "--note",
        "Because",
        "--date",
        "2026-03-09",
    ]);
    assert!(
        err.starts_with("error: question 1: answer date 2026-03-09 is before the session"),
        "{err}"
    );
    assert_eq!(
        j.json(&["questions", "--all"])[0]["answer"],
        serde_json::Value::Null
    );
    j.ok(&[
        "questions",
        "answer",
        "1",
        "--note",
        "Because",
        "--date",
        "2026-03-10",
    ]);
}

// --- issue 10.4: ids once shown never point at another record ---------------

/// The id in "reflection N saved (…)".
fn saved_id(out: &str) -> String {
    out.split_whitespace().nth(1).unwrap().to_string()
}

#[test]
fn a_deleted_reflection_s_id_is_never_given_to_another() {
    // issue 10.4: `delete 2`, then the next `add` was 2 again.
    let j = Journal::with_john();
    assert_eq!(saved_id(&j.ok(&["add", "John", "--note", "one"])), "1");
    assert_eq!(saved_id(&j.ok(&["add", "John", "--note", "two"])), "2");
    j.ok(&["delete", "2", "--yes"]);
    assert_eq!(saved_id(&j.ok(&["add", "John", "--note", "three"])), "3");
    j.err(&["show", "2"]);

    // Undoing a delete brings the same id back, with its text.
    j.ok(&["delete", "3", "--yes"]);
    j.ok(&["undo"]);
    assert_eq!(j.json(&["show", "3"])["note"], "three");
    // Undoing an add does not free its id either.
    assert_eq!(saved_id(&j.ok(&["add", "John", "--note", "four"])), "4");
    j.ok(&["undo"]);
    assert_eq!(saved_id(&j.ok(&["add", "John", "--note", "five"])), "5");

    // The same for questions and goals.
    j.ok(&["add", "John", "--note", "q", "--ask", "Why?"]);
    let question = j.json(&["questions"])[0]["id"].clone();
    j.ok(&["undo"]);
    j.ok(&["add", "John", "--note", "q", "--ask", "Why again?"]);
    assert_ne!(j.json(&["questions"])[0]["id"], question);
    j.ok(&["goal", "add", "Stay", "--reason", "went-too-fast"]);
    j.ok(&["undo"]);
    let out = j.ok(&["goal", "add", "Stay", "--reason", "went-too-fast"]);
    assert!(out.starts_with("goal 2 added"), "{out}");
}

// --- issue 10.13: `spiegel add CASE` with no flags ---------------------------

#[test]
fn add_with_a_case_and_no_flags_off_a_terminal_is_a_usage_error() {
    // issue 10.13: `spiegel add John` saved an empty reflection.
    let j = Journal::with_john();
    let before = j.snapshot();
    let err = j.err_usage(&["add", "John"]);
    assert_eq!(
        err,
        "error: nothing given about the session with John — add flags, e.g. \
         `spiegel add John --note TEXT --stall STEP:REASON`, or run `spiegel add John` \
         on a terminal to be guided"
    );
    assert_eq!(j.snapshot(), before);
}

#[cfg(unix)]
#[test]
fn add_with_a_case_on_a_terminal_is_guided_with_the_case_chosen() {
    // issue 10.13: on a terminal, `spiegel add John` starts the guided
    // reflection with John chosen, and refuses a date outside the case.
    use crate::guided::Walk;
    const ENTER: &str = "\r";
    const BACKSPACE: &str = "\x7f";
    let j = Journal::with_john();
    let mut w = Walk::start_add(&j, &["john"], &[]);
    w.at("When was the session?").keys("2025-12-31").keys(ENTER);
    w.at("before the case opened (2026-01-01)");
    w.keys(&BACKSPACE.repeat(10)).keys("friday").keys(ENTER);
    w.at("Who took part besides the client?").keys(ENTER);
    w.at("How did the session take place?").keys(ENTER);
    w.at("Did you meet resistance?").keys(ENTER);
    w.at("Where did it stall?").keys(ENTER);
    w.at("What happened, and what did you need?")
        .keys("Talked about work.")
        .keys(ENTER);
    w.at("What went well, what worked?").keys(ENTER);
    w.at("A question to bring to supervision?").keys(ENTER);
    w.at("Save it?").keys(ENTER);
    w.at("reflection 1 saved (John, 2026-03-13)");
    let (code, _) = w.end();
    assert_eq!(code, 0);
    assert_eq!(j.json(&["show", "1"])["note"], "Talked about work.");

    // A case that does not exist is named before any question.
    let mut w = Walk::start_add(&j, &["Jon"], &[]);
    w.at("no case 'Jon' — did you mean 'John'?");
    let (code, _) = w.end();
    assert_eq!(code, 1);
}

// --- issue 10.15: a broken settings file or SPIEGEL_LANG is never ignored ----

#[test]
fn a_broken_settings_file_is_an_error_even_with_db() {
    // issue 10.15: with --db or SPIEGEL_DB the file was not read at all, so
    // `langauge = "en"` or `language = "fr"` went unnoticed.
    let j = Journal::with_john();
    let path = j.config_path();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    for (text, problem) in [
        ("langauge = \"en\"\n", "unknown setting 'langauge'"),
        ("language = \"fr\"\n", "'fr' is not a valid language"),
    ] {
        std::fs::write(&path, text).unwrap();
        let before = j.dir.path().join("journal.db");
        let before = bytes(&before);
        let err = j.err(&["case", "list"]);
        assert!(err.contains("is not a valid settings file"), "{err}");
        assert!(err.contains(problem), "{err}");
        let mut cmd = j.bare();
        cmd.env("SPIEGEL_DB", &j.path)
            .args(["add", "John", "--note", "x"]);
        let err = fails(cmd, &["add"]);
        assert!(err.contains(problem), "{err}");
        assert_eq!(bytes(&j.path), before, "nothing was written");
        // Where the file is can still be asked, to repair it.
        let out = j.ok(&["config", "path"]);
        assert_eq!(out.trim_end(), path.display().to_string());
    }
}

#[test]
fn an_unknown_spiegel_lang_is_a_usage_error_like_an_unknown_lang_flag() {
    // issue 10.15: SPIEGEL_LANG=xx fell back to English silently.
    let j = Journal::with_john();
    let mut cmd = j.cmd(&["case", "list"]);
    cmd.env("SPIEGEL_LANG", "xx");
    let err = fails_with(cmd, &["case", "list"], 2);
    assert_eq!(
        err,
        "error: SPIEGEL_LANG is 'xx', a language spiegel does not speak — set it to en or nl, \
         or unset it"
    );
    j.err_usage(&["--lang", "xx", "case", "list"]);
    // Upper case is still fine, and --lang decides over it.
    let mut cmd = j.cmd(&["case", "list"]);
    cmd.env("SPIEGEL_LANG", "NL");
    cmd.assert().success();
    let mut cmd = j.cmd(&["--lang", "en", "case", "list"]);
    cmd.env("SPIEGEL_LANG", "xx");
    cmd.assert().success();
}
