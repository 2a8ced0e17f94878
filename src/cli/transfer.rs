//! `spiegel export` and `spiegel import`: the journal as JSON (lossless),
//! CSV (one row per stall reason) or Markdown, and a JSON export merged back.

use std::cell::RefCell;
use std::fs::File;
use std::io::{BufReader, BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use serde::ser::{Error as _, SerializeSeq};
use serde::{Serialize, Serializer};

use super::Ctx;
use super::render::out;
use super::term;
use super::terminal::Visible;
use crate::error::Error;
use crate::fsx;
use crate::journal::date;
use crate::journal::export::{
    self, Anonymizer, CaseRecord, Export, ReadError, ReflectionRecord, reasons_by_code,
};
use crate::store::{Access, CaseStream, ImportSummary};
use crate::t;

/// The CSV columns: like JSON field names, a format, the same in every
/// language.
const CSV_HEADER: [&str; 12] = [
    "reflection",
    "case",
    "date",
    "medium",
    "with",
    "completed",
    "step",
    "reason",
    "side",
    "resistance",
    "note",
    "question",
];

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// Lossless, for import (documented in the README)
    Json,
    /// One row per stall reason, for spreadsheets
    Csv,
    /// Reads like a journal
    Md,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The file format
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// Replace case and other names with codes (C01, P01) and drop free text
    #[arg(long)]
    anonymize: bool,
    /// With --anonymize: keep notes, questions and settings (they may still name people)
    #[arg(long, requires = "anonymize")]
    keep_notes: bool,
    /// Only reflections from this date on (and their cases)
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Write to this new file (private: mode 0600) instead of stdout
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

impl ExportArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let since = self
            .since
            .map(|d| date::parse(&d, date::today()))
            .transpose()?;
        // A dangling symbolic link counts as there too.
        if let Some(path) = &self.output
            && std::fs::symlink_metadata(path).is_ok()
        {
            return Err(Error::OutputExists(path.clone()).into());
        }
        let mut store = ctx.open(Access::Read)?;
        // One read transaction: the export is a consistent snapshot, however
        // long writing it takes.
        let tx = store.read()?;
        let mut head = tx.export_head(since)?;
        let anonymizer = if self.anonymize {
            let (cases, others) = tx.export_counts(since)?;
            let anonymizer = Anonymizer::new(cases, others, self.keep_notes);
            anonymizer.rest(&mut head);
            Some(anonymizer)
        } else {
            None
        };
        tx.export_cases(since, |stream| {
            let mut cases = Cases { stream, anonymizer };
            match &self.output {
                None => {
                    let stdout = std::io::stdout().lock();
                    // On a terminal, text cannot steer it; JSON and pipes
                    // get the exact bytes.
                    if term::stdout_is_terminal() && !matches!(self.format, Format::Json) {
                        let mut w = BufWriter::with_capacity(BUFFER, Visible::new(stdout));
                        self.format.write(head, &mut cases, &mut w)?;
                        w.flush()?;
                    } else {
                        let mut w = BufWriter::with_capacity(BUFFER, stdout);
                        self.format.write(head, &mut cases, &mut w)?;
                        w.flush()?;
                    }
                }
                Some(path) => {
                    fsx::write(path, &fsx::Existing::Refuse, |w| {
                        self.format.write(head, &mut cases, w)
                    })?;
                    // Private on unix (0600); on Windows, spiegel sets no
                    // permissions and the file has its folder's (issue 18.6).
                    let path = path.display().to_string();
                    let written = if cfg!(windows) {
                        t!("export-written-windows", path = path)
                    } else {
                        t!("export-written", path = path)
                    };
                    eprintln!("{written}");
                }
            }
            Ok(())
        })?;
        if self.keep_notes {
            eprintln!("{}", t!("export-notes-may-name-people"));
        }
        Ok(())
    }
}

/// Output is written in pieces of this size.
const BUFFER: usize = 1 << 16;

/// The cases of an export as they are read, anonymized if asked.
struct Cases<'a, 's> {
    stream: &'a mut CaseStream<'s>,
    anonymizer: Option<Anonymizer>,
}

impl Cases<'_, '_> {
    fn next_case(&mut self) -> Result<Option<CaseRecord>> {
        let mut case = self.stream.next_case()?;
        if let (Some(case), Some(anonymizer)) = (&mut case, &mut self.anonymizer) {
            anonymizer.case(case);
        }
        Ok(case)
    }
}

