//! Rendering: tables, key–value blocks, JSON, and colour (only on a
//! terminal, never with NO_COLOR — `anstream` decides).

use std::io::Write;

use anstyle::{AnsiColor, Style};
use anyhow::Result;
use serde::Serialize;

use crate::journal::{Reflection, Stall};
use crate::services::reflections::Labels;
use crate::t;

const BOLD: Style = Style::new().bold();
const ERROR: Style = AnsiColor::Red.on_default().bold();

/// Writes to stdout, so that a closed pipe is an error we can see, not a panic.
/// On a terminal, escape sequences in the text are shown, not obeyed
/// (spiegel's own colours excepted).
/// Long views may go through the pager (see [`super::pager`]).
pub fn out(text: impl std::fmt::Display) -> Result<()> {
    let mut line = if super::term::stdout_is_terminal() {
        super::terminal::keep_styles(&text.to_string())
    } else {
        text.to_string()
    };
    line.push('\n');
    super::pager::write(&line)?;
    Ok(())
}

pub fn heading(text: &str) -> Result<()> {
    out(format_args!("{BOLD}{text}{BOLD:#}"))
}

pub fn blank() -> Result<()> {
    out("")
}

/// JSON as it is: on a terminal too, only that the C1 control characters
/// (which JSON leaves as they are) are written as `\u0085`-style escapes,
/// the same JSON value that a terminal cannot take for a command.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    super::pager::plain()?;
    let mut stdout = anstream::stdout().lock();
    if super::term::stdout_is_terminal() {
        writeln!(stdout, "{}", super::terminal::json_escaped(&text))?;
    } else {
        writeln!(stdout, "{text}")?;
    }
    Ok(())
}

/// A JSON array written an element at a time, byte for byte as [`json`]
/// writes the whole array: what is the whole journal streams (issue 15).
#[derive(Default)]
pub struct JsonArray {
    started: bool,
}

impl JsonArray {
    pub fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        let mut piece = String::with_capacity(text.len() + 64);
        piece.push_str(if self.started { ",\n" } else { "[\n" });
        self.started = true;
        // JSON text holds no raw newline: each line is one of the value's.
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                piece.push('\n');
            }
            piece.push_str("  ");
            piece.push_str(line);
        }
        raw(&piece)
    }

    pub fn end(self) -> Result<()> {
        raw(if self.started { "\n]\n" } else { "[]\n" })
    }
}

/// JSON text to stdout as it is, C1 controls escaped on a terminal (see [`json`]).
fn raw(text: &str) -> Result<()> {
    super::pager::plain()?;
    let mut stdout = anstream::stdout().lock();
    if super::term::stdout_is_terminal() {
        write!(stdout, "{}", super::terminal::json_escaped(text))?;
    } else {
        write!(stdout, "{text}")?;
    }
    Ok(())
}

pub fn error(err: &anyhow::Error) {
    let mut stderr = anstream::stderr().lock();
    // `{:#}` puts the causes on the same line: "could not …: disk full".
    let prefix = t!("error-prefix");
    // An error may quote a file or what was typed: on a terminal, escape
    // sequences in it are shown, not obeyed.
    let message = format!("{err:#}");
    let message = if super::term::stderr_is_terminal() {
        crate::journal::text::visible(&message).into_owned()
    } else {
        message
    };
    let _ = writeln!(stderr, "{ERROR}{prefix}:{ERROR:#} {message}");
}

/// A mistake on the command line, worded by spiegel (see
/// `localize::usage_error`): the first line as an error, then the rest.
pub fn usage_error(message: &str) {
    let mut stderr = anstream::stderr().lock();
    let prefix = t!("error-prefix");
    let _ = writeln!(stderr, "{ERROR}{prefix}:{ERROR:#} {message}");
}

pub fn table<S: AsRef<str>>(header: &[S]) -> Grid {
    super::grid::Grid::new(header)
}

pub use super::grid::Grid;

/// Label–value lines, labels aligned.
pub fn fields<S: AsRef<str>>(rows: &[(S, String)]) -> Result<()> {
    let width = rows
        .iter()
        .map(|(l, _)| l.as_ref().chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        let label = label.as_ref();
        out(format_args!("{BOLD}{label:<width$}{BOLD:#}  {value}"))?;
    }
    Ok(())
}

pub use super::term::yes_no;

pub fn maybe_yes_no(value: Option<bool>) -> String {
    value.map(yes_no).unwrap_or_else(|| t!("unknown"))
}

/// `text` (the user's own words) with a backslash before each character
/// Markdown would read as markup, so that it shows as typed: for every
/// Markdown spiegel writes.
pub fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The first line of `text`, cut to `max` characters.
pub fn excerpt(text: &str, max: usize) -> String {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    let cut: String = line.chars().take(max).collect();
    if cut.chars().count() < line.chars().count() || text.trim().lines().count() > 1 {
        format!("{}…", cut.trim_end())
    } else {
        cut
    }
}

