//! What a user can get wrong, each with the way out.
//!
//! Every message is one line: what is wrong, then (after a dash) what to do.
//! Unexpected failures (I/O, SQLite) travel as `anyhow` errors with context.

use std::path::PathBuf;

use chrono::NaiveDate;

/// Errors caused by what the user asked for. They exit with code 1, or 2
/// when the command line itself is incomplete (see [`Error::exit_code`]).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "no journal at {} — start one with `spiegel case add NAME`, or look around with `spiegel demo`",
        .0.display()
    )]
    NoJournal(PathBuf),
    #[error(
        "{} was written by a newer spiegel (journal version {found}, this spiegel knows up to {known}) — upgrade spiegel; the journal was left untouched",
        .path.display()
    )]
    NewerJournal {
        path: PathBuf,
        found: i64,
        known: usize,
    },
    #[error("{} is not a spiegel journal ({detail}) — check the path given with --db or SPIEGEL_DB", .path.display())]
    NotAJournal { path: PathBuf, detail: String },
    #[error(
        "'{0}' is not a date — write YYYY-MM-DD (e.g. 2026-03-14), today, yesterday, a weekday (monday) or 3 days ago; in Dutch vandaag, gisteren, maandag, 3 dagen geleden"
    )]
    BadDate(String),
    #[error("{0} lies in the future — give the date the session took place")]
    FutureDate(NaiveDate),
    #[error("{what} cannot be empty — give a name")]
    EmptyName { what: &'static str },
    #[error("no case '{name}' — {}", hint(.suggestion, &format!("add it with `spiegel case add {name}` or see `spiegel case list --all`")))]
    NoCase {
        name: String,
        suggestion: Option<String>,
    },
    #[error(
        "there is already a case '{0}' — pseudonyms are unique (ignoring upper and lower case); choose another"
    )]
    DuplicateCase(String),
    #[error("case '{0}' is closed — reopen it with `spiegel case reopen {0}` first")]
    CaseClosed(String),
    #[error(
        "case '{0}' is already closed — reopen it with `spiegel case reopen {0}` to change the outcome"
    )]
    CaseAlreadyClosed(String),
    #[error("case '{0}' is open — nothing to reopen")]
    CaseNotClosed(String),
    #[error("'{name}' is not a significant other of {case} — {}", hint(.suggestion, &format!("add them with `spiegel other add {case} {name} --role ROLE`")))]
    NoOther {
        case: String,
        name: String,
        suggestion: Option<String>,
    },
    #[error(
        "{case} already has a significant other called '{name}' — use another name (e.g. add an initial)"
    )]
    DuplicateOther { case: String, name: String },
    #[error("no reason '{code}' — {}", hint(.suggestion, "see `spiegel reasons --all`, or add your own with `spiegel reasons add`"))]
    UnknownReason {
        code: String,
        suggestion: Option<String>,
    },
    #[error("no resistance reaction '{code}' — {}", hint(.suggestion, "use no-one-left, they-wont-come or my-own-problem"))]
    UnknownResistance {
        code: String,
        suggestion: Option<String>,
    },
    #[error(
        "no step '{0}' — the steps are 0 (getting the others to the table) to 7; see `spiegel steps`"
    )]
    UnknownStep(String),
    #[error(
        "the stall at step {0} has no reason — write it as --stall {0}:REASON[,REASON…]; see `spiegel reasons`"
    )]
    StallWithoutReason(u8),
    #[error(
        "'{0}' is not a reason code — use lower-case letters, digits and dashes, e.g. 'rushed-the-ending'"
    )]
    BadReasonCode(String),
    #[error("there is already a reason '{0}' — pick another code, or see `spiegel reasons --all`")]
    DuplicateReason(String),
    #[error(
        "'{0}' is built into the method and cannot be removed — hide it from prompts with `spiegel reasons retire {0}`"
    )]
    BuiltinReason(String),
    #[error(
        "'{code}' is used by {uses} stall(s) and cannot be removed — hide it from prompts with `spiegel reasons retire {code}`"
    )]
    ReasonInUse { code: String, uses: u64 },
    #[error("no reflection {0} — see `spiegel list` for the ids")]
    NoReflection(i64),
    #[error(
        "nothing to change — give at least one flag, e.g. --note TEXT (see `spiegel edit --help`)"
    )]
    NothingToEdit,
    #[error(
        "not deleting reflection {0} without confirmation — run it on a terminal, or add --yes"
    )]
    ConfirmationNeeded(i64),
    #[error(
        "no editor to open reflection {0} in — set $EDITOR (or `spiegel config set editor nano`), or change it with flags, e.g. `spiegel edit {0} --note TEXT`"
    )]
    NoEditor(i64),
    #[error(
        "the editor ({editor}) stopped with {status} — nothing was changed; check the editor command in $VISUAL, $EDITOR or `spiegel config show`"
    )]
    EditorFailed { editor: String, status: String },
    #[error("the edited text is not UTF-8 text — nothing was changed; save it as UTF-8")]
    EditedNotText,
    #[error(
        "'{0}' is not a line of the form — write FIELD: VALUE, or STEP: reason, reason; start a comment with #"
    )]
    FormBadLine(String),
    #[error(
        "the form has no field '{0}' — the fields are date, with, medium, resistance, completed, question and note, and STEP: reason, reason for a stall"
    )]
    FormUnknownField(String),
    #[error("the form has no '{0}:' line — put it back (or empty the file to abandon the edit)")]
    FormMissingField(&'static str),
    #[error("'{0}:' appears twice in the form — keep one")]
    FormDuplicateField(&'static str),
    #[error("{field}: '{value}' is not valid — {expected}")]
    BadFormValue {
        field: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("no setting '{0}' — the settings are {keys}", keys = crate::config::KEYS.join(", "))]
    UnknownConfigKey(String),
    #[error("'{value}' is not a valid {key} — {expected}")]
    BadConfigValue {
        key: String,
        value: String,
        expected: &'static str,
    },
    #[error("{} is not a valid settings file: {problem} — correct or remove that line (see `spiegel config --help`)", .path.display())]
    BadConfigFile {
        path: PathBuf,
        problem: ConfigProblem,
    },
    #[error("no question {0} — see `spiegel questions --all` for the ids")]
    NoQuestion(i64),
    #[error("question {id} was already answered on {on} — add --replace to overwrite that answer")]
    AlreadyAnswered { id: i64, on: NaiveDate },
    #[error("no goal {0} — see `spiegel goal list --all` for the ids")]
    NoGoal(i64),
    #[error("goal {id} was already done on {on}")]
    GoalAlreadyDone { id: i64, on: NaiveDate },
    #[error("{what} cannot be empty — write it as text, or `-` to read it from stdin")]
    EmptyText { what: &'static str },
    #[error(
        "no case given — write `spiegel add CASE [flags]`, or run `spiegel add` alone on a terminal to be guided"
    )]
    NoCaseGiven,
    #[error("stopped — nothing saved")]
    Stopped,
    #[error(
        "nothing to undo — the undo history is empty (it keeps the last 100 changes; `case forget` clears it)"
    )]
    NothingToUndo,
    #[error("wrong passphrase or not a spiegel journal: {} — check the passphrase (typed, or in SPIEGEL_PASSPHRASE) and the path; the file was left untouched", .0.display())]
    WrongPassphrase(PathBuf),
    #[error("{} is encrypted, or is not a spiegel journal — run spiegel on a terminal to type the passphrase, or set SPIEGEL_PASSPHRASE", .0.display())]
    Locked(PathBuf),
    #[error("no new passphrase given — run spiegel on a terminal to type it, or set {0}")]
    NewPassphraseNeeded(&'static str),
    #[error(
        "the passphrase is too short — use at least {0} characters (a few unrelated words are best)"
    )]
    ShortPassphrase(usize),
    #[error("the two passphrases differ — type the same one twice")]
    PassphraseMismatch,
    #[error("{} is already encrypted — change its passphrase with `spiegel rekey`", .0.display())]
    AlreadyEncrypted(PathBuf),
    #[error("{} already holds a journal that is not encrypted — encrypt it with `spiegel encrypt`", .0.display())]
    AlreadyPlain(PathBuf),
    #[error("{} is not encrypted — encrypt it with `spiegel encrypt`", .0.display())]
    NotEncrypted(PathBuf),
    #[error("{} is in use by another spiegel — let that one finish, then try again", .0.display())]
    JournalBusy(PathBuf),
    #[error("{} is damaged ({detail}) — restore a backup with `spiegel restore PATH`; `spiegel check` tells more", .path.display())]
    Damaged { path: PathBuf, detail: String },
    #[error("{} cannot be restored: {detail} — choose another backup; the journal was left untouched", .path.display())]
    BadBackup { path: PathBuf, detail: String },
    #[error("{} and the journal differ in encryption — `spiegel encrypt` or `spiegel decrypt` the journal to match, then restore", .0.display())]
    RestoreMismatch(PathBuf),
    #[error("{} is read-only — check its permissions (and the folder's); nothing was written", .0.display())]
    ReadOnly(PathBuf),
    #[error("the disk holding {} is full — free some space and try again; nothing was written", .0.display())]
    DiskFull(PathBuf),
    #[error("not forgetting case '{0}' without confirmation — run it on a terminal, or add --yes")]
    ForgetNeedsConfirmation(String),
    #[error("you typed '{typed}', not '{name}' — nothing was forgotten")]
    ForgetNotConfirmed { name: String, typed: String },
    #[error("{} already exists — choose a new file name (spiegel never overwrites a file)", .0.display())]
    OutputExists(PathBuf),
    #[error("{} cannot be imported: {detail} — nothing was written; export the file again, or fix it", .file.display())]
    BadImport { file: PathBuf, detail: String },
    #[error("{} already holds a journal; the demo only fills a new one — give --db a path that does not exist yet", .0.display())]
    DemoNeedsEmptyJournal(PathBuf),
}

impl Error {
    /// 2 for a usage error, as clap exits for a missing argument; else 1.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::NoCaseGiven => 2,
            _ => 1,
        }
    }
}

/// What is wrong in the settings file (part of [`Error::BadConfigFile`]).
#[derive(Debug, thiserror::Error)]
pub enum ConfigProblem {
    #[error("line {line}: {message}")]
    Syntax { line: usize, message: String },
    #[error("unknown setting '{0}' (the settings are {keys})", keys = crate::config::KEYS.join(", "))]
    UnknownKey(String),
    #[error("{0} must be a text in quotes")]
    NotText(String),
    #[error("{key} = \"{value}\" ({error})")]
    BadValue {
        key: String,
        value: String,
        error: Box<Error>,
    },
}

fn hint(suggestion: &Option<String>, otherwise: &str) -> String {
    match suggestion {
        Some(s) => format!("did you mean '{s}'?"),
        None => otherwise.to_string(),
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
}
