//! `spiegel export`: the journal as JSON (lossless), CSV (one row per
//! stall reason) or Markdown.

use crate::cli::words::journal::catalogue_label;
use std::cell::RefCell;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};
use serde::ser::{Error as _, SerializeSeq};
use serde::{Serialize, Serializer};

use super::Ctx;
use super::progress::Progress;
use super::render::markdown_escape as esc;
use super::term;
use super::terminal::Visible;
use super::words::values::{Worded, label, resistance};
use crate::error::Error;
use crate::fsx;
use crate::journal::export::{CaseRecord, Export, ReasonRecord, ReflectionRecord, reasons_by_code};
use crate::journal::{Medium, MeetingKind, Outcome, Role, date, practitioner};
use crate::services::Access;
use crate::services::transfer::{self, ExportCases as Cases};
use crate::t;

/// The CSV columns: like JSON field names, a format, the same in every
/// language.
/// `practitioner` (issue 17) comes last, so that the columns before it
/// stay where they were.
const CSV_HEADER: [&str; 15] = [
    "id",
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
    "went_well",
    "practitioner",
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
    /// With --anonymize: keep notes, what went well, questions and settings (they may still name people)
    #[arg(long, requires = "anonymize")]
    keep_notes: bool,
    /// With --anonymize: label your records with your practitioner code in a peer-supervision group (1-8 letters or digits, e.g. P3)
    #[arg(long = "as", value_name = "CODE", requires = "anonymize")]
    as_code: Option<String>,
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
        let label = self
            .as_code
            .as_deref()
            .map(practitioner::parse)
            .transpose()?;
        // A dangling symbolic link counts as there too.
        if let Some(path) = &self.output
            && std::fs::symlink_metadata(path).is_ok()
        {
            return Err(Error::OutputExists(path.clone()).into());
        }
        let mut journal = ctx.journal(Access::Read)?;
        // On a terminal the export itself shows how far it is.
        let progress = Progress::counting(&t!("progress-cases"))
            .message(t!("progress-exporting"))
            .quiet(self.output.is_none() && term::stdout_is_terminal());
        let left_out = transfer::export(
            &mut journal,
            since,
            self.anonymize,
            self.keep_notes,
            label,
            &mut progress.callback(),
            |head, cases| {
                match &self.output {
                    None => {
                        let stdout = std::io::stdout().lock();
                        // On a terminal, text cannot steer it; JSON and pipes
                        // get the exact bytes.
                        if term::stdout_is_terminal() && !matches!(self.format, Format::Json) {
                            let mut w = BufWriter::with_capacity(BUFFER, Visible::new(stdout));
                            self.format.write(head, cases, &mut w)?;
                            w.flush()?;
                        } else {
                            let mut w = BufWriter::with_capacity(BUFFER, stdout);
                            self.format.write(head, cases, &mut w)?;
                            w.flush()?;
                        }
                    }
                    Some(path) => {
                        fsx::write(path, &fsx::Existing::Refuse, |w| {
                            self.format.write(head, cases, w)
                        })?;
                        // Private on unix (0600); on Windows, spiegel sets no
                        // permissions and the file has its folder's (issue 18.6).
                        let path = path.display().to_string();
                        let written = if cfg!(windows) {
                            t!("export-written-windows", path = path)
                        } else {
                            t!("export-written", path = path)
                        };
                        progress.clear();
                        eprintln!("{written}");
                    }
                }
                Ok(cases.left_out().cloned())
            },
        )?;
        if let Some(left_out) = left_out.filter(|p| !p.is_empty()) {
            eprintln!("{}", super::group::left_out_of_export(&left_out));
        }
        if self.keep_notes {
            eprintln!("{}", t!("export-notes-may-name-people"));
        }
        Ok(())
    }
}

/// Output is written in pieces of this size.
pub(super) const BUFFER: usize = 1 << 16;

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

/// A code of a fixed list as the Markdown export words it: in the language
/// spoken; a code no variant has (a newer journal's) as it is.
fn coded<T: Worded>(code: &str) -> String {
    match T::all().iter().find(|v| v.code() == code) {
        Some(value) => label(*value),
        None => code.to_string(),
    }
}