impl Format {
    /// Writes the export whose cases are still to be read: write errors
    /// come back as [`std::io::Error`]s.
    fn write(self, head: Export<()>, cases: &mut Cases, w: &mut impl Write) -> Result<()> {
        match self {
            Format::Json => json(head, cases, w),
            Format::Csv => csv(&head, cases, w),
            Format::Md => markdown(&head, cases, w),
        }
    }
}

/// Serializes as the list of cases, reading them as it goes: so that the
/// export is exactly what `serde_json` makes of a whole [`Export`].
struct StreamedCases<'c, 'a, 's> {
    cases: RefCell<&'c mut Cases<'a, 's>>,
    /// Why reading the journal failed, kept whole for the error message.
    failed: RefCell<Option<anyhow::Error>>,
}

impl Serialize for StreamedCases<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut cases = self.cases.borrow_mut();
        let mut seq = serializer.serialize_seq(None)?;
        loop {
            match cases.next_case() {
                Ok(Some(case)) => seq.serialize_element(&case)?,
                Ok(None) => break,
                Err(err) => {
                    let message = format!("{err:#}");
                    *self.failed.borrow_mut() = Some(err);
                    return Err(S::Error::custom(message));
                }
            }
        }
        seq.end()
    }
}

fn json(head: Export<()>, cases: &mut Cases, w: &mut impl Write) -> Result<()> {
    let streamed = StreamedCases {
        cases: RefCell::new(cases),
        failed: RefCell::new(None),
    };
    let export = head.with_cases(&streamed);
    if let Err(err) = serde_json::to_writer_pretty(&mut *w, &export) {
        return Err(match streamed.failed.take() {
            Some(failed) => failed,
            // As an io::Error, so that a closed pipe is recognised.
            None if err.is_io() => std::io::Error::from(err).into(),
            None => err.into(),
        });
    }
    w.write_all(b"\n")?;
    Ok(())
}

/// The names of who took part, in alphabetical order.
fn present_names<'a>(c: &'a CaseRecord, r: &ReflectionRecord) -> Vec<&'a str> {
    let mut names: Vec<&str> = r
        .present
        .iter()
        .filter_map(|u| c.others.iter().find(|o| &o.uuid == u))
        .map(|o| o.name.as_str())
        .collect();
    names.sort_by_key(|n| crate::journal::name_key(n));
    names
}

/// Writes out the rows made so far; returns the writer to make more.
fn flush(rows: csv::Writer<Vec<u8>>, w: &mut impl Write) -> Result<csv::Writer<Vec<u8>>> {
    let mut made = rows.into_inner().map_err(|e| e.into_error())?;
    w.write_all(&made)?;
    made.clear();
    Ok(csv::Writer::from_writer(made))
}

fn csv(head: &Export<()>, cases: &mut Cases, w: &mut impl Write) -> Result<()> {
    let reasons = reasons_by_code(head);
    // Each case's rows are made in memory, then written: so that writing
    // fails with the io::Error itself.
    let mut rows = csv::Writer::from_writer(Vec::new());
    rows.write_record(CSV_HEADER)?;
    while let Some(c) = cases.next_case()? {
        for r in &c.reflections {
            let with = present_names(&c, r);
            let question = r.question.as_ref().map(|q| q.text.as_str()).unwrap_or("");
            let mut row = |step: String, reason: &str, side: &str| {
                rows.write_record([
                    r.uuid.as_str(),
                    &c.name,
                    &r.date,
                    &r.medium,
                    &with.join("; "),
                    if r.completed { "yes" } else { "no" },
                    &step,
                    reason,
                    side,
                    &r.resistance.join("; "),
                    &r.note,
                    question,
                ])
            };
            if r.stalls.is_empty() {
                row(String::new(), "", "")?;
            }
            for s in &r.stalls {
                for code in &s.reasons {
                    let side = reasons.get(code.as_str()).map(|x| x.side.as_str());
                    row(s.step.to_string(), code, side.unwrap_or(""))?;
                }
            }
        }
        rows = flush(rows, w)?;
    }
    flush(rows, w)?;
    Ok(())
}

