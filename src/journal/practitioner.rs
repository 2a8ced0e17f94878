//! Practitioner codes: whose records they are in a journal that pools a
//! peer-supervision group's (issue 17). `export --anonymize --as P3`
//! labels a member's records with one; `import` keeps it. The member's own
//! records have none.
//!
//! The rule on a code lives here, once: the export's flag, the import
//! file's check and every later door call [`parse`] or [`valid`].

use crate::error::{Error, Theirs};

/// The longest code.
pub const MAX_LEN: usize = 8;

/// Whether `code` is a practitioner code as stored: 1 to [`MAX_LEN`]
/// capital letters (A-Z) or digits.
pub fn valid(code: &str) -> bool {
    (1..=MAX_LEN).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// A code as a user types it (`p3`, ` P3 `): trimmed and in capitals, or
/// [`Error::BadPractitioner`].
pub fn parse(input: &str) -> Result<String, Error> {
    let code = input.trim().to_ascii_uppercase();
    if valid(&code) {
        Ok(code)
    } else {
        Err(Error::BadPractitioner(input.to_string()))
    }
}

/// The mark between a code and a name: `P3·C01`.
pub const SEPARATOR: char = '·';

/// A case's name as lists show it: `P3·C01` for a pooled case of P3, the
/// name alone for one's own.
pub fn case_label(practitioner: Option<&str>, name: &str) -> String {
    match practitioner {
        Some(code) => format!("{code}{SEPARATOR}{name}"),
        None => name.to_string(),
    }
}

/// A case as a user names it: `P3·C01` (or `P3:C01`, easier to type) is
/// case C01 of P3; any other name is one of one's own cases. Returns the
/// code (if any) and the name.
pub fn split_case(input: &str) -> (Option<String>, &str) {
    for sep in [SEPARATOR, ':'] {
        if let Some((code, name)) = input.trim().split_once(sep) {
            let code = code.trim().to_ascii_uppercase();
            if valid(&code) && !name.trim().is_empty() {
                return (Some(code), name.trim());
            }
        }
    }
    (None, input)
}

/// The one rule on another member's pooled records (issue 17): they are
/// their words, kept as their author wrote them. A record with a code
/// (`code` is `Some`) is neither changed nor added to, its case neither
/// renamed, closed nor reopened; [`Error::Theirs`] names it. Forgetting a
/// pooled case stays possible (it is how a member leaves the group), and
/// reading it is never refused. Every door that would change a record
/// calls this first: the flags, the editor form, the guided walk.
pub fn mine(code: Option<&str>, record: impl FnOnce() -> Theirs) -> Result<(), Error> {
    match code {
        None => Ok(()),
        Some(code) => Err(Error::Theirs {
            code: code.to_string(),
            record: record(),
        }),
    }
}

/// Whose records a figure counts. Patterns, prep, brief and goals count
/// one's own by default; `--by practitioner` and `--group` ask per code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Whose {
    /// Every record: a journal that holds no pooled ones.
    #[default]
    All,
    /// One's own (no code).
    Own,
    /// A member's, by code.
    Of(String),
}

impl Whose {
    /// The store's key: `None` for all, `""` for one's own, else the code.
    pub fn key(&self) -> Option<&str> {
        match self {
            Whose::All => None,
            Whose::Own => Some(""),
            Whose::Of(code) => Some(code),
        }
    }
}

/// What a journal holds of a group's pooled records.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Pooled {
    /// The codes, in order.
    pub practitioners: Vec<String>,
    pub cases: u64,
    pub reflections: u64,
}

impl Pooled {
    /// Counts `cases` cases with `reflections` reflections of `code`.
    pub fn note(&mut self, code: &str, cases: u64, reflections: u64) {
        if let Err(at) = self
            .practitioners
            .binary_search_by(|c| c.as_str().cmp(code))
        {
            self.practitioners.insert(at, code.to_string());
        }
        self.cases += cases;
        self.reflections += reflections;
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.practitioners.is_empty()
    }
}

/// The page for a peer-supervision meeting (`prep --group`): each
/// practitioner's patterns, one's own first (`None`), then each member's
/// by code, all counted over that practitioner's own records; and the open
/// questions asked of the group, one's own first.
#[derive(Debug, Clone)]
pub struct GroupPrep {
    pub today: chrono::NaiveDate,
    pub each: Vec<(Option<String>, super::patterns::Patterns)>,
    pub questions: Vec<super::QuestionEntry>,
}

/// A practitioner's most frequent reason on their own side (`self`): given
/// in the most sessions, a tie to the higher rate over its opportunities,
/// then to the code; `None` when they recorded none.
pub fn most_frequent_own(p: &super::patterns::Patterns) -> Option<&super::patterns::ReasonRow> {
    p.reasons
        .iter()
        .filter(|r| r.side == super::Side::Own && r.count > 0)
        .max_by(|a, b| {
            // a/b against c/d, as a·d against c·b: no division by zero.
            let rate = |x: &super::patterns::ReasonRow, y: &super::patterns::ReasonRow| {
                u128::from(x.count) * u128::from(y.opportunities.max(1))
            };
            a.count
                .cmp(&b.count)
                .then(rate(a, b).cmp(&rate(b, a)))
                .then(b.code.cmp(&a.code))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_one_to_eight_capitals_or_digits() {
        assert_eq!(parse("P3").unwrap(), "P3");
        assert_eq!(parse(" p3 ").unwrap(), "P3");
        assert_eq!(parse("ABCDEFG8").unwrap(), "ABCDEFG8");
        for bad in ["", " ", "ABCDEFGH9", "P-3", "P 3", "Pé", "P·3"] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        assert!(!valid("p3"), "stored in capitals");
    }

    #[test]
    fn only_ones_own_records_are_changed() {
        assert!(mine(None, || Theirs::Case("C01".into())).is_ok());
        let err = mine(Some("P3"), || Theirs::Case("P3·C01".into())).unwrap_err();
        assert!(matches!(
            err,
            Error::Theirs { ref code, record: Theirs::Case(ref case) } if code == "P3" && case == "P3·C01"
        ));
        assert_eq!(err.exit_code(), 1, "the journal's state, not a typo");
    }

    #[test]
    fn a_pooled_case_is_named_with_its_code() {
        assert_eq!(case_label(Some("P3"), "C01"), "P3·C01");
        assert_eq!(case_label(None, "C01"), "C01");
        assert_eq!(split_case("P3·C01"), (Some("P3".to_string()), "C01"));
        assert_eq!(split_case("p3:C01"), (Some("P3".to_string()), "C01"));
        assert_eq!(split_case("C01"), (None, "C01"));
        // Not a code before the mark: an own case's name.
        assert_eq!(split_case("Dr. X: Jan"), (None, "Dr. X: Jan"));
    }
}
