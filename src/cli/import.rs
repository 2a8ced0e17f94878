//! `spiegel import`: a JSON export merged back into the journal.

use std::fs::File;
use std::io::{BufReader, Seek};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use super::Ctx;
use super::export::BUFFER;
use super::progress::{Counting, Progress};
use super::render::out;
use crate::error::Error;
use crate::journal::export::{self, ReadError};
use crate::services::transfer::{self, ImportSummary, OutsideItsCase};
use crate::services::{Access, Journal};
use crate::t;

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

impl Input {
    /// How many bytes there are to read.
    fn len(&self) -> u64 {
        match self {
            Input::File(f) => f.metadata().map_or(0, |m| m.len()),
            Input::Memory(m) => m.get_ref().len() as u64,
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
            // Nothing piped in is no broken export: say what to pipe.
            if bytes.trim_ascii().is_empty() {
                return Err(Error::EmptyStdin.into());
            }
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
        let input = self.open_input()?;
        let total = input.len();
        // Told as the buffer fills, not for each byte the reader takes.
        let progress = Progress::bytes()
            .message(t!("progress-importing"))
            .later()
            .stop_on_ctrl_c(t!("progress-stopped-import"));
        let mut file = BufReader::with_capacity(BUFFER, Counting::new(input, total, &progress));
        let mut journal = if self.dry_run {
            // A dry run writes nothing, anywhere: it imports into a copy of
            // the journal in memory (a new one where there is none yet).
            let path = ctx.journal_path()?;
            Journal::snapshot(&path, &|| super::crypt::passphrase(&path))?
        } else {
            if !ctx.journal_path()?.exists() {
                // A refused file must not leave a new, empty journal behind:
                // where there is none yet, read the file through once first.
                export::read(&mut file, &mut export::CheckOnly).map_err(|err| self.refused(err))?;
                file.rewind().with_context(|| self.could_not_read())?;
            }
            ctx.journal(Access::Write)?
        };
        // The file is read and written a case at a time, in one
        // transaction: a file that turns out bad, however far in, leaves
        // nothing behind, and a dry run is an import taken back.
        progress.show();
        let summary = transfer::import(&mut journal, self.dry_run, |importer| {
            export::read(file, importer)
                .map(drop)
                .map_err(|err| self.refused(err))
        })
        .map_err(|err| match err.downcast::<OutsideItsCase>() {
            Ok(outside) => Error::BadImport {
                file: self.file.clone(),
                detail: outside.to_string(),
            }
            .into(),
            Err(err) => err,
        })?;
        drop(progress);
        report(&self.file, &summary, self.dry_run)
    }
}

/// "Case Anna: …": the case, and why its sessions do not fit it.
impl std::fmt::Display for OutsideItsCase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let who = t!("who-case", name = self.case.as_str());
        write!(f, "{who}: {}", self.conflict)
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