/// A reason in the Markdown export: in English its code with its label (the
/// word one types, and what it means), in Dutch its label alone.
fn reason_md(code: &str, reason: Option<&&ReasonRecord>) -> String {
    match reason {
        Some(x) if crate::i18n::current() != crate::i18n::DEFAULT => {
            esc(&catalogue_label(code, &x.label_en, &x.label_nl))
        }
        Some(x) => format!("{code} ({})", esc(&x.label_en)),
        None => code.to_string(),
    }
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
        let case = practitioner::case_label(c.practitioner.as_deref(), &c.name);
        let code = c.practitioner.as_deref().unwrap_or("");
        for r in &c.reflections {
            let with = present_names(&c, r);
            let question = r.question.as_ref().map(|q| q.text.as_str()).unwrap_or("");
            let id = r.id.map(|id| id.to_string()).unwrap_or_default();
            let mut row = |step: String, reason: &str, side: &str| {
                rows.write_record([
                    id.as_str(),
                    r.uuid.as_str(),
                    &case,
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
                    &r.went_well,
                    code,
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

/// The export as Markdown; the user's words escaped as on the supervision
/// page ([`markdown_escape`]), so they read as typed.
fn markdown(head: &Export<()>, cases: &mut Cases, w: &mut impl Write) -> Result<()> {
    use std::fmt::Write as _;
    let reasons = reasons_by_code(head);
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", t!("export-md-title"));
    if head.anonymized {
        let _ = writeln!(md, "*{}*\n", t!("export-md-anonymized"));
    }
    while let Some(c) = cases.next_case()? {
        let case = practitioner::case_label(c.practitioner.as_deref(), &c.name);
        let _ = writeln!(md, "## {}\n", esc(&case));
        if let Some(setting) = &c.setting {
            let _ = writeln!(md, "- {}: {}", t!("label-setting"), esc(setting));
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
                    outcome = coded::<Outcome>(outcome)
                )
            );
        }
        if !c.others.is_empty() {
            let others: Vec<String> = c
                .others
                .iter()
                .map(|o| format!("{} ({})", esc(&o.name), coded::<Role>(&o.role)))
                .collect();
            let _ = writeln!(md, "- {}: {}", t!("heading-others"), others.join(", "));
        }
        md.push('\n');
        for r in &c.reflections {
            let with = present_names(&c, r);
            let with = if with.is_empty() {
                t!("label-alone")
            } else {
                esc(&with.join(", "))
            };
            let medium = coded::<Medium>(&r.medium);
            let _ = writeln!(md, "### {} · {with} · {medium}\n", r.date);
            for s in &r.stalls {
                let why: Vec<String> = s
                    .reasons
                    .iter()
                    .map(|code| reason_md(code, reasons.get(code.as_str())))
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
                    r.resistance
                        .iter()
                        .map(|c| resistance(c))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            let done = super::render::yes_no(r.completed);
            let _ = writeln!(md, "- {}: {done}", t!("label-completed"));
            if !r.note.is_empty() {
                md.push('\n');
                for line in r.note.lines() {
                    let _ = writeln!(md, "> {}", esc(line));
                }
            }
            if !r.went_well.is_empty() {
                let _ = writeln!(md, "\n**{}:** {}", t!("label-went-well"), r.went_well);
            }
            if let Some(q) = &r.question {
                let _ = writeln!(md, "\n**{}:** {}", t!("label-question"), esc(&q.text));
                if let Some(answer) = &q.answer {
                    let _ = writeln!(md, "\n**{}:** {}", t!("label-answer"), esc(answer));
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
                .map(|w| format!(" · {}", esc(w)))
                .unwrap_or_default();
            let kind = coded::<MeetingKind>(&m.kind);
            let _ = writeln!(md, "### {} · {kind}{whom}\n", m.held_on);
            if !m.note.is_empty() {
                let _ = writeln!(md, "{}\n", esc(&m.note));
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
                esc(&g.text),
                reason_md(&g.reason, reasons.get(g.reason.as_str()))
            );
        }
        md.push('\n');
    }
    w.write_all(md.as_bytes())?;
    Ok(())
}
