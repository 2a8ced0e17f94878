//! The words for the domain's typed values: date conflicts, text problems
//! and why an import file is refused.

use std::fmt;

use fluent_bundle::FluentValue;

use crate::i18n::pick;
use crate::journal::chronology::Conflict;
use crate::journal::export::{FORMAT, Invalid, Problem as ImportProblem, VERSION};
use crate::journal::text::{Field, MAX_NAME_CHARS, MAX_TEXT_BYTES, Problem};
use crate::journal::{Labelled, Reason, Resistance, StepInfo};
use crate::t;

// The catalogue's texts in the current language: the journal holds them in
// English and Dutch, the command line picks (English for other languages).
// The steps are worded by number in the language files (`step-title` and
// the like), so that a language is one file.

impl StepInfo {
    /// The step's title in the current language.
    pub fn title(&self) -> String {
        step_title(self.step)
    }

    pub fn instruction(&self) -> String {
        t!("step-instruction", step = self.step.number())
    }

    pub fn pitfall(&self) -> String {
        t!("step-pitfall", step = self.step.number())
    }
}

/// Step `step`'s title in the current language.
pub fn step_title(step: crate::journal::Step) -> String {
    t!("step-title", step = step.number())
}

impl Reason {
    /// The label in the current language.
    pub fn label(&self) -> String {
        catalogue_label(&self.code, &self.label_en, &self.label_nl)
    }
}

impl Resistance {
    /// The label in the current language.
    pub fn label(&self) -> String {
        catalogue_label(&self.code, &self.label_en, &self.label_nl)
    }
}

/// A label of the method's catalogue (a reason or a resistance reaction) in
/// the language spoken. The method's own codes are worded in the language
/// files (`value-reason`, `value-resistance`), so that a new language is one
/// file; a code the user added keeps the English and Dutch labels it was
/// given (English in another language).
pub fn catalogue_label(code: &str, en: &str, nl: &str) -> String {
    for id in ["value-reason", "value-resistance"] {
        let worded = crate::i18n::message(id, &[("code", FluentValue::from(code))]);
        if !worded.is_empty() && worded != code {
            return worded;
        }
    }
    pick(en, nl).to_string()
}

/// A reason where a table or a line names it: in English its code (the
/// word one types), in another language its label (Dutch output holds no
/// English code). `labels` is its English and Dutch label, when known.
pub fn reason_name(code: &str, labels: Option<(&str, &str)>) -> String {
    match labels {
        Some((en, nl)) if crate::i18n::current() != crate::i18n::DEFAULT => {
            catalogue_label(code, en, nl)
        }
        _ => code.to_string(),
    }
}

/// [`reason_name`] with the labels looked up in `labels` (code, English,
/// Dutch).
pub fn reason_in(code: &str, labels: &[(String, String, String)]) -> String {
    let found = labels
        .iter()
        .find(|(c, _, _)| c == code)
        .map(|(_, en, nl)| (en.as_str(), nl.as_str()));
    reason_name(code, found)
}

impl Labelled {
    /// "went-too-fast (Went too fast; no room for silence)", in the current
    /// language.
    pub fn describe(&self) -> String {
        let label = catalogue_label(&self.code, &self.label_en, &self.label_nl);
        format!("{} ({label})", self.code)
    }
}

/// What is wrong, in the user's language, without what to do.
impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Conflict::*;
        let (date, bound) = self.dates();
        let (date, bound) = (date.to_string(), bound.to_string());
        let text = match self {
            ClosedBeforeOpened { .. } => {
                t!("conflict-closed-before-opened", date = date, bound = bound)
            }
            ClosedBeforeSession { .. } => {
                t!("conflict-closed-before-session", date = date, bound = bound)
            }
            OpenedAfterSession { .. } => {
                t!("conflict-opened-after-session", date = date, bound = bound)
            }
            OpenedAfterClosed { .. } => {
                t!("conflict-opened-after-closed", date = date, bound = bound)
            }
            SessionBeforeOpened { .. } => {
                t!("conflict-session-before-opened", date = date, bound = bound)
            }
            SessionAfterClosed { .. } => {
                t!("conflict-session-after-closed", date = date, bound = bound)
            }
            DoneBeforeSince { .. } => t!("conflict-done-before-since", date = date, bound = bound),
            StartedAfterDone { .. } => {
                t!("conflict-started-after-done", date = date, bound = bound)
            }
            AnsweredBeforeSession { .. } => {
                t!(
                    "conflict-answered-before-session",
                    date = date,
                    bound = bound
                )
            }
            NamedBeforeOpened { .. } => {
                t!("conflict-named-before-opened", date = date, bound = bound)
            }
            NamedAfterClosed { .. } => {
                t!("conflict-named-after-closed", date = date, bound = bound)
            }
            InvitedBeforeNamed { .. } => {
                t!("conflict-invited-before-named", date = date, bound = bound)
            }
            InvitedBeforeOpened { .. } => {
                t!("conflict-invited-before-opened", date = date, bound = bound)
            }
            InvitedAfterClosed { .. } => {
                t!("conflict-invited-after-closed", date = date, bound = bound)
            }
        };
        f.write_str(&text)
    }
}