fn markdown(head: &Export<()>, cases: &mut Cases, w: &mut impl Write) -> Result<()> {
    use std::fmt::Write as _;
    let reasons = reasons_by_code(head);
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", t!("export-md-title"));
    if head.anonymized {
        let _ = writeln!(md, "*{}*\n", t!("export-md-anonymized"));
    }
    while let Some(c) = cases.next_case()? {
        let _ = writeln!(md, "## {}\n", c.name);
        if let Some(setting) = &c.setting {
            let _ = writeln!(md, "- {}: {setting}", t!("label-setting"));
        }
        let cohabiting = super::render::maybe_yes_no(c.cohabiting);
        let _ = writeln!(md, "- {}: {cohabiting}", t!("label-cohabiting"));
        let _ = writeln!(md, "- {}: {}", t!("label-opened"), c.opened_on);
        if let (Some(on), Some(outcome)) = (&c.closed_on, &c.outcome) {
            let _ = writeln!(
                md,
                "- {}: {}",
                t!("label-status"),
                t!(
                    "label-closed-on",
                    date = on.as_str(),
                    outcome = outcome.as_str()
                )
            );
        }
        if !c.others.is_empty() {
            let others: Vec<String> = c
                .others
                .iter()
                .map(|o| format!("{} ({})", o.name, o.role))
                .collect();
            let _ = writeln!(md, "- {}: {}", t!("heading-others"), others.join(", "));
        }
        md.push('\n');
        for r in &c.reflections {
            let with = present_names(&c, r);
            let with = if with.is_empty() {
                t!("label-alone")
            } else {
                with.join(", ")
            };
            let _ = writeln!(md, "### {} · {with} · {}\n", r.date, r.medium);
            for s in &r.stalls {
                let why: Vec<String> = s
                    .reasons
                    .iter()
                    .map(|code| match reasons.get(code.as_str()) {
                        Some(x) => {
                            format!("{code} ({})", crate::i18n::pick(&x.label_en, &x.label_nl))
                        }
                        None => code.clone(),
                    })
                    .collect();
                let _ = writeln!(
                    md,
                    "- {}",
                    t!("export-md-stall", step = s.step, reasons = why.join("; "))
                );
            }
            if !r.resistance.is_empty() {
                let _ = writeln!(
                    md,
                    "- {}: {}",
                    t!("label-resistance"),
                    r.resistance.join(", ")
                );
            }
            let done = super::render::yes_no(r.completed);
            let _ = writeln!(md, "- {}: {done}", t!("label-completed"));
            if !r.note.is_empty() {
                md.push('\n');
                for line in r.note.lines() {
                    let _ = writeln!(md, "> {line}");
                }
            }
            if let Some(q) = &r.question {
                let _ = writeln!(md, "\n**{}:** {}", t!("label-question"), q.text);
                if let Some(answer) = &q.answer {
                    let _ = writeln!(md, "\n**{}:** {answer}", t!("label-answer"));
                }
            }
            md.push('\n');
        }
        // Written a case at a time.
        w.write_all(md.as_bytes())?;
        md.clear();
    }
    if !head.meetings.is_empty() {
        let _ = writeln!(md, "## {}\n", t!("export-md-meetings"));
        for m in &head.meetings {
            let whom = m
                .with_whom
                .as_deref()
                .map(|w| format!(" · {w}"))
                .unwrap_or_default();
            let _ = writeln!(md, "### {} · {}{whom}\n", m.held_on, m.kind);
            if !m.note.is_empty() {
                let _ = writeln!(md, "{}\n", m.note);
            }
        }
    }
    if !head.goals.is_empty() {
        let _ = writeln!(md, "## {}\n", t!("prep-goals"));
        for g in &head.goals {
            let done = g
                .done_on
                .as_deref()
                .map(|d| format!(" — {}", t!("export-md-done", date = d)))
                .unwrap_or_default();
            let _ = writeln!(
                md,
                "- {}: {} ({}){done}",
                t!("export-md-since", date = g.since.as_str()),
                g.text,
                g.reason
            );
        }
        md.push('\n');
    }
    w.write_all(md.as_bytes())?;
    Ok(())
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A JSON file written by `spiegel export` (`-` = standard input)
    file: PathBuf,
    /// Check the file and tell what would change, without writing anything
    #[arg(long)]
    dry_run: bool,
}

