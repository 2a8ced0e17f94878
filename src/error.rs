//! What a user can get wrong, each with the way out.
//!
//! Every message is one line: what is wrong, then (after a dash) what to do,
//! in the user's language (`i18n/*.ftl`, `error-…`). Unexpected failures
//! (I/O, SQLite) travel as `anyhow` errors with context.
//!
//! Exit codes ([`Error::exit_code`]): **2** for a usage error, a value the
//! user typed that is malformed or unknown on its own (a date that is no
//! date, lies in the future or before 1900; a step, reason, resistance
//! reaction, setting or language spiegel does not know; an empty name; a
//! missing flag or argument), just as clap exits for what it finds itself;
//! **1** when the command could not be done with the journal as it is (no
//! case or record by that name or id, a case closed, a date that contradicts
//! one already recorded, nothing to undo, the journal busy, damaged or
//! encrypted with another passphrase).

use std::fmt;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::journal::chronology::Conflict;
use crate::t;

/// Errors caused by what the user asked for. They exit with code 1, or 2
/// when the command line itself is incomplete (see [`Error::exit_code`]).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    NoJournal(PathBuf),
    NewerJournal {
        path: PathBuf,
        found: i64,
        known: usize,
    },
    NotAJournal {
        path: PathBuf,
        detail: String,
    },
    BadDate(String),
    FutureDate(NaiveDate),
    /// A date before [`crate::journal::chronology::EARLIEST`].
    DateTooEarly(NaiveDate),
    /// A date that contradicts one already recorded.
    DateConflict {
        who: Who,
        conflict: Conflict,
    },
    /// `SPIEGEL_LANG` names a language spiegel does not speak.
    UnknownLanguage(String),
    EmptyName {
        what: Name,
    },
    NoCase {
        name: String,
        suggestion: Option<String>,
    },
    DuplicateCase(String),
    CaseClosed(String),
    CaseAlreadyClosed(String),
    CaseNotClosed(String),
    NoOther {
        case: String,
        name: String,
        suggestion: Option<String>,
    },
    DuplicateOther {
        case: String,
        name: String,
    },
    UnknownReason {
        code: String,
        suggestion: Option<String>,
    },
    /// A start of a label that fits several reasons; `candidates` are
    /// "code (label)".
    AmbiguousReason {
        typed: String,
        candidates: Vec<String>,
    },
    UnknownResistance {
        code: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    AmbiguousResistance {
        typed: String,
        candidates: Vec<String>,
    },
    UnknownStep(String),
    StallWithoutReason(u8),
    BadReasonCode(String),
    DuplicateReason(String),
    BuiltinReason(String),
    ReasonInUse {
        code: String,
        uses: u64,
    },
    NoReflection(i64),
    NothingToEdit,
    ConfirmationNeeded(i64),
    NoEditor(i64),
    EditorFailed {
        editor: String,
        status: String,
    },
    EditedNotText,
    FormBadLine(String),
    FormUnknownField(String),
    FormMissingField(&'static str),
    FormDuplicateField(&'static str),
    BadFormValue {
        field: &'static str,
        value: String,
        expected: Expected,
    },
    UnknownConfigKey(String),
    /// What the key expects follows from the key.
    BadConfigValue {
        key: String,
        value: String,
    },
    BadConfigFile {
        path: PathBuf,
        problem: ConfigProblem,
    },
    NoQuestion(i64),
    AlreadyAnswered {
        id: i64,
        on: NaiveDate,
    },
    NoGoal(i64),
    GoalAlreadyDone {
        id: i64,
        on: NaiveDate,
    },
    EmptyText {
        what: Text,
    },
    DemoNeedsEmptyJournal(PathBuf),
    BothFromStdin,
    NoCaseGiven,
    /// `spiegel add CASE` without a flag and without a terminal to ask on.
    NothingToAdd(String),
    /// The user left the guided reflection (Esc, Ctrl-C).
    Stopped,
    NothingToUndo,
    WrongPassphrase(PathBuf),
    Locked(PathBuf),
    /// The environment variable that could give it.
    NewPassphraseNeeded(&'static str),
    ShortPassphrase(usize),
    PassphraseMismatch,
    AlreadyEncrypted(PathBuf),
    AlreadyPlain(PathBuf),
    NotEncrypted(PathBuf),
    JournalBusy(PathBuf),
    /// Another connection holds the journal open, so erased text could
    /// survive in its log: nothing was changed.
    JournalOpenElsewhere(PathBuf),
    /// The environment variable holds bytes that are not UTF-8.
    PassphraseNotUtf8(&'static str),
    Damaged {
        path: PathBuf,
        detail: String,
    },
    BadBackup {
        path: PathBuf,
        detail: String,
    },
    RestoreMismatch(PathBuf),
    /// Stalls for which the stall summary differs from the stalls.
    SummaryDrift(u64),
    ReadOnly(PathBuf),
    DiskFull(PathBuf),
    ForgetNeedsConfirmation(String),
    ForgetNotConfirmed {
        name: String,
        typed: String,
    },
    OutputExists(PathBuf),
    BadImport {
        file: PathBuf,
        detail: String,
    },
    /// A text the journal does not take (see `journal::text`).
    BadText {
        field: crate::journal::text::Field,
        problem: crate::journal::text::Problem,
    },
}

impl Error {
    /// 2 for a usage error, as clap exits for what it finds; else 1 (see
    /// the rule at the top of this module).
    pub fn exit_code(&self) -> u8 {
        use Error::*;
        match self {
            BadDate(_)
            | FutureDate(_)
            | DateTooEarly(_)
            | UnknownLanguage(_)
            | EmptyName { .. }
            | EmptyText { .. }
            | UnknownReason { .. }
            | AmbiguousReason { .. }
            | UnknownResistance { .. }
            | AmbiguousResistance { .. }
            | UnknownStep(_)
            | StallWithoutReason(_)
            | BadReasonCode(_)
            | NothingToEdit
            | ConfirmationNeeded(_)
            | UnknownConfigKey(_)
            | BadConfigValue { .. }
            | BothFromStdin
            | NoCaseGiven
            | NothingToAdd(_) => 2,
            _ => 1,
        }
    }
}

/// Whose dates contradict each other (part of [`Error::DateConflict`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Case(String),
    Goal(i64),
    Question(i64),
}

impl Who {
    fn describe(&self) -> String {
        match self {
            Who::Case(name) => t!("who-case", name = name),
            Who::Goal(id) => t!("who-goal", id = *id),
            Who::Question(id) => t!("who-question", id = *id),
        }
    }
}

/// A name that may not be empty (part of [`Error::EmptyName`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name {
    Case,
    Other,
    LabelEn,
    LabelNl,
}

/// A text that may not be empty (part of [`Error::EmptyText`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Answer,
    Goal,
}

/// What a field of the editor's form expects (part of [`Error::BadFormValue`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Medium,
    YesNo,
}