/// What to do about a date conflict: give a date on the right side of the bound.
pub fn conflict_fix(conflict: Conflict) -> String {
    let bound = conflict.dates().1.to_string();
    if conflict.needs_later() {
        t!("conflict-fix-later", bound = bound)
    } else {
        t!("conflict-fix-earlier", bound = bound)
    }
}

/// The field in the current language ("the note").
impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!("text-field", field = self.code()))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Problem::Control(c) => t!("text-control", char = code_point(*c)),
            Problem::ControlInLine(c) => t!("text-control-in-line", char = code_point(*c)),
            Problem::Direction(c) => t!("text-direction", char = code_point(*c)),
            Problem::TooLong(bytes) => t!(
                "text-too-long",
                size = megabytes(*bytes),
                limit = megabytes(MAX_TEXT_BYTES)
            ),
            Problem::NameTooLong => t!("text-name-too-long", limit = MAX_NAME_CHARS),
            Problem::Invisible => t!("text-invisible"),
        };
        f.write_str(&text)
    }
}

/// "U+001B".
fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// "3.1 MB", "1 MB" for whole numbers, and bytes where a tenth of a
/// megabyte would not show it is over the limit ("1000044 bytes").
pub fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / 1e6;
    if bytes % 1_000_000 == 0 {
        format!("{} MB", bytes / 1_000_000)
    } else if bytes > MAX_TEXT_BYTES && bytes < MAX_TEXT_BYTES + 50_000 {
        format!("{bytes} bytes")
    } else {
        format!("{mb:.1} MB")
    }
}

/// "field: what is wrong", or serde_json's words for a file that is not
/// JSON of the right shape.
impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Invalid::NotJson(error) => f.write_str(&t!("import-not-json", error = error.as_str())),
            Invalid::Shape(error) => f.write_str(error),
            Invalid::Field { at, problem } => write!(f, "{at}: {problem}"),
        }
    }
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ImportProblem::*;
        let text = match self {
            NotFormat => t!("import-not-format", format = FORMAT),
            NewerFormat(v) => t!("import-newer-format", version = *v, known = VERSION),
            NoVersion => t!("import-no-version"),
            NotUuid(value) => t!("import-not-uuid", value = value.as_str()),
            Twice(value) => t!("import-twice", value = value.as_str()),
            NotTimestamp(value) => t!("import-not-timestamp", value = value.as_str()),
            NotDate(value) => t!("import-not-date", value = value.as_str()),
            TooEarly(value) => t!("import-too-early", value = value.as_str()),
            Future(value) => t!("import-future", value = value.as_str()),
            UpdatedBeforeCreated { updated, created } => t!(
                "import-updated-before-created",
                updated = updated.as_str(),
                created = created.as_str()
            ),
            Dates(conflict) => conflict.to_string(),
            UnknownCode(value) => t!("import-unknown-code", value = value.as_str()),
            BadPractitioner(value) => t!("import-bad-practitioner", value = value.as_str()),
            BadName => t!("import-bad-name"),
            Text(problem) => problem.to_string(),
            BuiltinChanged { code, value } => t!(
                "import-builtin-changed",
                code = *code,
                value = value.as_str()
            ),
            Empty => t!("import-empty"),
            NoStep(step) => t!("import-no-step", step = *step),
            ClosedCase => t!("import-closed-case"),
            NotAnOther(value) => t!("import-not-an-other", value = value.as_str()),
            StallWithoutReason => t!("import-stall-without-reason"),
            UnknownReason(value) => t!("import-unknown-reason", value = value.as_str()),
            AnswerDate => t!("import-answer-date"),
        };
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The method's reasons and resistance reactions are worded in the
    /// language files, and the journal keeps the same labels for `--json`
    /// and the export: the two never drift apart.
    #[test]
    fn the_language_files_word_the_catalogue_as_the_journal_holds_it() {
        use crate::services::{Journal, catalogue, completion};
        let mut journal = Journal::in_memory().unwrap();
        let worded = |id: &str, code: &str| {
            crate::i18n::in_every_language(id, &[("code", FluentValue::from(code))])
        };
        let reasons = catalogue::reasons(&mut journal).unwrap();
        let builtin: Vec<_> = reasons.iter().filter(|r| r.builtin).collect();
        assert!(builtin.len() >= 14, "{builtin:?}");
        for r in builtin {
            assert_eq!(
                worded("value-reason", &r.code),
                [r.label_en.clone(), r.label_nl.clone()],
                "{}",
                r.code
            );
        }
        let resistances = completion::resistances(&mut journal).unwrap();
        assert!(resistances.len() >= 3);
        for r in resistances {
            assert_eq!(
                worded("value-resistance", &r.code),
                [r.label_en.clone(), r.label_nl.clone()],
                "{}",
                r.code
            );
        }
        // A reason of one's own is not in the language files.
        assert_eq!(worded("value-reason", "rushed-the-ending"), ["", ""]);
    }

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(megabytes(MAX_TEXT_BYTES), "1 MB");
        assert_eq!(megabytes(3_145_728), "3.1 MB");
        assert_eq!(megabytes(1_000_044), "1000044 bytes");
    }
}
