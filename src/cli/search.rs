//! `spiegel search`: where did I write about it? The notes, what went well,
//! questions, answers and meeting notes that hold some words, newest first,
//! each with the words found in their context (issue 16.8).

use anstyle::Style;
use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::journal::date;
use crate::journal::search::{self, Hit, Piece, SearchQuery, TextKind};
use crate::services::{Access, search as service};
use crate::t;

const FOUND: Style = Style::new().bold();

/// How far a snippet is indented under its hit's line.
const INDENT: &str = "    ";

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The words to find: each finds the words that start with it; "in quotes": exactly that word or phrase; AND, OR, NOT and ( ) combine them
    #[arg(required = true, value_name = "WORDS")]
    words: Vec<String>,
    /// Only this case's reflections
    #[arg(long)]
    case: Option<String>,
    /// From this date on
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Up to and including this date
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// At most this many, newest first; 0 = all
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: u64,
    #[command(flatten)]
    json: JsonArg,
}

/// A hit as `--json` gives it.
#[derive(Serialize)]
struct JsonHit<'a> {
    case: Option<&'a str>,
    date: String,
    id: i64,
    kind: TextKind,
    snippet: String,
}

impl SearchArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        let typed = search::from_arguments(&self.words);
        let query = SearchQuery {
            words: search::index_query(&typed).map_err(crate::error::Error::from)?,
            case: self.case,
            since: self.since.map(|d| date::parse(&d, today)).transpose()?,
            until: self.until.map(|d| date::parse(&d, today)).transpose()?,
            limit: (self.limit > 0).then_some(self.limit),
        };
        let mut journal = ctx.journal(Access::Read)?;
        let (hits, more) = service::search(&mut journal, &query)?;
        if self.json.json {
            let hits: Vec<JsonHit> = hits
                .iter()
                .map(|h| JsonHit {
                    case: h.case.as_deref(),
                    date: h.date.to_string(),
                    id: h.id,
                    kind: h.kind,
                    snippet: h.snippet(),
                })
                .collect();
            return render::json(&hits);
        }
        if hits.is_empty() {
            return out(t!("search-nothing", words = typed));
        }
        let width = usize::from(super::grid::width().unwrap_or(80)).max(40);
        for hit in &hits {
            out(headline(hit))?;
            for line in wrap(&hit.pieces, width) {
                out(line)?;
            }
        }
        if more {
            out(t!("more-than", shown = hits.len()))?;
        }
        Ok(())
    }
}

/// "2026-11-28 · John · #12 · note", or the meeting's.
fn headline(hit: &Hit) -> String {
    let kind = t!("search-kind", kind = hit.kind.code());
    match &hit.case {
        Some(case) => t!(
            "search-hit",
            date = hit.date.to_string(),
            case = case,
            id = hit.id,
            kind = kind
        ),
        None => t!(
            "search-hit-meeting",
            date = hit.date.to_string(),
            id = hit.id
        ),
    }
}

/// The snippet in lines of at most `width` characters, cut between words,
/// indented, with the words found in bold (plain when piped: `anstream`
/// drops the style).
fn wrap(pieces: &[Piece], width: usize) -> Vec<String> {
    // Words, each as its styled text and its width.
    let mut words: Vec<(String, usize)> = Vec::new();
    let mut open = false;
    for piece in pieces {
        for (i, part) in piece.text.split(' ').enumerate() {
            if i > 0 {
                open = false;
            }
            if part.is_empty() {
                continue;
            }
            let styled = if piece.found {
                format!("{FOUND}{part}{FOUND:#}")
            } else {
                part.to_string()
            };
            match words.last_mut() {
                // A word that goes on in the next piece ("Karim," when
                // "Karim" is found).
                Some((text, len)) if open => {
                    text.push_str(&styled);
                    *len += part.chars().count();
                }
                _ => words.push((styled, part.chars().count())),
            }
            open = true;
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::from(INDENT);
    let mut used = INDENT.len();
    for (text, len) in words {
        if used > INDENT.len() && used + 1 + len > width {
            lines.push(std::mem::replace(&mut line, String::from(INDENT)));
            used = INDENT.len();
        }
        if used > INDENT.len() {
            line.push(' ');
            used += 1;
        }
        line.push_str(&text);
        used += len;
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, found: bool) -> Piece {
        Piece {
            text: text.into(),
            found,
        }
    }

    #[test]
    fn snippets_wrap_between_words_and_keep_a_found_word_whole() {
        let pieces = [
            piece("…we laughed along with ", false),
            piece("Karim", true),
            piece(", then I asked what it cost him", false),
        ];
        let lines = wrap(&pieces, 30);
        let plain: Vec<String> = lines
            .iter()
            .map(|l| {
                l.replace(&FOUND.render().to_string(), "")
                    .replace(&FOUND.render_reset().to_string(), "")
            })
            .collect();
        assert_eq!(
            plain,
            [
                "    …we laughed along with",
                "    Karim, then I asked what",
                "    it cost him"
            ]
        );
        assert!(lines[1].starts_with(&format!("{INDENT}{FOUND}Karim{FOUND:#},")));
    }
}