/// "0: accepted-refusal, lost-own-need; 3: went-too-fast"; in another
/// language than English the reasons' labels (`labels`: code, English,
/// Dutch).
pub fn stalls(stalls: &[Stall], labels: &Labels) -> String {
    stalls
        .iter()
        .map(|s| {
            let reasons: Vec<String> = s
                .reasons
                .iter()
                .map(|code| crate::cli::words::journal::reason_in(code, labels))
                .collect();
            format!("{}: {}", s.step, reasons.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn present(r: &Reflection) -> String {
    if r.present.is_empty() {
        t!("label-alone")
    } else {
        r.present.join(", ")
    }
}

/// A table of reflections, for `list` and `case show`.
pub fn reflections(rows: &[Reflection], with_case: bool, labels: &Labels) -> Result<()> {
    let mut t = ReflectionTable::new(with_case);
    for r in rows {
        t.push(r, labels)?;
    }
    t.print()
}

/// The table of reflections, filled a reflection at a time: it keeps only
/// the cells (a note's first 50 characters), not the reflections, and
/// prints them a chunk at a time (issue 15).
pub struct ReflectionTable {
    table: super::grid::Chunked,
    with_case: bool,
}

impl ReflectionTable {
    pub fn new(with_case: bool) -> ReflectionTable {
        let mut header = vec![t!("col-id"), t!("col-date")];
        if with_case {
            header.push(t!("col-case"));
        }
        header.extend([t!("col-with"), t!("col-stalls"), t!("col-note")]);
        ReflectionTable {
            table: super::grid::Chunked::new(&header),
            with_case,
        }
    }

    /// Adds a row, and prints the chunk it fills.
    pub fn push(&mut self, r: &Reflection, labels: &Labels) -> Result<()> {
        let mut row = vec![r.id.to_string(), r.date.to_string()];
        if self.with_case {
            row.push(r.case.clone());
        }
        let mut with = present(r);
        if r.medium != crate::journal::Medium::InPerson {
            with = format!("{with} ({})", r.medium.label());
        }
        row.extend([with, stalls(&r.stalls, labels), excerpt(&r.note, 50)]);
        match self.table.add_row(row) {
            Some(chunk) => out(chunk),
            None => Ok(()),
        }
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Prints the rest of the table.
    pub fn print(self) -> Result<()> {
        out(self.table.finish())
    }
}

/// The case list's table, filled a case at a time and printed a chunk at
/// a time (issue 15).
pub struct CaseTable {
    table: super::grid::Chunked,
    with_closed: bool,
}

impl CaseTable {
    pub fn new(with_closed: bool) -> CaseTable {
        let mut header = vec![
            t!("col-case"),
            t!("col-setting"),
            t!("col-partner"),
            t!("col-opened"),
            t!("col-reflections"),
            t!("col-last-session"),
            t!("col-other-took-part"),
        ];
        if with_closed {
            header.extend([t!("col-closed"), t!("col-outcome")]);
        }
        CaseTable {
            table: super::grid::Chunked::new(&header),
            with_closed,
        }
    }

    /// Adds a case, and prints the chunk it fills.
    pub fn push(&mut self, s: &crate::journal::CaseSummary) -> Result<()> {
        let c = &s.case;
        let mut row = vec![
            c.label(),
            c.setting.clone().unwrap_or_default(),
            maybe_yes_no(c.cohabiting),
            c.opened_on.to_string(),
            s.reflections.to_string(),
            s.last_session.map(|d| d.to_string()).unwrap_or_default(),
            yes_no(s.other_took_part),
        ];
        if self.with_closed {
            row.push(c.closed_on.map(|d| d.to_string()).unwrap_or_default());
            row.push(c.outcome.map(|o| o.label()).unwrap_or_default());
        }
        match self.table.add_row(row) {
            Some(chunk) => out(chunk),
            None => Ok(()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Prints the rest of the table.
    pub fn print(self) -> Result<()> {
        out(self.table.finish())
    }
}

/// A horizontal bar of `value` against `max`, `width` cells wide, in
/// eighths of a cell.
pub fn bar(value: f64, max: f64, width: usize) -> String {
    const PARTS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
    if max <= 0.0 || value <= 0.0 {
        return String::new();
    }
    let eighths = ((value / max).min(1.0) * (width * 8) as f64).round() as usize;
    let mut bar = "█".repeat(eighths / 8);
    if eighths % 8 > 0 {
        bar.push(PARTS[eighths % 8 - 1]);
    }
    if bar.is_empty() {
        bar.push(PARTS[0]);
    }
    bar
}

/// One character per value, `▁` (none) to `█` (the highest); `·` where
/// there is no value.
pub fn sparkline(values: &[Option<f64>]) -> String {
    const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = values.iter().flatten().fold(0.0_f64, |a, &b| a.max(b));
    values
        .iter()
        .map(|v| match v {
            None => '·',
            Some(_) if max <= 0.0 => LEVELS[0],
            Some(v) => LEVELS[((v / max) * 7.0).round() as usize],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_in_eighths() {
        assert_eq!(bar(10.0, 10.0, 4), "████");
        assert_eq!(bar(5.0, 10.0, 4), "██");
        assert_eq!(bar(7.0, 16.0, 2), "▉");
        assert_eq!(bar(9.0, 16.0, 2), "█▏");
        assert_eq!(bar(0.001, 10.0, 4), "▏", "a value above zero shows");
        assert_eq!(bar(0.0, 10.0, 4), "");
    }

    #[test]
    fn sparklines_scale_to_the_highest_value() {
        assert_eq!(sparkline(&[Some(0.0), Some(0.5), Some(1.0), None]), "▁▅█·");
        assert_eq!(sparkline(&[Some(0.0), Some(0.0)]), "▁▁");
        assert_eq!(sparkline(&[]), "");
    }

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(
            markdown_escape("a|b *c* <x> #1"),
            "a\\|b \\*c\\* \\<x\\> \\#1"
        );
    }

    #[test]
    fn excerpts_are_one_short_line() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("a longer sentence", 8), "a longer…");
        assert_eq!(excerpt("\nfirst\nsecond", 10), "first…");
        assert_eq!(excerpt("", 10), "");
    }
}
