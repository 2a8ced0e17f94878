//! What a user can get wrong, each with the way out.
//!
//! Every message is one line: what is wrong, then (after a dash) what to do,
//! in the user's language (`i18n/*.ftl`, `error-…`); the command line words
//! them (`cli/words/error.rs`). Unexpected failures (I/O, SQLite) travel as
//! `anyhow` errors with context.
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

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::journal::chronology::Conflict;
use crate::journal::{GoalId, Labelled, MeetingId, QuestionId, ReflectionId};

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
    /// `invite` without `--by` (or with `--date`): a new invitation needs
    /// who made it.
    InvitationNeedsBy(String),
    /// An answer given for a person with no invitation waiting for one.
    NoInvitationWaiting {
        case: String,
        name: String,
    },
    UnknownReason {
        code: String,
        suggestion: Option<String>,
    },
    /// A start of a label that fits several reasons, in catalogue order.
    AmbiguousReason {
        typed: String,
        candidates: Vec<Labelled>,
    },
    UnknownResistance {
        code: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    AmbiguousResistance {
        typed: String,
        candidates: Vec<Labelled>,
    },
    UnknownStep(String),
    StallWithoutReason(u8),
    /// `--stall accepted-refusal`: a reason without its step.
    StallWithoutStep(String),
    BadReasonCode(String),
    DuplicateReason(String),
    BuiltinReason(String),
    ReasonInUse {
        code: String,
        uses: u64,
    },
    NoReflection(ReflectionId),
    NothingToEdit,
    /// `case edit NAME` without a flag.
    NothingToChangeCase(String),
    ConfirmationNeeded(ReflectionId),
    NoEditor(ReflectionId),
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
    NoQuestion(QuestionId),
    AlreadyAnswered {
        id: QuestionId,
        on: NaiveDate,
    },
    NoGoal(GoalId),
    GoalAlreadyDone {
        id: GoalId,
        on: NaiveDate,
    },
    EmptyText {
        what: Text,
    },
    DemoNeedsEmptyJournal(PathBuf),
    BothFromStdin,
    /// `import -` with nothing (or only blanks) on standard input.
    EmptyStdin,
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
    /// Sessions for which the session summary differs from the reflections.
    SessionSummaryDrift(u64),
    /// Texts the search index misses or holds beyond the journal's.
    SearchDrift(u64),
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
    NoMeeting(MeetingId),
    /// `supervision edit ID` without flags, without an editor to open.
    NoMeetingEditor(MeetingId),
    /// `questions edit ID --answered DATE` of a question without an answer.
    NotAnswered(QuestionId),
    /// `questions edit ID --text ""`: a question is removed from its
    /// reflection, never emptied.
    EmptyQuestion {
        id: QuestionId,
        reflection: ReflectionId,
    },
    /// `other edit`, `supervision edit`, `goal edit`, `questions edit`
    /// without a flag (and, where there is one, without an editor).
    NothingToChange(Record),
    /// `supervision delete` or `goal delete` without `--yes` and without
    /// a terminal to ask on.
    DeleteNeedsConfirmation(Record),
    /// `other remove` of someone who took part in sessions, without
    /// `--force`: their presence would go from those reflections.
    OtherTookPart {
        case: String,
        name: String,
        sessions: u64,
    },
    /// Words `spiegel search` cannot look for (see `journal::search`).
    BadSearch(crate::journal::search::SearchProblem),
    /// A practitioner code that is not 1-8 letters or digits (`--as`).
    BadPractitioner(String),
    /// A record of another member of a peer-supervision group, pooled by
    /// an import: their words, which one's own journal does not change
    /// (see `journal::practitioner::mine`).
    Theirs {
        code: String,
        record: Theirs,
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
            | EmptyQuestion { .. }
            | UnknownReason { .. }
            | AmbiguousReason { .. }
            | UnknownResistance { .. }
            | AmbiguousResistance { .. }
            | UnknownStep(_)
            | StallWithoutReason(_)
            | StallWithoutStep(_)
            | BadReasonCode(_)
            | NothingToEdit
            | NothingToChangeCase(_)
            | NothingToChange(_)
            | ConfirmationNeeded(_)
            | DeleteNeedsConfirmation(_)
            | UnknownConfigKey(_)
            | BadConfigValue { .. }
            | BothFromStdin
            | EmptyStdin
            | NoCaseGiven
            | NothingToAdd(_)
            | BadSearch(_)
            | BadPractitioner(_)
            | InvitationNeedsBy(_) => 2,
            _ => 1,
        }
    }
}

/// Whose dates contradict each other (part of [`Error::DateConflict`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Case(String),
    Goal(GoalId),
    Question(QuestionId),
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

/// A record that is corrected or deleted by its name or id (part of
/// [`Error::NothingToChange`] and [`Error::DeleteNeedsConfirmation`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Other { case: String, name: String },
    Meeting(MeetingId),
    Goal(GoalId),
    Question(QuestionId),
}

/// Another member's pooled record that a command would change (part of
/// [`Error::Theirs`]); cases and questions by their label (`P3·C01`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Theirs {
    Case(String),
    Reflection { id: ReflectionId, case: String },
    Meeting(MeetingId),
    Goal(GoalId),
    Question { id: QuestionId, case: String },
}

/// What a field of the editor's form expects (part of [`Error::BadFormValue`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Medium,
    YesNo,
    MeetingKind,
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