/// What is wrong in the settings file (part of [`Error::BadConfigFile`]).
#[derive(Debug, thiserror::Error)]
pub enum ConfigProblem {
    Syntax {
        line: usize,
        message: String,
    },
    UnknownKey(String),
    NotText(String),
    BadValue {
        key: String,
        value: String,
        error: Box<Error>,
    },
}

fn path(p: &std::path::Path) -> String {
    p.display().to_string()
}

fn settings() -> String {
    crate::config::KEYS.join(", ")
}

/// What setting `key` expects, as the part after the dash.
pub fn expected_setting(key: &str) -> String {
    match key {
        "language" => {
            let languages: Vec<String> = crate::i18n::languages().map(String::from).collect();
            t!("expect-language", languages = list_or(&languages))
        }
        "editor" => t!("expect-editor"),
        _ => t!("expect-journal"),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Error::*;
        let text = match self {
            NoJournal(p) => t!("error-no-journal", path = path(p)),
            NewerJournal {
                path: p,
                found,
                known,
            } => t!(
                "error-newer-journal",
                path = path(p),
                found = *found,
                known = *known
            ),
            NotAJournal { path: p, detail } => {
                t!("error-not-a-journal", path = path(p), detail = detail)
            }
            BadDate(input) => t!("error-bad-date", input = input),
            FutureDate(date) => t!("error-future-date", date = date.to_string()),
            DateTooEarly(date) => t!("error-date-too-early", date = date.to_string()),
            DateConflict {
                who: Who::Case(name),
                conflict: conflict @ Conflict::SessionBeforeOpened { date, bound },
            } => t!(
                "error-date-conflict-opened",
                who = Who::Case(name.clone()).describe(),
                problem = conflict.problem(),
                bound = bound.to_string(),
                name = name,
                date = date.to_string()
            ),
            DateConflict { who, conflict } => t!(
                "error-date-conflict",
                who = who.describe(),
                problem = conflict.problem(),
                fix = conflict.fix()
            ),
            UnknownLanguage(code) => {
                let languages: Vec<String> = crate::i18n::languages().map(String::from).collect();
                t!(
                    "error-unknown-language",
                    code = code,
                    languages = list_or(&languages)
                )
            }
            EmptyName { what } => {
                let what = match what {
                    Name::Case => "case",
                    Name::Other => "other",
                    Name::LabelEn => "label-en",
                    Name::LabelNl => "label-nl",
                };
                t!("error-empty-name", what = what)
            }
            NoCase {
                name,
                suggestion: None,
            } => t!("error-no-case", name = name),
            NoCase {
                name,
                suggestion: Some(s),
            } => t!("error-no-case-suggest", name = name, suggestion = s),
            DuplicateCase(name) => t!("error-duplicate-case", name = name),
            CaseClosed(name) => t!("error-case-closed", name = name),
            CaseAlreadyClosed(name) => t!("error-case-already-closed", name = name),
            CaseNotClosed(name) => t!("error-case-not-closed", name = name),
            NoOther {
                case,
                name,
                suggestion: None,
            } => t!("error-no-other", case = case, name = name),
            NoOther {
                case,
                name,
                suggestion: Some(s),
            } => t!(
                "error-no-other-suggest",
                case = case,
                name = name,
                suggestion = s
            ),
            DuplicateOther { case, name } => t!("error-duplicate-other", case = case, name = name),
            UnknownReason {
                code,
                suggestion: None,
            } => t!("error-unknown-reason", code = code),
            UnknownReason {
                code,
                suggestion: Some(s),
            } => t!("error-unknown-reason-suggest", code = code, suggestion = s),
            AmbiguousReason { typed, candidates } => t!(
                "error-ambiguous-reason",
                typed = typed,
                candidates = candidates.join(", ")
            ),
            UnknownResistance {
                code,
                suggestion: None,
                known,
            } => t!(
                "error-unknown-resistance",
                code = code,
                codes = list_or(known)
            ),
            UnknownResistance {
                code,
                suggestion: Some(s),
                ..
            } => t!(
                "error-unknown-resistance-suggest",
                code = code,
                suggestion = s
            ),
            AmbiguousResistance { typed, candidates } => t!(
                "error-ambiguous-resistance",
                typed = typed,
                candidates = candidates.join(", ")
            ),
            UnknownStep(step) => t!("error-unknown-step", step = step),
            StallWithoutReason(step) => t!("error-stall-without-reason", step = *step),
            BadReasonCode(code) => t!("error-bad-reason-code", code = code),
            DuplicateReason(code) => t!("error-duplicate-reason", code = code),
            BuiltinReason(code) => t!("error-builtin-reason", code = code),
            ReasonInUse { code, uses } => t!("error-reason-in-use", code = code, uses = *uses),
            NoReflection(id) => t!("error-no-reflection", id = *id),
            NothingToEdit => t!("error-nothing-to-edit"),
            ConfirmationNeeded(id) => t!("error-confirmation-needed", id = *id),
            NoEditor(id) => t!("error-no-editor", id = *id),
            EditorFailed { editor, status } => {
                t!("error-editor-failed", editor = editor, status = status)
            }
            EditedNotText => t!("error-edited-not-text"),
            FormBadLine(line) => t!("error-form-bad-line", line = line),
            FormUnknownField(field) => t!("error-form-unknown-field", field = field),
            FormMissingField(field) => t!("error-form-missing-field", field = *field),
            FormDuplicateField(field) => t!("error-form-duplicate-field", field = *field),
            BadFormValue {
                field,
                value,
                expected,
            } => {
                let expected = match expected {
                    Expected::Medium => t!("expect-medium"),
                    Expected::YesNo => t!("expect-yes-no"),
                };
                t!(
                    "error-bad-form-value",
                    field = *field,
                    value = value,
                    expected = expected
                )
            }
            UnknownConfigKey(key) => t!("error-unknown-config-key", key = key, keys = settings()),
            BadConfigValue { key, value } => t!(
                "error-bad-config-value",
                key = key,
                value = value,
                expected = expected_setting(key)
            ),
            BadConfigFile { path: p, problem } => t!(
                "error-bad-config-file",
                path = path(p),
                problem = problem.to_string()
            ),
            NoQuestion(id) => t!("error-no-question", id = *id),
            AlreadyAnswered { id, on } => {
                t!("error-already-answered", id = *id, date = on.to_string())
            }
            NoGoal(id) => t!("error-no-goal", id = *id),
            GoalAlreadyDone { id, on } => {
                t!("error-goal-already-done", id = *id, date = on.to_string())
            }
            EmptyText { what } => {
                let what = match what {
                    Text::Answer => "answer",
                    Text::Goal => "goal",
                };
                t!("error-empty-text", what = what)
            }
            DemoNeedsEmptyJournal(p) => t!("error-demo-needs-empty-journal", path = path(p)),
            BothFromStdin => t!("error-both-from-stdin"),
            NoCaseGiven => t!("error-no-case-given"),
            NothingToAdd(case) => t!("error-nothing-to-add", case = case),
            Stopped => t!("error-stopped"),
            NothingToUndo => t!("error-nothing-to-undo"),
            WrongPassphrase(p) => t!("error-wrong-passphrase", path = path(p)),
            Locked(p) => t!("error-locked", path = path(p)),
            NewPassphraseNeeded(var) => t!("error-new-passphrase-needed", var = *var),
            ShortPassphrase(min) => t!("error-short-passphrase", min = *min),
            PassphraseMismatch => t!("error-passphrase-mismatch"),
            AlreadyEncrypted(p) => t!("error-already-encrypted", path = path(p)),
            AlreadyPlain(p) => t!("error-already-plain", path = path(p)),
            NotEncrypted(p) => t!("error-not-encrypted", path = path(p)),
            JournalBusy(p) => t!("error-journal-busy", path = path(p)),
            JournalOpenElsewhere(p) => t!("error-journal-open-elsewhere", path = path(p)),
            PassphraseNotUtf8(var) => t!("error-passphrase-not-utf8", var = *var),
            Damaged { path: p, detail } => t!("error-damaged", path = path(p), detail = detail),
            BadBackup { path: p, detail } => {
                t!("error-bad-backup", path = path(p), detail = detail)
            }
            RestoreMismatch(p) => t!("error-restore-mismatch", path = path(p)),
            SummaryDrift(rows) => t!("error-summary-drift", rows = *rows),
            ReadOnly(p) => t!("error-read-only", path = path(p)),
            DiskFull(p) => t!("error-disk-full", path = path(p)),
            ForgetNeedsConfirmation(name) => t!("error-forget-needs-confirmation", name = name),
            ForgetNotConfirmed { name, typed } => {
                t!("error-forget-not-confirmed", name = name, typed = typed)
            }
            OutputExists(p) => t!("error-output-exists", path = path(p)),
            BadImport { file, detail } => {
                t!("error-bad-import", path = path(file), detail = detail)
            }
            BadText { field, problem } => t!(
                "error-bad-text",
                field = field.describe(),
                problem = problem.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ConfigProblem::Syntax { line, message } => {
                t!("error-config-syntax", line = *line, message = message)
            }
            ConfigProblem::UnknownKey(key) => {
                t!("error-config-unknown-key", key = key, keys = settings())
            }
            ConfigProblem::NotText(key) => t!("error-config-not-text", key = key),
            ConfigProblem::BadValue { key, value, error } => t!(
                "error-config-bad-value",
                key = key,
                value = value,
                error = error.to_string()
            ),
        };
        f.write_str(&text)
    }
}

/// "a, b or c", in the current language.
pub fn list_or(items: &[String]) -> String {
    join_last(items, &t!("or"))
}

/// "a, b and c", in the current language.
pub fn list_and(items: &[String]) -> String {
    join_last(items, &t!("and"))
}

fn join_last(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

/// The closest of `candidates` to `input`, if one is close enough to be a typo.
pub fn suggest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let input = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&input, &c.to_lowercase()), c))
        .filter(|(distance, c)| {
            *distance <= (c.chars().count() / 3).max(1)
                || (input.chars().count() >= 3 && c.to_lowercase().starts_with(&input))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let names = ["John", "Levi", "Maarten"];
        assert_eq!(suggest("Jon", names).as_deref(), Some("John"));
        assert_eq!(suggest("maartn", names).as_deref(), Some("Maarten"));
        assert_eq!(suggest("Maa", names).as_deref(), Some("Maarten"));
        assert_eq!(suggest("Xavier", names), None);
    }

    #[test]
    fn messages_fit_on_one_line() {
        let e = Error::NoCase {
            name: "Jon".into(),
            suggestion: Some("John".into()),
        };
        assert_eq!(e.to_string(), "no case 'Jon' — did you mean 'John'?");
        assert!(!Error::NothingToEdit.to_string().contains('\n'));
    }

    #[test]
    fn lists_end_in_a_word() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(list_or(&items(&["a", "b", "c"])), "a, b or c");
        assert_eq!(list_and(&items(&["1", "4"])), "1 and 4");
        assert_eq!(list_or(&items(&["a"])), "a");
        assert_eq!(list_or(&[]), "");
    }
}
