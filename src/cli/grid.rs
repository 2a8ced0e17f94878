//! Tables that wrap at word boundaries (issue 16.3): on a terminal, or when
//! `COLUMNS` gives a width, long cells wrap to it between words, never
//! inside a date, a code or a number; without a width the table stays whole.

use std::fmt;

use comfy_table::{ColumnConstraint, ContentArrangement, Row, Table, Width, presets};

/// A word longer than this may still be broken, so that one long word in a
/// note cannot make a table wider than the screen.
const LONGEST_WHOLE_WORD: usize = 24;

/// A [`Table`] that keeps every column at least as wide as its longest
/// word (up to [`LONGEST_WHOLE_WORD`] characters).
pub struct Grid {
    table: Table,
    /// The longest word seen in each column; empty when nothing wraps.
    words: Vec<usize>,
    wraps: bool,
}

/// The width to wrap tables to: the terminal's, else `COLUMNS` when output
/// is piped; `None`: do not wrap.
pub fn width() -> Option<u16> {
    if let Some((terminal_size::Width(width), _)) =
        terminal_size::terminal_size_of(std::io::stdout())
    {
        return Some(width);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c >= 20)
}

impl Grid {
    pub fn new<S: AsRef<str>>(header: &[S]) -> Grid {
        Grid::with_width(header, width())
    }

    pub fn with_width<S: AsRef<str>>(header: &[S], width: Option<u16>) -> Grid {
        let mut table = Table::new();
        table.load_style(presets::UTF8_FULL_CONDENSED);
        if let Some(width) = width {
            table
                .set_width(width)
                .set_content_arrangement(ContentArrangement::Dynamic);
        }
        let mut grid = Grid {
            table,
            words: Vec::new(),
            wraps: width.is_some(),
        };
        let header: Vec<String> = header.iter().map(|h| h.as_ref().to_string()).collect();
        grid.measure(&header);
        grid.table.set_header(header);
        grid.fix_columns();
        grid
    }

    pub fn add_row<T: Into<Row>>(&mut self, row: T) -> &mut Grid {
        let row: Row = row.into();
        if self.wraps {
            let cells: Vec<String> = row.cell_iter().map(|c| c.content()).collect();
            self.measure(&cells);
        }
        self.table.add_row(row);
        self.fix_columns();
        self
    }

    fn measure(&mut self, cells: &[String]) {
        if !self.wraps {
            return;
        }
        if self.words.len() < cells.len() {
            self.words.resize(cells.len(), 0);
        }
        for (longest, cell) in self.words.iter_mut().zip(cells) {
            let word = cell
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0)
                .min(LONGEST_WHOLE_WORD);
            *longest = (*longest).max(word);
        }
    }

    /// No column narrower than its longest word (and its padding).
    fn fix_columns(&mut self) {
        if !self.wraps {
            return;
        }
        for (i, &word) in self.words.iter().enumerate() {
            if let Some(column) = self.table.column_mut(i) {
                let min = u16::try_from(word).unwrap_or(u16::MAX) + column.padding_width();
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(min)));
            }
        }
    }
}

/// How many rows a [`Chunked`] grid holds before it prints them.
pub const CHUNK: usize = 1000;

/// A [`Grid`] printed a chunk of rows at a time (issue 15): up to
/// [`CHUNK`] rows it is one table, as a [`Grid`] prints it; beyond that each
/// full chunk is handed out as soon as it is full, as rows of the same
/// table (one top, one header, one bottom) in the first chunk's column
/// widths, so that the first rows appear at once and memory stays flat.
pub struct Chunked {
    header: Vec<String>,
    grid: Grid,
    rows: usize,
    /// The first chunk's column widths (with padding), once it is out.
    widths: Option<Vec<u16>>,
}

impl Chunked {
    pub fn new<S: AsRef<str>>(header: &[S]) -> Chunked {
        let header: Vec<String> = header.iter().map(|h| h.as_ref().to_string()).collect();
        Chunked {
            grid: Grid::new(&header),
            header,
            rows: 0,
            widths: None,
        }
    }

    /// Adds a row; returns the text of the chunk it filled, to print now.
    pub fn add_row(&mut self, row: Vec<String>) -> Option<String> {
        self.grid.add_row(row);
        self.rows += 1;
        (self.rows % CHUNK == 0).then(|| self.flush(false))
    }

    /// Whether no row was added.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The rows added.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// The rest of the table, with its bottom (all there is left when the
    /// last chunk was full).
    pub fn finish(mut self) -> String {
        match &self.widths {
            Some(widths) if self.rows % CHUNK == 0 => {
                let rules: Vec<String> = widths.iter().map(|w| "─".repeat(*w as usize)).collect();
                format!("└{}┘", rules.join("┴"))
            }
            _ => self.flush(true),
        }
    }

    /// The rows held as text: the first chunk with the table's top and
    /// header, later ones without; the bottom only when `last`. Starts the
    /// next chunk in the first one's widths.
    fn flush(&mut self, last: bool) -> String {
        let text = self.grid.to_string();
        let lines: Vec<&str> = text.lines().collect();
        let start = match self.widths {
            // Below the header's rule.
            Some(_) => lines
                .iter()
                .position(|l| l.starts_with('╞'))
                .map_or(0, |i| i + 1),
            None => 0,
        };
        let end = match last {
            true => lines.len(),
            false => lines.len() - usize::from(lines.last().is_some_and(|l| l.starts_with('└'))),
        };
        if self.widths.is_none() {
            let top = lines.first().copied().unwrap_or_default();
            let inner = top.trim_start_matches('┌').trim_end_matches('┐');
            self.widths = Some(inner.split('┬').map(|c| c.chars().count() as u16).collect());
        }
        let chunk = lines[start.min(end)..end].join("\n");
        let mut next = Grid::new(&self.header);
        for (column, width) in next
            .table
            .column_iter_mut()
            .zip(self.widths.iter().flatten())
        {
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(*width)));
        }
        // No row of the next chunk widens a column: they wrap within it.
        next.wraps = false;
        self.grid = next;
        chunk
    }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.table.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_dates_and_codes_stay_whole_at_any_width() {
        for width in [40, 60, 80] {
            let mut grid = Grid::with_width(&["id", "date", "stalls", "note"], Some(width));
            grid.add_row(vec![
                "12".to_string(),
                "2026-11-16".to_string(),
                "0: accepted-refusal, lost-own-need; 3: went-too-fast".to_string(),
                "She cried and I let it go; her partner was not there.".to_string(),
            ]);
            let text = grid.to_string();
            for word in [
                "2026-11-16",
                "accepted-refusal,",
                "lost-own-need;",
                "went-too-fast",
            ] {
                assert!(text.contains(word), "{width}: {word} split:\n{text}");
            }
        }
    }
}
