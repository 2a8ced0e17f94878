//! The words for [`crate::error`]: every message is one line, what is
//! wrong, then (after a dash) what to do, in the user's language
//! (`i18n/*.ftl`, `error-…`).

use std::fmt;

use super::config::{expected_setting, settings};
use super::journal::conflict_fix;
use super::lists::list_or;
use crate::error::{ConfigProblem, Error, Expected, Name, Record, Text, Theirs, Who};
use crate::journal::Labelled;
use crate::journal::chronology::Conflict;
use crate::journal::search::SearchProblem;
use crate::t;

fn path(p: &std::path::Path) -> String {
    p.display().to_string()
}

/// "went-too-fast (Went too fast; no room for silence), …".
fn described(candidates: &[Labelled]) -> String {
    let described: Vec<String> = candidates.iter().map(Labelled::describe).collect();
    described.join(", ")
}

/// Whose dates contradict each other.
impl fmt::Display for Who {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Who::Case(name) => t!("who-case", name = name),
            Who::Goal(id) => t!("who-goal", id = *id),
            Who::Question(id) => t!("who-question", id = *id),
        };
        f.write_str(&text)
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
                who = Who::Case(name.clone()).to_string(),
                problem = conflict.to_string(),
                bound = bound.to_string(),
                name = name,
                date = date.to_string()
            ),
            DateConflict { who, conflict } => t!(
                "error-date-conflict",
                who = who.to_string(),
                problem = conflict.to_string(),
                fix = conflict_fix(*conflict)
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
            InvitationNeedsBy(name) => t!("error-invitation-needs-by", name = name),
            NoInvitationWaiting { case, name } => {
                t!("error-no-invitation-waiting", case = case, name = name)
            }
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
                candidates = described(candidates)
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
                candidates = described(candidates)
            ),
            UnknownStep(step) => t!("error-unknown-step", step = step),
            StallWithoutReason(step) => t!("error-stall-without-reason", step = *step),
            StallWithoutStep(reason) => t!("error-stall-without-step", reason = reason.as_str()),
            BadReasonCode(code) => t!("error-bad-reason-code", code = code),
            DuplicateReason(code) => t!("error-duplicate-reason", code = code),
            BuiltinReason(code) => t!("error-builtin-reason", code = code),
            ReasonInUse { code, uses } => t!("error-reason-in-use", code = code, uses = *uses),
            NoReflection(id) => t!("error-no-reflection", id = *id),
            NothingToEdit => t!("error-nothing-to-edit"),
            NothingToChangeCase(name) => t!("error-nothing-to-change-case", name = name.as_str()),
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
                    Expected::MeetingKind => t!("expect-meeting-kind"),
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
            EmptyStdin => t!("error-empty-stdin"),
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
            SessionSummaryDrift(rows) => t!("error-session-summary-drift", rows = *rows),
            SearchDrift(texts) => t!("error-search-drift", texts = *texts),
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
            BadSearch(problem) => search_problem(problem),
            BadPractitioner(input) => t!("error-bad-practitioner", input = input),
            Theirs { code, record } => theirs(code, record),
            BadText { field, problem } => t!(
                "error-bad-text",
                field = field.to_string(),
                problem = problem.to_string()
            ),
            NoMeeting(id) => t!("error-no-meeting", id = *id),
            NoMeetingEditor(id) => t!("error-no-meeting-editor", id = *id),
            NotAnswered(id) => t!("error-not-answered", id = *id),
            EmptyQuestion { id, reflection } => {
                t!("error-empty-question", id = *id, reflection = *reflection)
            }
            NothingToChange(record) => nothing_to_change(record),
            DeleteNeedsConfirmation(record) => delete_needs_confirmation(record),
            OtherTookPart {
                case,
                name,
                sessions,
            } => t!(
                "error-other-took-part",
                case = case,
                name = name,
                sessions = *sessions
            ),
        };
        f.write_str(&text)
    }
}

/// `other edit`, `supervision edit`, … without a flag: which flags there are.
fn nothing_to_change(record: &Record) -> String {
    match record {
        Record::Other { case, name } => {
            t!("error-nothing-to-change-other", case = case, name = name)
        }
        Record::Meeting(id) => t!("error-nothing-to-change-meeting", id = *id),
        Record::Goal(id) => t!("error-nothing-to-change-goal", id = *id),
        Record::Question(id) => t!("error-nothing-to-change-question", id = *id),
    }
}

/// Another member's pooled record: theirs to change, and the way out.
fn theirs(code: &str, record: &Theirs) -> String {
    match record {
        Theirs::Case(case) => t!("error-theirs-case", case = case, code = code),
        Theirs::Reflection { id, case } => {
            t!(
                "error-theirs-reflection",
                id = *id,
                case = case,
                code = code
            )
        }
        Theirs::Meeting(id) => t!("error-theirs-meeting", id = *id, code = code),
        Theirs::Goal(id) => t!("error-theirs-goal", id = *id, code = code),
        Theirs::Question { id, case } => {
            t!("error-theirs-question", id = *id, case = case, code = code)
        }
    }
}

/// `supervision delete` or `goal delete` without `--yes` and no terminal.
fn delete_needs_confirmation(record: &Record) -> String {
    let (what, id) = match record {
        Record::Meeting(id) => ("supervision", id.0),
        Record::Goal(id) => ("goal", id.0),
        Record::Other { .. } | Record::Question(_) => ("other", 0),
    };
    t!("error-delete-needs-confirmation", what = what, id = id)
}

/// Words `spiegel search` cannot look for, and how to write them.
fn search_problem(problem: &SearchProblem) -> String {
    match problem {
        SearchProblem::Empty => t!("error-search-empty"),
        SearchProblem::UnclosedQuote => t!("error-search-quote"),
        SearchProblem::Parenthesis => t!("error-search-parenthesis"),
        SearchProblem::Dangling => t!("error-search-dangling"),
        SearchProblem::Near(word) => t!("error-search-near", word = word),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_fit_on_one_line() {
        let e = Error::NoCase {
            name: "Jon".into(),
            suggestion: Some("John".into()),
        };
        assert_eq!(e.to_string(), "no case 'Jon' — did you mean 'John'?");
        assert!(!Error::NothingToEdit.to_string().contains('\n'));
    }
}