/// The file to import: a file on disk, or standard input read into memory
/// (which cannot be read twice otherwise).
enum Input {
    File(File),
    Memory(std::io::Cursor<Vec<u8>>),
}

impl std::io::Read for Input {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Input::File(f) => f.read(buf),
            Input::Memory(m) => m.read(buf),
        }
    }
}

impl Seek for Input {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        match self {
            Input::File(f) => f.seek(pos),
            Input::Memory(m) => m.seek(pos),
        }
    }
}

impl ImportArgs {
    fn could_not_read(&self) -> String {
        t!("io-could-not-read", path = self.file.display().to_string())
    }

    fn open_input(&self) -> Result<Input> {
        if self.file == Path::new("-") {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
                .with_context(|| self.could_not_read())?;
            return Ok(Input::Memory(std::io::Cursor::new(bytes)));
        }
        Ok(Input::File(
            File::open(&self.file).with_context(|| self.could_not_read())?,
        ))
    }

    /// Why the file was not imported, as the one-line error to show.
    fn refused<E: Into<anyhow::Error>>(&self, err: ReadError<E>) -> anyhow::Error {
        match err {
            ReadError::Invalid(invalid) => Error::BadImport {
                file: self.file.clone(),
                detail: invalid.to_string(),
            }
            .into(),
            ReadError::Io(err) => anyhow::Error::from(err).context(self.could_not_read()),
            ReadError::Sink(err) => err.into(),
        }
    }

    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut file = BufReader::with_capacity(BUFFER, self.open_input()?);
        let mut store = if self.dry_run {
            // A dry run writes nothing, anywhere: it imports into a copy of
            // the journal in memory (a new one where there is none yet).
            ctx.snapshot()?
        } else {
            if !ctx.journal_path()?.exists() {
                // A refused file must not leave a new, empty journal behind:
                // where there is none yet, read the file through once first.
                export::read(&mut file, &mut export::CheckOnly).map_err(|err| self.refused(err))?;
                file.rewind().with_context(|| self.could_not_read())?;
            }
            ctx.open(Access::Write)?
        };
        // The file is read and written a case at a time, in one
        // transaction: a file that turns out bad, however far in, leaves
        // nothing behind, and a dry run is an import taken back.
        let tx = store.write()?;
        let mut importer = tx.importer();
        export::read(file, &mut importer).map_err(|err| self.refused(err))?;
        let summary = importer.summary;
        // Each record was checked on its own; merged with this journal's,
        // a session must still lie within its case (issue 10.3).
        if let Some((case, conflict)) = tx.sessions_outside_their_case()? {
            let who = t!("who-case", name = case);
            return Err(Error::BadImport {
                file: self.file.clone(),
                detail: format!("{who}: {conflict}"),
            }
            .into());
        }
        if self.dry_run {
            drop(tx);
        } else {
            tx.commit()?;
        }
        report(&self.file, &summary, self.dry_run)
    }
}

/// "2 cases, 1 reflection", in the current language.
fn counts(list: &[(&str, u64)]) -> String {
    list.iter()
        .map(|(kind, n)| t!("import-count", kind = *kind, count = *n))
        .collect::<Vec<_>>()
        .join(", ")
}

fn report(file: &Path, s: &ImportSummary, dry_run: bool) -> Result<()> {
    let mut parts = Vec::new();
    if !s.added.is_empty() {
        parts.push(t!("import-added", records = counts(&s.added)));
    }
    if !s.updated.is_empty() {
        parts.push(t!("import-updated", records = counts(&s.updated)));
    }
    parts.push(t!("import-unchanged", count = s.unchanged));
    let file = file.display().to_string();
    let parts = parts.join("; ");
    out(if dry_run {
        t!("import-would", path = file, parts = parts)
    } else {
        t!("import-done", path = file, parts = parts)
    })?;
    for (kind, what) in &s.kept_local {
        out(t!("import-kept-local", kind = *kind, what = what.as_str()))?;
    }
    for (kind, from, to) in &s.renamed {
        out(t!(
            "import-renamed",
            kind = *kind,
            from = from.as_str(),
            to = to.as_str()
        ))?;
    }
    if dry_run {
        out(t!("import-dry-run"))?;
    }
    Ok(())
}
