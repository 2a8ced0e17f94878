//! Searching what the practitioner wrote (issue 16.8): the words typed, as
//! the full-text index reads them, and what a hit is.
//!
//! Each word finds the words that start with it (`lach` finds `lachen` and
//! `lachte`, not `meelachen`); words in double quotes are found exactly, a
//! phrase as its words in a row. `AND`, `OR`, `NOT` and parentheses combine them; several words
//! must all be there. Accents and case never matter (the index folds them).

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Error;

/// Which text of the journal a hit is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextKind {
    Note,
    WentWell,
    Question,
    Answer,
    Meeting,
}

impl TextKind {
    pub const ALL: &'static [TextKind] = &[
        TextKind::Note,
        TextKind::WentWell,
        TextKind::Question,
        TextKind::Answer,
        TextKind::Meeting,
    ];

    /// The code `--json` gives.
    pub fn code(self) -> &'static str {
        match self {
            TextKind::Note => "note",
            TextKind::WentWell => "went-well",
            TextKind::Question => "question",
            TextKind::Answer => "answer",
            TextKind::Meeting => "meeting",
        }
    }

    /// Its number in the index (see the schema's search file).
    pub fn number(self) -> i64 {
        match self {
            TextKind::Note => 1,
            TextKind::WentWell => 2,
            TextKind::Question => 3,
            TextKind::Answer => 4,
            TextKind::Meeting => 5,
        }
    }

    pub fn from_number(n: i64) -> Option<TextKind> {
        TextKind::ALL.iter().copied().find(|k| k.number() == n)
    }
}

/// What `spiegel search` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    /// The words as the index reads them ([`index_query`]).
    pub words: String,
    pub case: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// At most this many, newest first; `None` = all.
    pub limit: Option<u64>,
}

/// A piece of a snippet: text, and whether it is one of the words found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub text: String,
    pub found: bool,
}

/// One text that holds the words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// The case; `None` for a supervision meeting.
    pub case: Option<String>,
    pub date: NaiveDate,
    /// The reflection's id, or the meeting's for [`TextKind::Meeting`].
    pub id: i64,
    pub kind: TextKind,
    /// Where the words are, with some words around them.
    #[serde(skip)]
    pub pieces: Vec<Piece>,
}

impl Hit {
    /// The snippet as plain text.
    pub fn snippet(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// What is wrong with the words typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchProblem {
    /// No word to look for (only quotes, stars or signs).
    Empty,
    /// A double quote opened and never closed.
    UnclosedQuote,
    /// A parenthesis that is not closed, or closes none.
    Parenthesis,
    /// The words end in `AND`, `OR` or `NOT`.
    Dangling,
    /// The index could not read the words near this one (an `AND`, `OR` or
    /// `NOT` with nothing on one side, mostly).
    Near(String),
}

impl From<SearchProblem> for Error {
    fn from(problem: SearchProblem) -> Error {
        Error::BadSearch(problem)
    }
}

const OPERATORS: [&str; 3] = ["AND", "OR", "NOT"];

/// The words typed as an FTS5 query: each word (quoted, so that a `-` or
/// `:` in it is just a letter to skip) as a prefix, a phrase in quotes
/// exactly, operators and parentheses as they are.
pub fn index_query(typed: &str) -> Result<String, SearchProblem> {
    let mut parts: Vec<String> = Vec::new();
    let mut terms = 0;
    let mut depth = 0usize;
    let mut chars = typed.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '"' => {
                chars.next();
                let mut phrase = String::new();
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some(c) => phrase.push(c),
                        None => return Err(SearchProblem::UnclosedQuote),
                    }
                }
                let prefix = chars.peek() == Some(&'*');
                if prefix {
                    chars.next();
                }
                if phrase.chars().any(char::is_alphanumeric) {
                    terms += 1;
                    parts.push(format!("\"{phrase}\"{}", if prefix { "*" } else { "" }));
                }
            }
            '(' => {
                chars.next();
                depth += 1;
                parts.push("(".into());
            }
            ')' => {
                chars.next();
                depth = depth.checked_sub(1).ok_or(SearchProblem::Parenthesis)?;
                parts.push(")".into());
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '"' | '(' | ')') {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                if OPERATORS.contains(&word.as_str()) {
                    parts.push(word);
                } else if word.chars().any(char::is_alphanumeric) {
                    terms += 1;
                    parts.push(format!("\"{}\"*", word.trim_end_matches('*')));
                }
            }
        }
    }
    if depth > 0 {
        return Err(SearchProblem::Parenthesis);
    }
    if terms == 0 {
        return Err(SearchProblem::Empty);
    }
    Ok(parts.join(" "))
}

/// The words of the command line as one query. The shell takes the quotes
/// off `"laughed along"`: an argument with a blank in it and no quote,
/// operator or parenthesis was a phrase, and is one again.
pub fn from_arguments(args: &[String]) -> String {
    let phrase = |arg: &str| {
        arg.contains(char::is_whitespace)
            && !arg.contains(['"', '(', ')'])
            && !arg.split_whitespace().any(|w| OPERATORS.contains(&w))
    };
    let parts: Vec<String> = args
        .iter()
        .map(|arg| {
            if phrase(arg) {
                format!("\"{}\"", arg.trim())
            } else {
                arg.clone()
            }
        })
        .collect();
    parts.join(" ")
}

/// The words typed back from an FTS5 query, for an error that names them:
/// the quotes and stars [`index_query`] added are taken off again.
pub fn typed_word(indexed: &str) -> String {
    indexed.trim_end_matches('*').trim_matches('"').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_prefixes_and_phrases_stay_exact() {
        assert_eq!(index_query("lach Karim").unwrap(), "\"lach\"* \"Karim\"*");
        assert_eq!(
            index_query("\"laughed along\" Karim*").unwrap(),
            "\"laughed along\" \"Karim\"*"
        );
        assert_eq!(
            index_query("(Levi OR Karim) NOT grap").unwrap(),
            "( \"Levi\"* OR \"Karim\"* ) NOT \"grap\"*"
        );
        // Signs inside a word are not the index's syntax.
        assert_eq!(
            index_query("niet-helpend col:x").unwrap(),
            "\"niet-helpend\"* \"col:x\"*"
        );
        assert_eq!(index_query("\"ouder\"*").unwrap(), "\"ouder\"*");
        // Lower-case operators are words.
        assert_eq!(index_query("and").unwrap(), "\"and\"*");
    }

    #[test]
    fn an_argument_with_blanks_is_a_phrase_unless_it_is_a_query() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            from_arguments(&args(&["laughed along", "Karim"])),
            "\"laughed along\" Karim"
        );
        assert_eq!(from_arguments(&args(&["Karim OR Levi"])), "Karim OR Levi");
        assert_eq!(
            from_arguments(&args(&["\"mee lachen\" grap"])),
            "\"mee lachen\" grap"
        );
    }

    #[test]
    fn what_cannot_be_searched_says_why() {
        assert_eq!(index_query(""), Err(SearchProblem::Empty));
        assert_eq!(index_query("  - * \"\" "), Err(SearchProblem::Empty));
        assert_eq!(index_query("\"open"), Err(SearchProblem::UnclosedQuote));
        assert_eq!(index_query("(a"), Err(SearchProblem::Parenthesis));
        assert_eq!(index_query("a)"), Err(SearchProblem::Parenthesis));
    }

    #[test]
    fn kinds_round_trip_through_their_numbers() {
        for kind in TextKind::ALL {
            assert_eq!(TextKind::from_number(kind.number()), Some(*kind));
        }
        assert_eq!(TextKind::from_number(0), None);
    }
}
